// LoRA / LyCORIS full files onto a model (see network_file.h). Names are kohya's: the module
// path of diffusers' UNet or transformers' CLIPTextModel with dots as underscores, behind
// "lora_unet_" or "lora_te_" ("lora_te1_" too, as ComfyUI maps it for one text encoder).
#include "core/adapters/network_file.h"

#include <cmath>
#include <map>
#include <optional>
#include <set>

#include <torch/torch.h>

#include "core/adapters/embedding_file.h"
#include "core/error.h"
#include "core/io/tensor_file.h"
#include "core/nn/custom_diffusion_processor.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

struct Target {
  torch::Tensor weight;
  torch::Tensor bias;
  bool unet = true;
};

std::string underscored(std::string s) {
  for (auto& c : s)
    if (c == '.') c = '_';
  return s;
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

std::string shape_text(at::IntArrayRef s) {
  std::string out = "[";
  for (size_t i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s[i]);
  return out + "]";
}

// What each Custom Diffusion processor computes with instead of the layer's own projections.
void redirect_to_processors(UNet2DConditionModel& unet, std::map<std::string, Target>& targets) {
  for (auto& [name, attn] : unet->attention_layers()) {
    auto p = std::dynamic_pointer_cast<CustomDiffusionProcessorImpl>(attn->processor);
    if (!p) continue;
    const auto key = "lora_unet_" + underscored(name) + "_";
    if (p->train_kv) {
      targets[key + "to_k"].weight = p->to_k_custom_diffusion->weight;
      targets[key + "to_v"].weight = p->to_v_custom_diffusion->weight;
    }
    if (p->train_q_out) {
      targets[key + "to_q"].weight = p->to_q_custom_diffusion->weight;
      auto out = p->to_out_custom_diffusion[0]->as<torch::nn::Linear>();
      targets[key + "to_out_0"] = {out->weight, out->bias, true};
    }
  }
}

std::map<std::string, Target> targets_of(StableDiffusionModel& model) {
  std::map<std::string, Target> targets;
  const auto add = [&](torch::nn::Module& root, const std::vector<std::string>& prefixes,
                       bool unet) {
    for (const auto& item : root.named_modules("", /*include_self=*/false)) {
      if (item.key().find("processor") != std::string::npos) continue;
      const auto params = item.value()->named_parameters(/*recurse=*/false);
      const auto* weight = params.find("weight");
      if (!weight) continue;
      const auto* bias = params.find("bias");
      for (const auto& prefix : prefixes)
        targets[prefix + underscored(item.key())] = {*weight, bias ? *bias : torch::Tensor(), unet};
    }
  };
  add(*model.unet, {"lora_unet_"}, true);
  add(*model.text_encoder, {"lora_te_", "lora_te1_"}, false);
  redirect_to_processors(model.unet, targets);
  return targets;
}

// A key that names no layer of this model, explained.
[[noreturn]] void unknown_layer(const fs::path& file, const std::string& key,
                                const std::string& layer) {
  if (starts_with(layer, "lora_te2_"))
    throw FileError(file, "is an SDXL LoRA (it has a second text encoder, '" + key +
                              "'); this model is SD 1.x/2.x");
  if (starts_with(layer, "lora_unet_input_blocks") ||
      starts_with(layer, "lora_unet_middle_block") || starts_with(layer, "lora_unet_output_blocks"))
    throw FileError(file, "names UNet layers in the input_blocks layout of SDXL LoRAs ('" + key +
                              "'); it was made for SDXL, not this SD 1.x/2.x model");
  if (starts_with(layer, "lora_unet_") || starts_with(layer, "lora_te_") ||
      starts_with(layer, "lora_te1_"))
    throw FileError(file, "'" + key + "' names a layer this model does not have (" + layer +
                              "); the LoRA was made for another model");
  throw FileError(file, "'" + key +
                            "' is not in kohya's LoRA layout (lora_unet_... / lora_te_...), the "
                            "only one read here");
}

[[noreturn]] void unsupported_part(const fs::path& file, const std::string& key,
                                   const std::string& part) {
  std::string kind = "an adapter part";
  if (starts_with(part, "hada_")) kind = "LyCORIS LoHa";
  if (starts_with(part, "lokr_")) kind = "LyCORIS LoKr";
  if (starts_with(part, "oft_") || part == "oft_blocks") kind = "OFT";
  if (part == "dora_scale") kind = "DoRA";
  if (part == "lora_mid.weight") kind = "LoCon with a Tucker middle";
  if (part == "w_norm" || part == "b_norm") kind = "LyCORIS norm";
  throw FileError(file, "'" + key + "' is " + kind +
                            ", which is not supported here (LoRA and LyCORIS full are)");
}

// The change of one layer from its parts, float32 on the CPU, shaped like `like`.
torch::Tensor layer_delta(const fs::path& file, const std::string& layer,
                          const std::map<std::string, torch::Tensor>& parts,
                          const torch::Tensor& like) {
  const auto get = [&](const std::string& part) {
    const auto it = parts.find(part);
    return it == parts.end() ? torch::Tensor() : it->second.detach().to(torch::kCPU, torch::kFloat);
  };
  const auto fit = [&](const torch::Tensor& delta, const std::string& what) {
    if (delta.numel() != like.numel())
      throw FileError(file, "'" + layer + "." + what + "' gives a change of shape " +
                                shape_text(delta.sizes()) + " but the layer's weight is " +
                                shape_text(like.sizes()) + " (a LoRA for another model?)");
    return delta.reshape(like.sizes());
  };
  torch::Tensor delta;
  if (auto diff = get("diff"); diff.defined()) delta = fit(diff, "diff");
  const auto up = get("lora_up.weight"), down = get("lora_down.weight");
  if (up.defined() != down.defined())
    throw FileError(file, "'" + layer + "' has lora_" + (up.defined() ? "up" : "down") +
                              " but not lora_" + (up.defined() ? "down" : "up"));
  if (up.defined()) {
    if (up.dim() < 2 || down.dim() < 2 || up.size(1) != down.size(0) ||
        (up.dim() == 4 && (up.size(2) != 1 || up.size(3) != 1)))
      throw FileError(file, "'" + layer + "' has lora_up " + shape_text(up.sizes()) +
                                " and lora_down " + shape_text(down.sizes()) +
                                ", which do not multiply");
    const auto rank = down.size(0);
    double s = 1.0;  // kohya: alpha / rank; LyCORIS' "scale" wins when present
    if (auto alpha = get("alpha"); alpha.defined()) s = alpha.item<double>() / rank;
    if (auto sc = get("scale"); sc.defined()) s = sc.item<double>();
    // [out, r] x [r, in * kh * kw]: a linear layer's or a convolution's (LoCon) change.
    const auto lora = fit(up.flatten(1).matmul(down.flatten(1)) * s, "lora_up.weight");
    delta = delta.defined() ? delta + lora : lora;
  }
  return delta;
}

struct Change {
  torch::Tensor target, delta;
};

}  // namespace

AppliedNetwork apply_network_file(StableDiffusionModel& model, const fs::path& file, double scale) {
  if (!std::isfinite(scale))
    throw CoreError("the LoRA strength for " + file.string() + " is not a finite number");
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) throw FileError(file, "no such LoRA file");
  const auto tensors = load_weight_file(file);
  if (tensors.empty()) throw FileError(file, "holds no tensors, so it is no LoRA");

  // Group the keys by layer ("<layer>.<part>") and bundled embedding ("bundle_emb.<word>.*").
  std::map<std::string, std::map<std::string, torch::Tensor>> layers;
  std::map<std::string, std::map<std::string, torch::Tensor>> bundled;
  for (const auto& [key, t] : tensors) {
    const auto dot = key.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == key.size())
      throw FileError(file, "'" + key + "' is not in kohya's LoRA layout (<layer>.<part>)");
    const auto head = key.substr(0, dot), rest = key.substr(dot + 1);
    if (head == "bundle_emb") {
      const auto dot2 = rest.find('.');
      if (dot2 == std::string::npos || dot2 == 0)
        throw FileError(file, "'" + key + "' is a bundled embedding without a name");
      bundled[rest.substr(0, dot2)][rest.substr(dot2 + 1)] = t;
      continue;
    }
    layers[head][rest] = t;
  }

  const auto targets = targets_of(model);
  static const std::set<std::string> known = {
      "lora_up.weight", "lora_down.weight", "alpha", "scale", "diff", "diff_b"};
  AppliedNetwork applied;
  applied.file = file;
  applied.scale = scale;
  std::vector<Change> changes;
  for (const auto& [layer, parts] : layers) {
    // The layer first: a file in another layout or for another model says so, not that its
    // parts are unknown.
    const auto target = targets.find(layer);
    if (target == targets.end()) unknown_layer(file, layer + "." + parts.begin()->first, layer);
    for (const auto& [part, t] : parts) {
      if (!known.count(part)) unsupported_part(file, layer + "." + part, part);
      if (!t.is_floating_point())
        throw FileError(file, "'" + layer + "." + part + "' is not a floating-point tensor");
    }
    const auto& t = target->second;
    const auto delta = layer_delta(file, layer, parts, t.weight);
    if (delta.defined()) changes.push_back({t.weight, delta});
    if (parts.count("diff_b")) {
      const auto b = parts.at("diff_b").detach().to(torch::kCPU, torch::kFloat);
      if (!t.bias.defined() || b.numel() != t.bias.numel())
        throw FileError(file,
                        "'" + layer + ".diff_b' changes a bias of shape " + shape_text(b.sizes()) +
                            (t.bias.defined() ? " but the layer's is " + shape_text(t.bias.sizes())
                                              : " but the layer has none"));
      changes.push_back({t.bias, b.reshape(t.bias.sizes())});
    }
    if (!delta.defined() && !parts.count("diff_b"))
      throw FileError(file, "the layer '" + layer + "' has no weights (lora_up/lora_down or diff)");
    (t.unet ? applied.unet_layers : applied.text_encoder_layers)++;
    if (parts.count("lora_up.weight")) applied.lora_layers++;
  }

  // Bundled embeddings, read as AUTOMATIC1111 does: string_to_param.* or the one tensor.
  std::vector<std::pair<std::string, at::Tensor>> words;
  for (const auto& [word, parts] : bundled) {
    torch::Tensor vectors;
    for (const auto& [part, t] : parts)
      if (starts_with(part, "string_to_param.") || parts.size() == 1) vectors = t;
    if (!vectors.defined() || !vectors.is_floating_point() || vectors.dim() < 1 ||
        vectors.dim() > 2)
      throw FileError(file,
                      "the bundled embedding '" + word + "' is not one [vectors, width] tensor");
    words.emplace_back(
        word, (vectors.dim() == 1 ? vectors.unsqueeze(0) : vectors).to(torch::kCPU, torch::kFloat));
  }
  if (changes.empty() && words.empty()) throw FileError(file, "changes no layer of this model");
  // The last step that can refuse; it changes nothing when it does.
  for (const auto& e : add_embedding_words(model, words, file)) applied.words.push_back(e.word);

  torch::NoGradGuard no_grad;
  for (auto& c : changes)
    c.target.add_((c.delta * scale).to(c.target.device(), c.target.scalar_type()));
  return applied;
}

}  // namespace cds
