// Custom Diffusion model preparation (see custom_diffusion_setup.h).
#include "core/train/custom_diffusion_setup.h"

#include <torch/torch.h>

#include "core/error.h"
#include "core/nn/custom_diffusion_processor.h"

namespace cds {

std::vector<ModifierToken> add_modifier_tokens(ClipTokenizer& tokenizer,
                                               ClipTextModel& text_encoder,
                                               const std::vector<std::string>& tokens,
                                               const std::vector<std::string>& initializers) {
  if (tokens.empty()) return {};
  if (initializers.size() < tokens.size())
    throw CoreError(
        std::to_string(tokens.size()) + " modifier tokens but only " +
        std::to_string(initializers.size()) +
        " initializer tokens: give one initializer per modifier token (--initializer_token a+b+c)");
  std::vector<ModifierToken> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    ModifierToken m;
    m.token = tokens[i];
    m.initializer = initializers[i];
    const auto init = tokenizer.token_to_id(m.initializer);
    if (!init)
      throw CoreError(
          "initializer token \"" + m.initializer +
          "\" is not a single entry of the tokenizer's vocabulary; pick a rare word piece "
          "that is (the defaults are ktn, pll and ucd)");
    m.initializer_id = *init;
    if (tokenizer.token_to_id(m.token))
      throw CoreError("the modifier token \"" + m.token +
                      "\" already exists in the tokenizer; choose another, e.g. <new1>");
    m.id = tokenizer.add_token(m.token);
    out.push_back(m);
  }

  // Grow the embedding table (transformers' resize_token_embeddings), then copy the
  // initializer rows into the new ones as the script does.
  torch::NoGradGuard no_grad;
  auto& old = text_encoder->token_embedding();
  const int64_t rows = static_cast<int64_t>(tokenizer.size());
  const int64_t dim = old->weight.size(1);
  if (rows > old->weight.size(0)) {
    torch::nn::Embedding grown(rows, dim);
    grown->to(old->weight.device(), old->weight.scalar_type());
    grown->weight.slice(0, 0, old->weight.size(0)).copy_(old->weight);
    for (const auto& m : out) grown->weight[m.id].copy_(grown->weight[m.initializer_id]);
    text_encoder->text_model->embeddings->replace_module("token_embedding", grown);
    text_encoder->text_model->embeddings->token_embedding = grown;
    text_encoder->text_model->config.vocab_size = rows;
  }
  return out;
}

FreezeMode parse_freeze_mode(const std::string& name) {
  if (name == "crossattn_kv") return FreezeMode::CrossAttnKV;
  if (name == "crossattn") return FreezeMode::CrossAttn;
  throw CoreError("--freeze_model is crossattn_kv or crossattn, not \"" + name + "\"");
}

NamedParameters install_custom_diffusion(UNet2DConditionModel& unet, FreezeMode mode) {
  for (auto& [name, attn] : unet->attention_layers()) {
    const bool cross = attn->is_cross_attention();
    attn->set_processor(CustomDiffusionProcessorImpl::copy_of(
        *attn, cross, cross && mode == FreezeMode::CrossAttn));
  }
  return custom_diffusion_parameters(unet);
}

void freeze_for_custom_diffusion(ClipTextModel& text_encoder, UNet2DConditionModel& unet) {
  for (auto& p : text_encoder->named_parameters())
    p.value().set_requires_grad(p.key() == "text_model.embeddings.token_embedding.weight");
  for (auto& p : unet->named_parameters())
    p.value().set_requires_grad(p.key().find(".processor.") != std::string::npos);
}

NamedParameters custom_diffusion_parameters(UNet2DConditionModel& unet) {
  NamedParameters out;
  for (auto& p : unet->named_parameters())
    if (p.key().find(".processor.") != std::string::npos) out.emplace_back(p.key(), p.value());
  return out;
}

}  // namespace cds
