// The UNet's down, mid and up blocks (diffusers models/unets/unet_2d_blocks.py):
// DownBlock2D / CrossAttnDownBlock2D, UNetMidBlock2DCrossAttn, UpBlock2D / CrossAttnUpBlock2D.
// The cross-attention variant of a down or up block is the same type with a transformer after
// each resnet, chosen at construction.
#pragma once

#include <optional>
#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>

#include "core/nn/resnet.h"
#include "core/nn/transformer_2d.h"

namespace cds {

struct UNetBlockOptions {
  int64_t in_channels = 0;
  int64_t out_channels = 0;
  int64_t prev_output_channels = 0;  // up blocks: channels coming from the block below
  int64_t temb_channels = 0;
  int64_t num_layers = 1;
  bool cross_attention = false;
  Transformer2DOptions transformer;  // used when cross_attention (heads, dim_head, ...)
  int64_t transformer_layers = 1;
  int64_t norm_num_groups = 32;
  double norm_eps = 1e-5;
  double output_scale_factor = 1.0;
  bool add_sample = false;  // a downsampler / upsampler at the end
  int64_t downsample_padding = 1;
};

// Resnet and transformer calls of the blocks, through activation checkpoints when training
// with --gradient_checkpointing (diffusers checkpoints the same two kinds of module).
torch::Tensor run_resnet(const std::shared_ptr<torch::nn::Module>& resnet, const torch::Tensor& h,
                         const torch::Tensor& temb, bool checkpointed);
torch::Tensor run_transformer(const std::shared_ptr<torch::nn::Module>& transformer,
                              const torch::Tensor& h, const torch::Tensor& context,
                              bool checkpointed);

struct UNetDownBlockImpl : torch::nn::Module {
  explicit UNetDownBlockImpl(const UNetBlockOptions& options);
  // Appends each stage's output to `residuals` (the skip connections).
  torch::Tensor forward(torch::Tensor h, const torch::Tensor& temb, const torch::Tensor& context,
                        std::vector<torch::Tensor>& residuals);

  torch::nn::ModuleList resnets{nullptr}, attentions{nullptr}, downsamplers{nullptr};
  bool gradient_checkpointing = false;
};
TORCH_MODULE(UNetDownBlock);

struct UNetMidBlockImpl : torch::nn::Module {
  explicit UNetMidBlockImpl(const UNetBlockOptions& options);
  torch::Tensor forward(torch::Tensor h, const torch::Tensor& temb, const torch::Tensor& context);

  torch::nn::ModuleList attentions{nullptr}, resnets{nullptr};
  bool gradient_checkpointing = false;
};
TORCH_MODULE(UNetMidBlock);

struct UNetUpBlockImpl : torch::nn::Module {
  explicit UNetUpBlockImpl(const UNetBlockOptions& options);
  // Consumes one skip connection per resnet from the back of `residuals`.
  torch::Tensor forward(torch::Tensor h, const torch::Tensor& temb, const torch::Tensor& context,
                        std::vector<torch::Tensor>& residuals,
                        const std::optional<std::vector<int64_t>>& upsample_size);

  torch::nn::ModuleList resnets{nullptr}, attentions{nullptr}, upsamplers{nullptr};
  bool gradient_checkpointing = false;
};
TORCH_MODULE(UNetUpBlock);

}  // namespace cds
