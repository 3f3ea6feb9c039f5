// diffusers UNet2DConditionModel for Stable Diffusion 1.x / 2.x
// (models/unets/unet_2d_condition.py). Children are named like the checkpoint keys, so a
// diffusers `unet/diffusion_pytorch_model.safetensors` loads by name.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/normalization.h>

#include "core/model/configs.h"
#include "core/nn/attention.h"
#include "core/nn/embeddings.h"
#include "core/nn/unet_blocks.h"

namespace cds {

struct UNet2DConditionModelImpl : torch::nn::Module {
  explicit UNet2DConditionModelImpl(const UNetConfig& config);

  // sample [B, Cin, h, w]; timestep [B] or [1] or a 0-dim tensor (int or float);
  // encoder_hidden_states [B, 77, cross_attention_dim] -> noise prediction [B, Cout, h, w]
  torch::Tensor forward(const torch::Tensor& sample, const torch::Tensor& timestep,
                        const torch::Tensor& encoder_hidden_states);
  // The sinusoidal projection of the timesteps (diffusers' time_proj), float32 [B, C0].
  torch::Tensor time_proj(const torch::Tensor& timesteps) const;

  // Every Attention layer with its diffusers name ("down_blocks.1.attentions.0.
  // transformer_blocks.0.attn2"), in diffusers' attn_processors order.
  std::vector<std::pair<std::string, Attention>> attention_layers();
  void set_attention_kernel(AttentionKernel kernel);
  // Recompute block activations in backward instead of keeping them (training memory).
  void set_gradient_checkpointing(bool enabled);

  UNetConfig config;
  torch::nn::Conv2d conv_in{nullptr};
  TimestepEmbedding time_embedding{nullptr};
  torch::nn::ModuleList down_blocks{nullptr}, up_blocks{nullptr};
  UNetMidBlock mid_block{nullptr};
  torch::nn::GroupNorm conv_norm_out{nullptr};
  torch::nn::Conv2d conv_out{nullptr};
};
TORCH_MODULE(UNet2DConditionModel);

// Builds the UNet from a component folder (config.json + weights), strictly checked.
UNet2DConditionModel load_unet(const std::filesystem::path& component_dir,
                               const c10::Device& device, c10::ScalarType dtype,
                               const std::string& variant = "");

}  // namespace cds
