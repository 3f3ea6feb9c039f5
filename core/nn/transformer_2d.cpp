// Spatial transformer (see transformer_2d.h), in the order of diffusers' forward passes.
#include "core/nn/transformer_2d.h"

#include <torch/torch.h>

#include "core/nn/resnet.h"

namespace cds {

GegluImpl::GegluImpl(int64_t dim_in, int64_t dim_out) {
  proj = register_module("proj", torch::nn::Linear(dim_in, dim_out * 2));
}

torch::Tensor GegluImpl::forward(const torch::Tensor& x) {
  const auto parts = proj(x).chunk(2, -1);
  return parts[0] * torch::gelu(parts[1]);
}

FeedForwardImpl::FeedForwardImpl(int64_t dim, int64_t mult) {
  const int64_t inner = dim * mult;
  net = register_module("net", torch::nn::ModuleList());
  net->push_back(Geglu(dim, inner));
  net->push_back(torch::nn::Dropout(0.0));
  net->push_back(torch::nn::Linear(inner, dim));
}

torch::Tensor FeedForwardImpl::forward(const torch::Tensor& x) {
  return net[2]->as<torch::nn::Linear>()->forward(net[0]->as<Geglu>()->forward(x));
}

BasicTransformerBlockImpl::BasicTransformerBlockImpl(const TransformerBlockOptions& o)
    : only_cross_attention(o.only_cross_attention) {
  auto ln = [&] { return torch::nn::LayerNorm(torch::nn::LayerNormOptions({o.dim}).eps(1e-5)); };
  AttentionOptions self_attn;
  self_attn.query_dim = o.dim;
  self_attn.heads = o.heads;
  self_attn.dim_head = o.dim_head;
  self_attn.upcast_attention = o.upcast_attention;
  self_attn.cross_attention_dim = o.only_cross_attention ? o.cross_attention_dim : 0;
  AttentionOptions cross_attn = self_attn;
  cross_attn.cross_attention_dim = o.cross_attention_dim;
  norm1 = register_module("norm1", ln());
  attn1 = register_module("attn1", Attention(self_attn));
  norm2 = register_module("norm2", ln());
  attn2 = register_module("attn2", Attention(cross_attn));
  norm3 = register_module("norm3", ln());
  ff = register_module("ff", FeedForward(o.dim));
}

torch::Tensor BasicTransformerBlockImpl::forward(const torch::Tensor& x,
                                                 const torch::Tensor& context) {
  auto h = attn1(norm1(x), only_cross_attention ? context : torch::Tensor()) + x;
  h = attn2(norm2(h), context) + h;
  return ff(norm3(h)) + h;
}

Transformer2DModelImpl::Transformer2DModelImpl(const Transformer2DOptions& o)
    : use_linear_projection(o.use_linear_projection) {
  const int64_t inner = o.heads * o.dim_head;
  norm = register_module(
      "norm", torch::nn::GroupNorm(
                  torch::nn::GroupNormOptions(o.norm_num_groups, o.in_channels).eps(1e-6)));
  if (use_linear_projection)
    proj_in_linear = register_module("proj_in", torch::nn::Linear(o.in_channels, inner));
  else
    proj_in_conv = register_module(
        "proj_in", torch::nn::Conv2d(torch::nn::Conv2dOptions(o.in_channels, inner, 1)));
  transformer_blocks = register_module("transformer_blocks", torch::nn::ModuleList());
  for (int64_t i = 0; i < o.num_layers; ++i)
    transformer_blocks->push_back(BasicTransformerBlock(
        TransformerBlockOptions{inner, o.heads, o.dim_head, o.cross_attention_dim,
                                o.upcast_attention, o.only_cross_attention}));
  if (use_linear_projection)
    proj_out_linear = register_module("proj_out", torch::nn::Linear(inner, o.in_channels));
  else
    proj_out_conv = register_module(
        "proj_out", torch::nn::Conv2d(torch::nn::Conv2dOptions(inner, o.in_channels, 1)));
}

torch::Tensor Transformer2DModelImpl::forward(const torch::Tensor& x,
                                              const torch::Tensor& context) {
  const auto B = x.size(0), H = x.size(2), W = x.size(3);
  auto h = group_norm(norm, x);
  int64_t inner = 0;
  if (!use_linear_projection) {
    h = proj_in_conv(h);
    inner = h.size(1);
    h = h.permute({0, 2, 3, 1}).reshape({B, H * W, inner});  // [B, C, H, W] -> [B, H*W, C]
  } else {
    inner = h.size(1);
    h = proj_in_linear(h.permute({0, 2, 3, 1}).reshape({B, H * W, inner}));
    inner = h.size(2);
  }
  for (const auto& block : *transformer_blocks)
    h = block->as<BasicTransformerBlock>()->forward(h, context);
  if (!use_linear_projection) {
    h = h.reshape({B, H, W, inner}).permute({0, 3, 1, 2}).contiguous();  // back to [B, C, H, W]
    h = proj_out_conv(h);
  } else {
    h = proj_out_linear(h);
    h = h.reshape({B, H, W, h.size(2)}).permute({0, 3, 1, 2}).contiguous();
  }
  return h + x;
}

}  // namespace cds
