// Timestep embeddings of diffusers (models/embeddings.py): the sinusoidal projection
// (get_timestep_embedding / Timesteps) and the MLP after it (TimestepEmbedding).
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>

namespace cds {

// timesteps [B] (int or float) -> [B, dim] float32, as get_timestep_embedding.
torch::Tensor timestep_embedding(const torch::Tensor& timesteps, int64_t dim, bool flip_sin_to_cos,
                                 double downscale_freq_shift, double max_period = 10000.0);

struct TimestepEmbeddingImpl : torch::nn::Module {
  TimestepEmbeddingImpl(int64_t in_channels, int64_t time_embed_dim);
  torch::Tensor forward(const torch::Tensor& x);  // linear_1, SiLU, linear_2

  torch::nn::Linear linear_1{nullptr}, linear_2{nullptr};
};
TORCH_MODULE(TimestepEmbedding);

}  // namespace cds
