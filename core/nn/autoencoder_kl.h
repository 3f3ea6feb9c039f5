// Stable Diffusion's VAE: diffusers AutoencoderKL (models/autoencoders/autoencoder_kl.py) and
// its DiagonalGaussianDistribution (autoencoders/vae.py). Images in [-1, 1] go to a Gaussian over
// latents and latents back to images; `named_parameters()` yields diffusers' checkpoint keys.
#pragma once

#include <filesystem>
#include <string>

#include <ATen/core/Generator.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>

#include "core/model/configs.h"
#include "core/nn/attention.h"
#include "core/nn/vae_blocks.h"

namespace cds {

// diffusers' DiagonalGaussianDistribution over latents [B, latent_channels, h, w].
struct LatentDistribution {
  torch::Tensor mean;
  torch::Tensor logvar;  // clamped to [-30, 20]
  torch::Tensor std;     // exp(0.5 * logvar)

  // The deterministic latent (diffusers' mode()).
  const torch::Tensor& mode() const { return mean; }
  // mean + std * eps, with eps standard normal noise of mean's shape (any dtype / device; it is
  // converted to mean's as diffusers converts its draw).
  torch::Tensor sample(const torch::Tensor& eps) const;
  // Draws eps as float32 on the generator's device, as latent_dist.sample(generator) does.
  torch::Tensor sample(at::Generator generator) const;
};

struct AutoencoderKLImpl : torch::nn::Module {
  explicit AutoencoderKLImpl(const VaeConfig& config);

  // image [B, in_channels, H, W] (H, W multiples of the downsampling factor) -> distribution.
  LatentDistribution encode(const torch::Tensor& x);
  // latents [B, latent_channels, h, w] (unscaled: divide a UNet's latents by scaling_factor
  // first) -> image [B, out_channels, h*f, w*f], roughly in [-1, 1].
  torch::Tensor decode(const torch::Tensor& z);
  // diffusers' tiled_decode: overlapping tiles of `tile` latent pixels (0: sample_size / f, as
  // diffusers' tile_latent_min_size) decoded one by one, seams blended linearly over
  // `overlap` (tile_overlap_factor) of a tile. Bounded memory for large images; the result is
  // close to, not equal to, decode() wherever more than one tile is needed.
  torch::Tensor decode_tiled(const torch::Tensor& z, int64_t tile = 0, double overlap = 0.25);
  // Reconstruction through the mean, like forward(sample_posterior=False).
  torch::Tensor forward(const torch::Tensor& x) { return decode(encode(x).mean); }

  // Plain (diffusers' AttnProcessor) by default; Efficient bounds the mid-block attention's
  // memory at large sizes.
  void set_attention_kernel(AttentionKernel kernel);

  VaeConfig config;
  VaeEncoder encoder{nullptr};
  VaeDecoder decoder{nullptr};
  torch::nn::Conv2d quant_conv{nullptr};
  torch::nn::Conv2d post_quant_conv{nullptr};
};
TORCH_MODULE(AutoencoderKL);

// A diffusers `vae/` folder (config.json and weights, optionally the `variant` file, e.g.
// "fp16"), loaded strictly, converted to dtype, moved to device, in eval mode.
AutoencoderKL load_autoencoder_kl(const std::filesystem::path& component_dir,
                                  const c10::Device& device, c10::ScalarType dtype,
                                  const std::string& variant = "");

}  // namespace cds
