// Timestep embeddings (see embeddings.h), with diffusers' float32 arithmetic order.
#include "core/nn/embeddings.h"

#include <cmath>

#include <torch/torch.h>

namespace cds {

torch::Tensor timestep_embedding(const torch::Tensor& timesteps, int64_t dim, bool flip_sin_to_cos,
                                 double downscale_freq_shift, double max_period) {
  const int64_t half = dim / 2;
  auto exponent =
      -std::log(max_period) *
      torch::arange(0, half,
                    torch::TensorOptions().dtype(torch::kFloat).device(timesteps.device()));
  exponent = exponent / (static_cast<double>(half) - downscale_freq_shift);
  // [B, 1] * [1, half] -> [B, half]
  auto emb = timesteps.unsqueeze(1).to(torch::kFloat) * torch::exp(exponent).unsqueeze(0);
  emb = torch::cat({torch::sin(emb), torch::cos(emb)}, -1);
  if (flip_sin_to_cos) emb = torch::cat({emb.slice(1, half), emb.slice(1, 0, half)}, -1);
  if (dim % 2 == 1)
    emb = torch::nn::functional::pad(emb, torch::nn::functional::PadFuncOptions({0, 1, 0, 0}));
  return emb;
}

TimestepEmbeddingImpl::TimestepEmbeddingImpl(int64_t in_channels, int64_t time_embed_dim) {
  linear_1 = register_module("linear_1", torch::nn::Linear(in_channels, time_embed_dim));
  linear_2 = register_module("linear_2", torch::nn::Linear(time_embed_dim, time_embed_dim));
}

torch::Tensor TimestepEmbeddingImpl::forward(const torch::Tensor& x) {
  return linear_2(torch::silu(linear_1(x)));
}

}  // namespace cds
