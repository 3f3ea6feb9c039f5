// diffusers' Attention module (models/attention_processor.py) with a replaceable processor,
// as `unet.attn_processors` / `set_attn_processor`: Custom Diffusion installs its own
// processors on these layers. Child names are the checkpoint keys (to_q, to_k, to_v, to_out.0,
// group_norm), so a processor's weights appear as `<layer>.processor.<name>` like diffusers'.
#pragma once

#include <memory>
#include <optional>

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

namespace cds {

// How softmax(QK^T)V is computed. Plain materialises the whole score matrix (diffusers'
// AttnProcessor); Efficient is scaled_dot_product_attention (diffusers' AttnProcessor2_0): flash
// or memory-efficient kernels on a GPU, the fused flash-attention kernel on the processor, so a
// 64x64 latent's whole score matrix never exists at once.
enum class AttentionKernel { Plain, Efficient };

struct AttentionOptions {
  int64_t query_dim = 0;
  int64_t cross_attention_dim = 0;  // 0: self-attention (keys from the query input)
  int64_t heads = 8;
  int64_t dim_head = 64;
  bool bias = false;  // bias of to_q / to_k / to_v
  bool out_bias = true;
  bool upcast_attention = false;  // scores in float32 (SD 2.x)
  bool upcast_softmax = false;
  int64_t norm_num_groups = 0;  // > 0: a group_norm before the projections (VAE)
  double norm_eps = 1e-5;
  bool residual_connection = false;  // VAE
  double rescale_output_factor = 1.0;
};

struct AttentionImpl;

// What runs inside an Attention layer. A module, so trainable processors register their
// weights under the layer's "processor" child.
struct AttentionProcessorImpl : torch::nn::Module {
  // hidden [B, N, C] (or [B, C, H, W] for the VAE); encoder_hidden [B, M, Cc] or undefined.
  virtual torch::Tensor forward(AttentionImpl& attn, const torch::Tensor& hidden,
                                const torch::Tensor& encoder_hidden) = 0;
};

// diffusers AttnProcessor: the original projections and the attention math.
struct PlainAttentionProcessorImpl : AttentionProcessorImpl {
  torch::Tensor forward(AttentionImpl& attn, const torch::Tensor& hidden,
                        const torch::Tensor& encoder_hidden) override;
};

struct AttentionImpl : torch::nn::Module {
  explicit AttentionImpl(const AttentionOptions& options);

  torch::Tensor forward(const torch::Tensor& hidden, const torch::Tensor& encoder_hidden = {}) {
    return processor->forward(*this, hidden, encoder_hidden);
  }
  void set_processor(std::shared_ptr<AttentionProcessorImpl> p);
  bool is_cross_attention() const { return options.cross_attention_dim > 0; }
  int64_t inner_dim() const { return options.heads * options.dim_head; }

  // [B, N, H*D] -> [B*H, N, D] and back (head_to_batch_dim / batch_to_head_dim).
  torch::Tensor head_to_batch_dim(const torch::Tensor& x) const;
  torch::Tensor batch_to_head_dim(const torch::Tensor& x) const;
  // softmax(q k^T * scale) v on [B*H, N, D] tensors, with the layer's kernel and upcasting.
  torch::Tensor attend(const torch::Tensor& q, const torch::Tensor& k,
                       const torch::Tensor& v) const;

  AttentionOptions options;
  double scale;
  AttentionKernel kernel = AttentionKernel::Plain;
  torch::nn::GroupNorm group_norm{nullptr};
  torch::nn::Linear to_q{nullptr}, to_k{nullptr}, to_v{nullptr};
  torch::nn::ModuleList to_out{nullptr};  // [Linear, Dropout] as diffusers; only 0 has weights
  std::shared_ptr<AttentionProcessorImpl> processor;
};
TORCH_MODULE(Attention);

// The plain attention math on [B*H, Nq, D] x [B*H, Nk, D] (exposed for tests and benchmarks).
torch::Tensor attention_plain(const torch::Tensor& q, const torch::Tensor& k,
                              const torch::Tensor& v, double scale, bool upcast);
torch::Tensor attention_efficient(const torch::Tensor& q, const torch::Tensor& k,
                                  const torch::Tensor& v, double scale, bool upcast);

}  // namespace cds
