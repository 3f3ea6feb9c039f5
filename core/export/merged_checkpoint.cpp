// Merged single-file checkpoints (see merged_checkpoint.h).
#include "core/export/merged_checkpoint.h"

#include <torch/torch.h>

#include "core/error.h"
#include "core/io/tensor_file.h"
#include "core/model/single_file_keys.h"
#include "core/nn/custom_diffusion_processor.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

// The weight each layer computes with: a Custom Diffusion processor's in place of the layer's
// own projections.
void merge_processors(UNet2DConditionModel& unet, StateDict& out) {
  for (auto& [name, attn] : unet->attention_layers()) {
    auto p = std::dynamic_pointer_cast<CustomDiffusionProcessorImpl>(attn->processor);
    if (!p) continue;
    const auto unet_key = "unet." + name;
    if (p->train_kv) {
      out[unet_key + ".to_k.weight"] = p->to_k_custom_diffusion->weight;
      out[unet_key + ".to_v.weight"] = p->to_v_custom_diffusion->weight;
    }
    if (p->train_q_out) {
      out[unet_key + ".to_q.weight"] = p->to_q_custom_diffusion->weight;
      auto o = p->to_out_custom_diffusion[0]->as<torch::nn::Linear>();
      out[unet_key + ".to_out.0.weight"] = o->weight;
      if (o->bias.defined()) out[unet_key + ".to_out.0.bias"] = o->bias;
    }
  }
}

torch::Tensor converted(const KeyMapping& m, const StateDict& from) {
  std::vector<torch::Tensor> sources;
  for (const auto& s : m.sources) sources.push_back(from.at(s));
  switch (m.op) {
    case KeyOp::Copy:
      return sources[0];
    case KeyOp::Conv1x1ToLinear:
    case KeyOp::LinearToConv1x1:
      return sources[0].reshape(m.shape);
    case KeyOp::SplitRows:
      return sources[0].chunk(m.parts, 0)[m.part];
    case KeyOp::ConcatRows:
      return torch::cat(sources, 0);
  }
  return {};
}

}  // namespace

void write_merged_checkpoint(StableDiffusionModel& model, int64_t base_vocab, const fs::path& file,
                             c10::ScalarType dtype,
                             const std::map<std::string, std::string>& metadata) {
  torch::NoGradGuard no_grad;
  StateDict weights;
  for (const auto& p : model.unet->named_parameters())
    if (p.key().find(".processor.") == std::string::npos) weights["unet." + p.key()] = *p;
  merge_processors(model.unet, weights);
  for (const auto& p : model.vae->named_parameters()) weights["vae." + p.key()] = *p;
  for (const auto& p : model.text_encoder->named_parameters())
    weights["text_encoder." + p.key()] = *p;
  auto& table = weights.at("text_encoder.text_model.embeddings.token_embedding.weight");
  table = table.slice(0, 0, base_vocab);

  ShapeMap shapes;
  for (const auto& [key, t] : weights) shapes[key] = t.sizes().vec();
  const auto& text = model.text_encoder->text_model->config;
  const auto layout = text.hidden_act == "gelu" || text.hidden_size == 1024
                          ? TextEncoderLayout::OpenClip
                          : TextEncoderLayout::OpenAiClip;
  const auto conversion = diffusers_to_single_file(shapes, layout);
  if (!conversion.unmapped.empty())
    throw CoreError("the model's weight '" + conversion.unmapped.front() +
                    "' has no place in a single-file checkpoint");
  StateDict out;
  for (const auto& m : conversion.tensors)
    out[m.target] = converted(m, weights).to(torch::kCPU, dtype).contiguous();
  save_safetensors(file, out, metadata);
}

}  // namespace cds
