// The UNet's spatial transformer: diffusers' Transformer2DModel (continuous input),
// BasicTransformerBlock (self-attention, cross-attention, GEGLU feed-forward) and FeedForward.
// Mirrors diffusers/models/transformers/transformer_2d.py and models/attention.py.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

#include "core/nn/attention.h"

namespace cds {

// GEGLU: proj to twice the width, then value * gelu(gate).
struct GegluImpl : torch::nn::Module {
  GegluImpl(int64_t dim_in, int64_t dim_out);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::Linear proj{nullptr};
};
TORCH_MODULE(Geglu);

struct FeedForwardImpl : torch::nn::Module {
  FeedForwardImpl(int64_t dim, int64_t mult = 4);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::ModuleList net{nullptr};  // [GEGLU, Dropout, Linear] as diffusers' keys net.0 / net.2
};
TORCH_MODULE(FeedForward);

struct TransformerBlockOptions {
  int64_t dim = 0;
  int64_t heads = 8;
  int64_t dim_head = 64;
  int64_t cross_attention_dim = 0;
  bool upcast_attention = false;
  bool only_cross_attention = false;
};

struct BasicTransformerBlockImpl : torch::nn::Module {
  explicit BasicTransformerBlockImpl(const TransformerBlockOptions& options);
  // x [B, N, dim], context [B, M, cross_attention_dim]
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& context);

  bool only_cross_attention;
  torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr}, norm3{nullptr};
  Attention attn1{nullptr}, attn2{nullptr};
  FeedForward ff{nullptr};
};
TORCH_MODULE(BasicTransformerBlock);

struct Transformer2DOptions {
  int64_t in_channels = 0;
  int64_t heads = 8;
  int64_t dim_head = 64;
  int64_t num_layers = 1;
  int64_t cross_attention_dim = 0;
  int64_t norm_num_groups = 32;
  bool use_linear_projection = false;
  bool upcast_attention = false;
  bool only_cross_attention = false;
};

struct Transformer2DModelImpl : torch::nn::Module {
  explicit Transformer2DModelImpl(const Transformer2DOptions& options);
  // x [B, C, H, W], context [B, M, Cc] -> [B, C, H, W]
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& context);

  bool use_linear_projection;
  torch::nn::GroupNorm norm{nullptr};
  // proj_in / proj_out are 1x1 convolutions (SD 1.x) or linear layers (SD 2.x); one is set.
  torch::nn::Conv2d proj_in_conv{nullptr}, proj_out_conv{nullptr};
  torch::nn::Linear proj_in_linear{nullptr}, proj_out_linear{nullptr};
  torch::nn::ModuleList transformer_blocks{nullptr};
};
TORCH_MODULE(Transformer2DModel);

}  // namespace cds
