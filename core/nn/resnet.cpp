// ResnetBlock2D, Downsample2D, Upsample2D (see resnet.h); forward passes follow diffusers'
// order of operations so float32 results agree to the last bits that matter.
#include "core/nn/resnet.h"

#include <torch/torch.h>

namespace cds {

namespace F = torch::nn::functional;

torch::Tensor group_norm(torch::nn::GroupNorm& norm, const torch::Tensor& x) {
  if (x.scalar_type() == torch::kFloat || x.scalar_type() == torch::kDouble) return norm(x);
  const auto& o = norm->options;
  return F::group_norm(x.to(torch::kFloat), F::GroupNormFuncOptions(o.num_groups())
                                                .weight(norm->weight.to(torch::kFloat))
                                                .bias(norm->bias.to(torch::kFloat))
                                                .eps(o.eps()))
      .to(x.scalar_type());
}

ResnetBlock2DImpl::ResnetBlock2DImpl(const ResnetBlock2DOptions& o)
    : output_scale_factor(o.output_scale_factor) {
  const int64_t out = o.out_channels > 0 ? o.out_channels : o.in_channels;
  auto conv3 = [](int64_t in, int64_t out_ch) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out_ch, 3).stride(1).padding(1));
  };
  norm1 = register_module(
      "norm1",
      torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.groups, o.in_channels).eps(o.eps)));
  conv1 = register_module("conv1", conv3(o.in_channels, out));
  if (o.temb_channels > 0)
    time_emb_proj = register_module("time_emb_proj", torch::nn::Linear(o.temb_channels, out));
  norm2 = register_module(
      "norm2", torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.groups, out).eps(o.eps)));
  conv2 = register_module("conv2", conv3(out, out));
  if (o.in_channels != out)
    conv_shortcut = register_module(
        "conv_shortcut", torch::nn::Conv2d(torch::nn::Conv2dOptions(o.in_channels, out, 1)));
}

torch::Tensor ResnetBlock2DImpl::forward(const torch::Tensor& x, const torch::Tensor& temb) {
  auto h = conv1(F::silu(group_norm(norm1, x)));
  if (time_emb_proj && temb.defined()) {
    // [B, Ct] -> [B, Cout, 1, 1]
    h = h + time_emb_proj(F::silu(temb)).unsqueeze(-1).unsqueeze(-1);
  }
  h = conv2(F::silu(group_norm(norm2, h)));
  const auto shortcut = conv_shortcut ? conv_shortcut(x) : x;
  auto out = shortcut + h;
  if (output_scale_factor != 1.0) out = out / output_scale_factor;
  return out;
}

Downsample2DImpl::Downsample2DImpl(int64_t channels, int64_t out_channels, int64_t pad)
    : padding(pad) {
  conv = register_module(
      "conv", torch::nn::Conv2d(
                  torch::nn::Conv2dOptions(channels, out_channels, 3).stride(2).padding(pad)));
}

torch::Tensor Downsample2DImpl::forward(const torch::Tensor& x) {
  if (padding == 0)
    return conv(F::pad(x, F::PadFuncOptions({0, 1, 0, 1}).mode(torch::kConstant).value(0)));
  return conv(x);
}

Upsample2DImpl::Upsample2DImpl(int64_t channels, int64_t out_channels) {
  conv = register_module(
      "conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, out_channels, 3).padding(1)));
}

torch::Tensor Upsample2DImpl::forward(const torch::Tensor& x,
                                      std::optional<std::vector<int64_t>> size) {
  // Nearest upsampling has no bfloat16 kernel before torch 2.1; diffusers upcasts likewise.
  const auto dtype = x.scalar_type();
  auto h = dtype == torch::kBFloat16 ? x.to(torch::kFloat) : x;
  auto options = F::InterpolateFuncOptions().mode(torch::kNearest);
  if (size)
    options.size(*size);
  else
    options.scale_factor(std::vector<double>{2.0, 2.0});
  h = F::interpolate(h.contiguous(), options);
  if (dtype == torch::kBFloat16) h = h.to(dtype);
  return conv(h);
}

}  // namespace cds
