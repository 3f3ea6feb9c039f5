// CLIP text encoder (transformers CLIPTextModel), the prompt encoder of Stable Diffusion.
// Mirrors transformers/models/clip/modeling_clip.py (eager attention). Child modules are named
// like the checkpoint keys, so `text_model.encoder.layers.0.self_attn.q_proj.weight` loads as is.
#pragma once

#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

#include "core/model/configs.h"

namespace cds {

struct ClipAttentionImpl : torch::nn::Module {
  explicit ClipAttentionImpl(const ClipTextConfig& config);
  // hidden [B, T, C]; causal_mask [1, 1, T, T] additive (0 or the dtype's lowest value)
  torch::Tensor forward(const torch::Tensor& hidden, const torch::Tensor& causal_mask);

  int64_t heads, head_dim;
  double scale;
  torch::nn::Linear k_proj{nullptr}, v_proj{nullptr}, q_proj{nullptr}, out_proj{nullptr};
};
TORCH_MODULE(ClipAttention);

struct ClipMlpImpl : torch::nn::Module {
  explicit ClipMlpImpl(const ClipTextConfig& config);
  torch::Tensor forward(const torch::Tensor& x);

  bool quick_gelu;
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(ClipMlp);

struct ClipEncoderLayerImpl : torch::nn::Module {
  explicit ClipEncoderLayerImpl(const ClipTextConfig& config);
  torch::Tensor forward(const torch::Tensor& hidden, const torch::Tensor& causal_mask);

  ClipAttention self_attn{nullptr};
  torch::nn::LayerNorm layer_norm1{nullptr};
  ClipMlp mlp{nullptr};
  torch::nn::LayerNorm layer_norm2{nullptr};
};
TORCH_MODULE(ClipEncoderLayer);

struct ClipEncoderImpl : torch::nn::Module {
  explicit ClipEncoderImpl(const ClipTextConfig& config);
  torch::nn::ModuleList layers{nullptr};
};
TORCH_MODULE(ClipEncoder);

struct ClipTextEmbeddingsImpl : torch::nn::Module {
  explicit ClipTextEmbeddingsImpl(const ClipTextConfig& config);
  torch::Tensor forward(const torch::Tensor& input_ids);  // [B, T] -> [B, T, C]

  torch::nn::Embedding token_embedding{nullptr}, position_embedding{nullptr};
};
TORCH_MODULE(ClipTextEmbeddings);

struct ClipTextOutput {
  torch::Tensor last_hidden_state;           // [B, T, C] after final_layer_norm
  torch::Tensor pooler_output;               // [B, C] at the end-of-text position
  std::vector<torch::Tensor> hidden_states;  // embeddings, then each layer's output (if asked)
};

struct ClipTextTransformerImpl : torch::nn::Module {
  explicit ClipTextTransformerImpl(const ClipTextConfig& config);
  ClipTextOutput forward(const torch::Tensor& input_ids, bool output_hidden_states = false);

  ClipTextConfig config;
  ClipTextEmbeddings embeddings{nullptr};
  ClipEncoder encoder{nullptr};
  torch::nn::LayerNorm final_layer_norm{nullptr};
};
TORCH_MODULE(ClipTextTransformer);

struct ClipTextModelImpl : torch::nn::Module {
  explicit ClipTextModelImpl(const ClipTextConfig& config);
  ClipTextOutput forward(const torch::Tensor& input_ids, bool output_hidden_states = false) {
    return text_model->forward(input_ids, output_hidden_states);
  }
  // The token-embedding table; Custom Diffusion grows it for modifier tokens.
  torch::nn::Embedding& token_embedding() { return text_model->embeddings->token_embedding; }

  ClipTextTransformer text_model{nullptr};
};
TORCH_MODULE(ClipTextModel);

// Builds the model from a component folder (config.json + weights), strictly checked, on the
// given device and dtype. Files from older transformers carry the position_ids buffer; it is
// ignored.
ClipTextModel load_clip_text_model(const std::filesystem::path& component_dir,
                                   const c10::Device& device, c10::ScalarType dtype,
                                   const std::string& variant = "");

}  // namespace cds
