// CLIP text encoder (see clip_text_model.h). Follows CLIPTextTransformer.forward step by step.
#include "core/nn/clip_text_model.h"

#include <torch/torch.h>

#include "core/error.h"
#include "core/model/model_folder.h"
#include "core/nn/state_dict.h"

namespace cds {

namespace F = torch::nn::functional;

ClipAttentionImpl::ClipAttentionImpl(const ClipTextConfig& c)
    : heads(c.num_attention_heads), head_dim(c.hidden_size / c.num_attention_heads) {
  scale = 1.0 / std::sqrt(static_cast<double>(head_dim));
  // Registration order is transformers' (k, v, q, out), so parameter listings match.
  k_proj = register_module("k_proj", torch::nn::Linear(c.hidden_size, c.hidden_size));
  v_proj = register_module("v_proj", torch::nn::Linear(c.hidden_size, c.hidden_size));
  q_proj = register_module("q_proj", torch::nn::Linear(c.hidden_size, c.hidden_size));
  out_proj = register_module("out_proj", torch::nn::Linear(c.hidden_size, c.hidden_size));
}

torch::Tensor ClipAttentionImpl::forward(const torch::Tensor& hidden, const torch::Tensor& mask) {
  const auto B = hidden.size(0), T = hidden.size(1), C = hidden.size(2);
  // [B, T, C] -> [B*H, T, D]
  auto split = [&](const torch::Tensor& x) {
    return x.view({B, T, heads, head_dim}).transpose(1, 2).reshape({B * heads, T, head_dim});
  };
  // transformers scales the query before the product (eager path), not the scores.
  const auto q = split(q_proj(hidden) * scale);
  const auto k = split(k_proj(hidden));
  const auto v = split(v_proj(hidden));
  auto weights = torch::bmm(q, k.transpose(1, 2));  // [B*H, T, T]
  weights = (weights.view({B, heads, T, T}) + mask).view({B * heads, T, T});
  weights = torch::softmax(weights, -1);
  auto out = torch::bmm(weights, v);  // [B*H, T, D]
  out = out.view({B, heads, T, head_dim}).transpose(1, 2).reshape({B, T, C});
  return out_proj(out);
}

ClipMlpImpl::ClipMlpImpl(const ClipTextConfig& c) : quick_gelu(c.hidden_act == "quick_gelu") {
  fc1 = register_module("fc1", torch::nn::Linear(c.hidden_size, c.intermediate_size));
  fc2 = register_module("fc2", torch::nn::Linear(c.intermediate_size, c.hidden_size));
}

torch::Tensor ClipMlpImpl::forward(const torch::Tensor& x) {
  auto h = fc1(x);
  h = quick_gelu ? h * torch::sigmoid(1.702 * h) : F::gelu(h);
  return fc2(h);
}

ClipEncoderLayerImpl::ClipEncoderLayerImpl(const ClipTextConfig& c) {
  auto ln = [&] {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.hidden_size}).eps(c.layer_norm_eps));
  };
  self_attn = register_module("self_attn", ClipAttention(c));
  layer_norm1 = register_module("layer_norm1", ln());
  mlp = register_module("mlp", ClipMlp(c));
  layer_norm2 = register_module("layer_norm2", ln());
}

torch::Tensor ClipEncoderLayerImpl::forward(const torch::Tensor& hidden,
                                            const torch::Tensor& mask) {
  auto h = hidden + self_attn(layer_norm1(hidden), mask);
  return h + mlp(layer_norm2(h));
}

ClipEncoderImpl::ClipEncoderImpl(const ClipTextConfig& c) {
  layers = register_module("layers", torch::nn::ModuleList());
  for (int64_t i = 0; i < c.num_hidden_layers; ++i) layers->push_back(ClipEncoderLayer(c));
}

ClipTextEmbeddingsImpl::ClipTextEmbeddingsImpl(const ClipTextConfig& c) {
  token_embedding =
      register_module("token_embedding", torch::nn::Embedding(c.vocab_size, c.hidden_size));
  position_embedding = register_module(
      "position_embedding", torch::nn::Embedding(c.max_position_embeddings, c.hidden_size));
}

torch::Tensor ClipTextEmbeddingsImpl::forward(const torch::Tensor& input_ids) {
  const auto T = input_ids.size(-1);
  const auto positions = torch::arange(T, input_ids.options().dtype(torch::kLong)).unsqueeze(0);
  return token_embedding(input_ids) + position_embedding(positions);
}

ClipTextTransformerImpl::ClipTextTransformerImpl(const ClipTextConfig& c) : config(c) {
  config.validate();
  embeddings = register_module("embeddings", ClipTextEmbeddings(c));
  encoder = register_module("encoder", ClipEncoder(c));
  final_layer_norm = register_module(
      "final_layer_norm",
      torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.hidden_size}).eps(c.layer_norm_eps)));
}

ClipTextOutput ClipTextTransformerImpl::forward(const torch::Tensor& input_ids,
                                                bool output_hidden_states) {
  if (input_ids.dim() != 2)
    throw CoreError("text encoder input must be [batch, tokens], got " +
                    std::to_string(input_ids.dim()) + " dimensions");
  const auto T = input_ids.size(1);
  if (T > config.max_position_embeddings)
    throw CoreError("prompt of " + std::to_string(T) +
                    " tokens is longer than the text encoder's " +
                    std::to_string(config.max_position_embeddings));
  ClipTextOutput out;
  auto hidden = embeddings(input_ids);
  // Causal mask as transformers' _create_4d_causal_attention_mask: the dtype's lowest value
  // above the diagonal, 0 elsewhere. [1, 1, T, T]
  const auto lowest = hidden.scalar_type() == torch::kFloat ? -std::numeric_limits<float>::max()
                      : hidden.scalar_type() == torch::kBFloat16
                          ? static_cast<float>(std::numeric_limits<c10::BFloat16>::lowest())
                          : static_cast<float>(std::numeric_limits<c10::Half>::lowest());
  const auto mask = torch::full({T, T}, lowest, hidden.options()).triu(1).view({1, 1, T, T});
  if (output_hidden_states) out.hidden_states.push_back(hidden);
  for (const auto& layer : *encoder->layers) {
    hidden = layer->as<ClipEncoderLayer>()->forward(hidden, mask);
    if (output_hidden_states) out.hidden_states.push_back(hidden);
  }
  out.last_hidden_state = final_layer_norm(hidden);
  // transformers' legacy rule for configs with eos_token_id 2 (SD's): pool at the highest id,
  // which is <|endoftext|>; otherwise at the first eos_token_id.
  const auto ids = input_ids.to(torch::kInt);
  const auto position = config.eos_token_id == 2
                            ? ids.argmax(-1)
                            : (ids == config.eos_token_id).to(torch::kInt).argmax(-1);
  const auto batch = torch::arange(input_ids.size(0), input_ids.options().dtype(torch::kLong));
  out.pooler_output = out.last_hidden_state.index({batch, position});
  return out;
}

ClipTextModelImpl::ClipTextModelImpl(const ClipTextConfig& c) {
  text_model = register_module("text_model", ClipTextTransformer(c));
}

ClipTextModel load_clip_text_model(const std::filesystem::path& dir, const c10::Device& device,
                                   c10::ScalarType dtype, const std::string& variant) {
  const auto config = read_clip_text_config(dir / "config.json");
  ClipTextModel model(config);
  const auto weights = find_weight_files(dir, variant);
  load_state_dict(*model, load_component_weights(weights), dir.string(),
                  {"text_model.embeddings.position_ids"});
  model->to(device, dtype);
  model->eval();
  return model;
}

}  // namespace cds
