// UNet blocks (see unet_blocks.h). Channel bookkeeping follows diffusers' get_down_block /
// get_up_block and the blocks' __init__; forward passes follow theirs step by step.
#include "core/nn/unet_blocks.h"

#include <torch/torch.h>

#include "core/nn/checkpoint.h"

namespace cds {

namespace {

ResnetBlock2D make_resnet(const UNetBlockOptions& o, int64_t in, int64_t out) {
  return ResnetBlock2D(ResnetBlock2DOptions{in, out, o.temb_channels, o.norm_num_groups, o.norm_eps,
                                            o.output_scale_factor});
}

Transformer2DModel make_transformer(const UNetBlockOptions& o, int64_t channels) {
  auto t = o.transformer;
  t.in_channels = channels;
  t.num_layers = o.transformer_layers;
  t.norm_num_groups = o.norm_num_groups;
  return Transformer2DModel(t);
}

}  // namespace

torch::Tensor run_resnet(const std::shared_ptr<torch::nn::Module>& module, const torch::Tensor& h,
                         const torch::Tensor& temb, bool checkpointed) {
  auto resnet = std::dynamic_pointer_cast<ResnetBlock2DImpl>(module);
  if (!checkpointed) return resnet->forward(h, temb);
  const CheckpointBody body = [resnet](const std::vector<torch::Tensor>& in) {
    return std::vector<torch::Tensor>{resnet->forward(in[0], in[1])};
  };
  return checkpoint(body, {h, temb})[0];
}

torch::Tensor run_transformer(const std::shared_ptr<torch::nn::Module>& module,
                              const torch::Tensor& h, const torch::Tensor& context,
                              bool checkpointed) {
  auto transformer = std::dynamic_pointer_cast<Transformer2DModelImpl>(module);
  // A checkpoint with no input needing a gradient would hide its processors' weights from
  // autograd (see checkpoint.h); such a block runs normally.
  if (!checkpointed || (!h.requires_grad() && !context.requires_grad()))
    return transformer->forward(h, context);
  const CheckpointBody body = [transformer](const std::vector<torch::Tensor>& in) {
    return std::vector<torch::Tensor>{transformer->forward(in[0], in[1])};
  };
  return checkpoint(body, {h, context})[0];
}

UNetDownBlockImpl::UNetDownBlockImpl(const UNetBlockOptions& o) {
  resnets = register_module("resnets", torch::nn::ModuleList());
  if (o.cross_attention) attentions = register_module("attentions", torch::nn::ModuleList());
  for (int64_t i = 0; i < o.num_layers; ++i) {
    resnets->push_back(make_resnet(o, i == 0 ? o.in_channels : o.out_channels, o.out_channels));
    if (o.cross_attention) attentions->push_back(make_transformer(o, o.out_channels));
  }
  if (o.add_sample) {
    downsamplers = register_module("downsamplers", torch::nn::ModuleList());
    downsamplers->push_back(Downsample2D(o.out_channels, o.out_channels, o.downsample_padding));
  }
}

torch::Tensor UNetDownBlockImpl::forward(torch::Tensor h, const torch::Tensor& temb,
                                         const torch::Tensor& context,
                                         std::vector<torch::Tensor>& residuals) {
  for (size_t i = 0; i < resnets->size(); ++i) {
    h = run_resnet(resnets[i], h, temb, gradient_checkpointing);
    if (attentions) h = run_transformer(attentions[i], h, context, gradient_checkpointing);
    residuals.push_back(h);
  }
  if (downsamplers) {
    h = downsamplers[0]->as<Downsample2D>()->forward(h);
    residuals.push_back(h);
  }
  return h;
}

UNetMidBlockImpl::UNetMidBlockImpl(const UNetBlockOptions& o) {
  attentions = register_module("attentions", torch::nn::ModuleList());
  resnets = register_module("resnets", torch::nn::ModuleList());
  resnets->push_back(make_resnet(o, o.in_channels, o.in_channels));
  for (int64_t i = 0; i < o.num_layers; ++i) {
    attentions->push_back(make_transformer(o, o.in_channels));
    resnets->push_back(make_resnet(o, o.in_channels, o.in_channels));
  }
}

torch::Tensor UNetMidBlockImpl::forward(torch::Tensor h, const torch::Tensor& temb,
                                        const torch::Tensor& context) {
  h = run_resnet(resnets[0], h, temb, gradient_checkpointing);
  for (size_t i = 0; i < attentions->size(); ++i) {
    h = run_transformer(attentions[i], h, context, gradient_checkpointing);
    h = run_resnet(resnets[i + 1], h, temb, gradient_checkpointing);
  }
  return h;
}

UNetUpBlockImpl::UNetUpBlockImpl(const UNetBlockOptions& o) {
  resnets = register_module("resnets", torch::nn::ModuleList());
  if (o.cross_attention) attentions = register_module("attentions", torch::nn::ModuleList());
  for (int64_t i = 0; i < o.num_layers; ++i) {
    // The last resnet takes the skip from the block's input level, the others from its output.
    const int64_t skip = i == o.num_layers - 1 ? o.in_channels : o.out_channels;
    const int64_t in = i == 0 ? o.prev_output_channels : o.out_channels;
    resnets->push_back(make_resnet(o, in + skip, o.out_channels));
    if (o.cross_attention) attentions->push_back(make_transformer(o, o.out_channels));
  }
  if (o.add_sample) {
    upsamplers = register_module("upsamplers", torch::nn::ModuleList());
    upsamplers->push_back(Upsample2D(o.out_channels, o.out_channels));
  }
}

torch::Tensor UNetUpBlockImpl::forward(torch::Tensor h, const torch::Tensor& temb,
                                       const torch::Tensor& context,
                                       std::vector<torch::Tensor>& residuals,
                                       const std::optional<std::vector<int64_t>>& upsample_size) {
  for (size_t i = 0; i < resnets->size(); ++i) {
    const auto skip = residuals.back();
    residuals.pop_back();
    h = torch::cat({h, skip}, 1);  // [B, C + Cskip, H, W]
    h = run_resnet(resnets[i], h, temb, gradient_checkpointing);
    if (attentions) h = run_transformer(attentions[i], h, context, gradient_checkpointing);
  }
  if (upsamplers) h = upsamplers[0]->as<Upsample2D>()->forward(h, upsample_size);
  return h;
}

}  // namespace cds
