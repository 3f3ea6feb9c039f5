// ResnetBlock2D, Downsample2D and Upsample2D of diffusers (models/resnet.py, downsampling.py,
// upsampling.py), shared by the UNet (with a time embedding) and the VAE (without).
#pragma once

#include <optional>

#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

namespace cds {

// GroupNorm with its statistics in float32 when x is bfloat16 or float16: libtorch's CPU kernel
// accumulates in the input type, which costs bfloat16 UNets several percent of accuracy.
// Float32 inputs take the module's own path, so float32 results stay diffusers' bit for bit.
torch::Tensor group_norm(torch::nn::GroupNorm& norm, const torch::Tensor& x);

struct ResnetBlock2DOptions {
  int64_t in_channels = 0;
  int64_t out_channels = 0;   // 0: same as in_channels
  int64_t temb_channels = 0;  // 0: no time embedding (VAE)
  int64_t groups = 32;
  double eps = 1e-6;
  double output_scale_factor = 1.0;
};

struct ResnetBlock2DImpl : torch::nn::Module {
  explicit ResnetBlock2DImpl(const ResnetBlock2DOptions& options);
  // x [B, Cin, H, W], temb [B, Ct] or undefined -> [B, Cout, H, W]
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& temb = {});

  double output_scale_factor;
  torch::nn::GroupNorm norm1{nullptr}, norm2{nullptr};
  torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv_shortcut{nullptr};
  torch::nn::Linear time_emb_proj{nullptr};
};
TORCH_MODULE(ResnetBlock2D);

// Strided 3x3 convolution. padding 0 (the VAE) pads right and bottom by one first, as diffusers.
struct Downsample2DImpl : torch::nn::Module {
  Downsample2DImpl(int64_t channels, int64_t out_channels, int64_t padding);
  torch::Tensor forward(const torch::Tensor& x);

  int64_t padding;
  torch::nn::Conv2d conv{nullptr};
};
TORCH_MODULE(Downsample2D);

// Nearest-neighbour 2x (or to `size`) then a 3x3 convolution.
struct Upsample2DImpl : torch::nn::Module {
  Upsample2DImpl(int64_t channels, int64_t out_channels);
  torch::Tensor forward(const torch::Tensor& x,
                        std::optional<std::vector<int64_t>> size = std::nullopt);

  torch::nn::Conv2d conv{nullptr};
};
TORCH_MODULE(Upsample2D);

}  // namespace cds
