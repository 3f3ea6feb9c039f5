// Custom Diffusion attention processor (diffusers CustomDiffusionAttnProcessor): trainable
// copies of the cross-attention key/value projections (and optionally query/output), which are
// all a Custom Diffusion concept stores. Names are diffusers' (`to_k_custom_diffusion`, ...),
// so `<layer>.processor.to_k_custom_diffusion.weight` matches pytorch_custom_diffusion_weights.
#pragma once

#include "core/nn/attention.h"

namespace cds {

struct CustomDiffusionProcessorImpl : AttentionProcessorImpl {
  // hidden_size: the layer's inner dim; cross_attention_dim: its key/value input width.
  // train_kv / train_q_out false on self-attention layers: plain attention, no weights.
  CustomDiffusionProcessorImpl(bool train_kv, bool train_q_out, int64_t hidden_size,
                               int64_t cross_attention_dim, bool out_bias = true);
  // A processor initialised from a layer's own projections, as train_custom_diffusion.py does.
  static std::shared_ptr<CustomDiffusionProcessorImpl> copy_of(AttentionImpl& attn, bool train_kv,
                                                               bool train_q_out);

  torch::Tensor forward(AttentionImpl& attn, const torch::Tensor& hidden,
                        const torch::Tensor& encoder_hidden) override;

  bool train_kv, train_q_out;
  torch::nn::Linear to_k_custom_diffusion{nullptr}, to_v_custom_diffusion{nullptr};
  torch::nn::Linear to_q_custom_diffusion{nullptr};
  torch::nn::ModuleList to_out_custom_diffusion{nullptr};  // [Linear, Dropout]
};

}  // namespace cds
