// The VAE's building blocks: DownEncoderBlock2D, UpDecoderBlock2D and UNetMidBlock2D
// (diffusers models/unets/unet_2d_blocks.py) and the Encoder / Decoder stacks built from them
// (diffusers models/autoencoders/vae.py). Child names are diffusers' state-dict keys.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/normalization.h>

#include "core/model/configs.h"
#include "core/nn/attention.h"

namespace cds {

// diffusers builds every VAE block with resnet_eps 1e-6 (and the norms around them likewise).
constexpr double kVaeNormEps = 1e-6;

// `num_layers` ResnetBlock2Ds without time embedding, then a padding-0 Downsample2D.
struct DownEncoderBlock2DImpl : torch::nn::Module {
  DownEncoderBlock2DImpl(int64_t in_channels, int64_t out_channels, int64_t num_layers,
                         int64_t groups, bool add_downsample);
  torch::Tensor forward(const torch::Tensor& x);  // [B, Cin, H, W] -> [B, Cout, H/2, W/2]

  torch::nn::ModuleList resnets{nullptr};
  torch::nn::ModuleList downsamplers{nullptr};  // empty (unregistered) for the last block
};
TORCH_MODULE(DownEncoderBlock2D);

// `num_layers` ResnetBlock2Ds, then a nearest-2x Upsample2D.
struct UpDecoderBlock2DImpl : torch::nn::Module {
  UpDecoderBlock2DImpl(int64_t in_channels, int64_t out_channels, int64_t num_layers,
                       int64_t groups, bool add_upsample);
  torch::Tensor forward(const torch::Tensor& x);  // [B, Cin, H, W] -> [B, Cout, 2H, 2W]

  torch::nn::ModuleList resnets{nullptr};
  torch::nn::ModuleList upsamplers{nullptr};
};
TORCH_MODULE(UpDecoderBlock2D);

// resnet, (self-attention over all positions, resnet) x 1. The attention is diffusers'
// "deprecated attn block": one head as wide as the channels, its own group_norm, a residual
// connection, biased projections and a float32 softmax.
struct UNetMidBlock2DImpl : torch::nn::Module {
  UNetMidBlock2DImpl(int64_t channels, int64_t groups, bool add_attention = true);
  torch::Tensor forward(const torch::Tensor& x);  // [B, C, H, W] -> same

  torch::nn::ModuleList attentions{nullptr};
  torch::nn::ModuleList resnets{nullptr};
};
TORCH_MODULE(UNetMidBlock2D);

// diffusers' Encoder with double_z: image [B, in, H, W] -> moments [B, 2*latent, H/f, W/f].
struct VaeEncoderImpl : torch::nn::Module {
  explicit VaeEncoderImpl(const VaeConfig& config);
  torch::Tensor forward(const torch::Tensor& x);

  torch::nn::Conv2d conv_in{nullptr};
  torch::nn::ModuleList down_blocks{nullptr};
  UNetMidBlock2D mid_block{nullptr};
  torch::nn::GroupNorm conv_norm_out{nullptr};
  torch::nn::Conv2d conv_out{nullptr};
};
TORCH_MODULE(VaeEncoder);

// diffusers' Decoder (group norm variant): latents [B, latent, h, w] -> image [B, out, h*f, w*f].
struct VaeDecoderImpl : torch::nn::Module {
  explicit VaeDecoderImpl(const VaeConfig& config);
  torch::Tensor forward(const torch::Tensor& z);

  torch::nn::Conv2d conv_in{nullptr};
  torch::nn::ModuleList up_blocks{nullptr};
  UNetMidBlock2D mid_block{nullptr};
  torch::nn::GroupNorm conv_norm_out{nullptr};
  torch::nn::Conv2d conv_out{nullptr};
};
TORCH_MODULE(VaeDecoder);

}  // namespace cds
