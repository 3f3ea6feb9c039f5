// VAE blocks (see vae_blocks.h). Constructors and forward passes follow diffusers'
// unet_2d_blocks.py and autoencoders/vae.py in order, so float32 results agree closely.
#include "core/nn/vae_blocks.h"

#include <torch/torch.h>

#include "core/nn/resnet.h"

namespace cds {

namespace F = torch::nn::functional;

namespace {

ResnetBlock2D vae_resnet(int64_t in_channels, int64_t out_channels, int64_t groups) {
  ResnetBlock2DOptions o;
  o.in_channels = in_channels;
  o.out_channels = out_channels;
  o.temb_channels = 0;
  o.groups = groups;
  o.eps = kVaeNormEps;
  return ResnetBlock2D(o);
}

torch::nn::Conv2d conv3x3(int64_t in_channels, int64_t out_channels) {
  return torch::nn::Conv2d(torch::nn::Conv2dOptions(in_channels, out_channels, 3).padding(1));
}

torch::nn::GroupNorm norm_layer(int64_t groups, int64_t channels) {
  return torch::nn::GroupNorm(torch::nn::GroupNormOptions(groups, channels).eps(kVaeNormEps));
}

}  // namespace

DownEncoderBlock2DImpl::DownEncoderBlock2DImpl(int64_t in_channels, int64_t out_channels,
                                               int64_t num_layers, int64_t groups,
                                               bool add_downsample) {
  resnets = register_module("resnets", torch::nn::ModuleList());
  for (int64_t i = 0; i < num_layers; ++i)
    resnets->push_back(vae_resnet(i == 0 ? in_channels : out_channels, out_channels, groups));
  downsamplers = torch::nn::ModuleList();
  // diffusers sets `downsamplers = None` on the last block, so it has no such key.
  if (add_downsample) {
    register_module("downsamplers", downsamplers);
    downsamplers->push_back(Downsample2D(out_channels, out_channels, /*padding=*/0));
  }
}

torch::Tensor DownEncoderBlock2DImpl::forward(const torch::Tensor& x) {
  auto h = x;
  for (const auto& resnet : *resnets) h = resnet->as<ResnetBlock2D>()->forward(h);
  for (const auto& down : *downsamplers) h = down->as<Downsample2D>()->forward(h);
  return h;
}

UpDecoderBlock2DImpl::UpDecoderBlock2DImpl(int64_t in_channels, int64_t out_channels,
                                           int64_t num_layers, int64_t groups, bool add_upsample) {
  resnets = register_module("resnets", torch::nn::ModuleList());
  for (int64_t i = 0; i < num_layers; ++i)
    resnets->push_back(vae_resnet(i == 0 ? in_channels : out_channels, out_channels, groups));
  upsamplers = torch::nn::ModuleList();
  if (add_upsample) {
    register_module("upsamplers", upsamplers);
    upsamplers->push_back(Upsample2D(out_channels, out_channels));
  }
}

torch::Tensor UpDecoderBlock2DImpl::forward(const torch::Tensor& x) {
  auto h = x;
  for (const auto& resnet : *resnets) h = resnet->as<ResnetBlock2D>()->forward(h);
  for (const auto& up : *upsamplers) h = up->as<Upsample2D>()->forward(h);
  return h;
}

UNetMidBlock2DImpl::UNetMidBlock2DImpl(int64_t channels, int64_t groups, bool add_attention) {
  // Registration order is diffusers' (attentions, then resnets), so parameter listings match.
  attentions = register_module("attentions", torch::nn::ModuleList());
  resnets = register_module("resnets", torch::nn::ModuleList());
  resnets->push_back(vae_resnet(channels, channels, groups));
  if (add_attention) {
    // The encoder and decoder pass attention_head_dim = channels: heads = channels / channels.
    AttentionOptions o;
    o.query_dim = channels;
    o.heads = 1;
    o.dim_head = channels;
    o.bias = true;
    o.out_bias = true;
    o.upcast_softmax = true;
    o.norm_num_groups = groups;
    o.norm_eps = kVaeNormEps;
    o.residual_connection = true;
    o.rescale_output_factor = 1.0;
    attentions->push_back(Attention(o));
  }
  resnets->push_back(vae_resnet(channels, channels, groups));
}

torch::Tensor UNetMidBlock2DImpl::forward(const torch::Tensor& x) {
  auto h = resnets[0]->as<ResnetBlock2D>()->forward(x);
  // Attention takes [B, C, H, W] and adds its own residual, as diffusers' AttnProcessor.
  if (!attentions->is_empty()) h = attentions[0]->as<Attention>()->forward(h);
  return resnets[1]->as<ResnetBlock2D>()->forward(h);
}

VaeEncoderImpl::VaeEncoderImpl(const VaeConfig& c) {
  const auto& channels = c.block_out_channels;
  const int64_t groups = c.norm_num_groups;
  conv_in = register_module("conv_in", conv3x3(c.in_channels, channels.front()));
  down_blocks = register_module("down_blocks", torch::nn::ModuleList());
  int64_t out = channels.front();
  for (size_t i = 0; i < channels.size(); ++i) {
    const int64_t in = out;
    out = channels[i];
    const bool is_final = i + 1 == channels.size();
    down_blocks->push_back(DownEncoderBlock2D(in, out, c.layers_per_block, groups, !is_final));
  }
  mid_block = register_module("mid_block", UNetMidBlock2D(channels.back(), groups));
  conv_norm_out = register_module("conv_norm_out", norm_layer(groups, channels.back()));
  // double_z: mean and log-variance side by side.
  conv_out = register_module("conv_out", conv3x3(channels.back(), 2 * c.latent_channels));
}

torch::Tensor VaeEncoderImpl::forward(const torch::Tensor& x) {
  auto h = conv_in(x);
  for (const auto& block : *down_blocks) h = block->as<DownEncoderBlock2D>()->forward(h);
  h = mid_block(h);
  // group_norm (resnet.h) keeps its statistics in float32 for half types.
  return conv_out(F::silu(group_norm(conv_norm_out, h)));
}

VaeDecoderImpl::VaeDecoderImpl(const VaeConfig& c) {
  const auto& channels = c.block_out_channels;
  const int64_t groups = c.norm_num_groups;
  conv_in = register_module("conv_in", conv3x3(c.latent_channels, channels.back()));
  // diffusers registers the (then empty) up_blocks list before mid_block.
  up_blocks = register_module("up_blocks", torch::nn::ModuleList());
  mid_block = register_module("mid_block", UNetMidBlock2D(channels.back(), groups));
  const std::vector<int64_t> reversed(channels.rbegin(), channels.rend());
  int64_t out = reversed.front();
  for (size_t i = 0; i < reversed.size(); ++i) {
    const int64_t prev = out;
    out = reversed[i];
    const bool is_final = i + 1 == reversed.size();
    // One resnet more than the encoder's blocks (layers_per_block + 1), as diffusers.
    up_blocks->push_back(UpDecoderBlock2D(prev, out, c.layers_per_block + 1, groups, !is_final));
  }
  conv_norm_out = register_module("conv_norm_out", norm_layer(groups, channels.front()));
  conv_out = register_module("conv_out", conv3x3(channels.front(), c.out_channels));
}

torch::Tensor VaeDecoderImpl::forward(const torch::Tensor& z) {
  auto h = conv_in(z);
  h = mid_block(h);
  // diffusers casts to the up blocks' dtype here (they may be kept in float32 when upcast).
  h = h.to(up_blocks->parameters().front().scalar_type());
  for (const auto& block : *up_blocks) h = block->as<UpDecoderBlock2D>()->forward(h);
  return conv_out(F::silu(group_norm(conv_norm_out, h)));
}

}  // namespace cds
