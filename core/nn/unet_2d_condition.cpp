// UNet2DConditionModel (see unet_2d_condition.h).
#include "core/nn/unet_2d_condition.h"

#include <torch/torch.h>

#include "core/error.h"
#include "core/model/model_folder.h"
#include "core/nn/state_dict.h"

namespace cds {

namespace {

// diffusers expands an int config value to one per block.
int64_t per_block(const std::vector<int64_t>& v, size_t i) {
  return v.size() == 1 ? v[0] : v.at(i);
}

}  // namespace

UNet2DConditionModelImpl::UNet2DConditionModelImpl(const UNetConfig& c) : config(c) {
  config.validate();
  const auto& ch = c.block_out_channels;
  const size_t n = ch.size();
  const int64_t time_embed_dim = ch[0] * 4;
  conv_in = register_module(
      "conv_in", torch::nn::Conv2d(torch::nn::Conv2dOptions(c.in_channels, ch[0], 3).padding(1)));
  time_embedding = register_module("time_embedding", TimestepEmbedding(ch[0], time_embed_dim));

  auto block_options = [&](size_t level, bool cross) {
    UNetBlockOptions o;
    o.temb_channels = time_embed_dim;
    o.cross_attention = cross;
    o.norm_num_groups = c.norm_num_groups;
    o.norm_eps = c.norm_eps;
    o.downsample_padding = c.downsample_padding;
    o.transformer_layers = per_block(c.transformer_layers_per_block, level);
    o.transformer.heads = c.heads(level);
    o.transformer.cross_attention_dim = c.cross_attention_dim;
    o.transformer.use_linear_projection = c.use_linear_projection;
    o.transformer.upcast_attention = c.upcast_attention;
    o.transformer.only_cross_attention = c.only_cross_attention;
    return o;
  };

  down_blocks = register_module("down_blocks", torch::nn::ModuleList());
  int64_t output_channel = ch[0];
  for (size_t i = 0; i < n; ++i) {
    auto o = block_options(i, c.down_block_types[i] == "CrossAttnDownBlock2D");
    o.in_channels = output_channel;
    output_channel = ch[i];
    o.out_channels = output_channel;
    o.transformer.dim_head = output_channel / o.transformer.heads;
    o.num_layers = c.layers_per_block;
    o.add_sample = i + 1 < n;
    down_blocks->push_back(UNetDownBlock(o));
  }

  up_blocks = register_module("up_blocks", torch::nn::ModuleList());
  output_channel = ch[n - 1];
  for (size_t i = 0; i < n; ++i) {
    const size_t level = n - 1 - i;  // up block i mirrors down block n-1-i
    auto o = block_options(level, c.up_block_types[i] == "CrossAttnUpBlock2D");
    o.prev_output_channels = output_channel;
    output_channel = ch[level];
    o.out_channels = output_channel;
    o.in_channels = ch[level == 0 ? 0 : level - 1];
    o.transformer.dim_head = output_channel / o.transformer.heads;
    o.num_layers = c.layers_per_block + 1;
    o.add_sample = i + 1 < n;
    up_blocks->push_back(UNetUpBlock(o));
  }

  auto mid = block_options(n - 1, true);
  mid.in_channels = ch[n - 1];
  mid.transformer.dim_head = ch[n - 1] / mid.transformer.heads;
  mid.output_scale_factor = c.mid_block_scale_factor;
  mid.num_layers = 1;
  mid_block = register_module("mid_block", UNetMidBlock(mid));

  conv_norm_out = register_module(
      "conv_norm_out",
      torch::nn::GroupNorm(torch::nn::GroupNormOptions(c.norm_num_groups, ch[0]).eps(c.norm_eps)));
  conv_out = register_module(
      "conv_out", torch::nn::Conv2d(torch::nn::Conv2dOptions(ch[0], c.out_channels, 3).padding(1)));
}

torch::Tensor UNet2DConditionModelImpl::time_proj(const torch::Tensor& timesteps) const {
  return timestep_embedding(timesteps, config.block_out_channels[0], config.flip_sin_to_cos,
                            static_cast<double>(config.freq_shift));
}

torch::Tensor UNet2DConditionModelImpl::forward(const torch::Tensor& sample,
                                                const torch::Tensor& timestep,
                                                const torch::Tensor& encoder_hidden_states) {
  if (sample.dim() != 4 || sample.size(1) != config.in_channels)
    throw CoreError("UNet input must be [batch, " + std::to_string(config.in_channels) +
                    ", height, width], got " + std::to_string(sample.dim()) + " dimensions");
  if (encoder_hidden_states.dim() != 3 ||
      encoder_hidden_states.size(2) != config.cross_attention_dim)
    throw CoreError("UNet conditioning must be [batch, tokens, " +
                    std::to_string(config.cross_attention_dim) + "]");
  const int64_t B = sample.size(0);
  // Sizes that are not a multiple of 2^(upsamplers) need explicit upsample sizes.
  const int64_t factor = int64_t{1} << (config.block_out_channels.size() - 1);
  const bool forward_upsample_size = sample.size(2) % factor != 0 || sample.size(3) % factor != 0;

  auto timesteps = timestep.dim() == 0 ? timestep.reshape({1}) : timestep;
  timesteps = timesteps.to(sample.device()).expand({B});
  const auto t_emb = time_proj(timesteps).to(sample.scalar_type());
  const auto emb = time_embedding(t_emb);

  auto h = sample;
  if (config.center_input_sample) h = 2 * h - 1.0;
  h = conv_in(h);
  std::vector<torch::Tensor> residuals{h};
  for (const auto& block : *down_blocks)
    h = block->as<UNetDownBlock>()->forward(h, emb, encoder_hidden_states, residuals);
  h = mid_block(h, emb, encoder_hidden_states);
  for (size_t i = 0; i < up_blocks->size(); ++i) {
    auto block = up_blocks[i]->as<UNetUpBlock>();
    std::optional<std::vector<int64_t>> upsample_size;
    const size_t consumed = block->resnets->size();
    if (i + 1 < up_blocks->size() && forward_upsample_size) {
      const auto& next = residuals[residuals.size() - consumed - 1];
      upsample_size = std::vector<int64_t>{next.size(2), next.size(3)};
    }
    h = block->forward(h, emb, encoder_hidden_states, residuals, upsample_size);
  }
  h = torch::silu(group_norm(conv_norm_out, h));
  return conv_out(h);
}

std::vector<std::pair<std::string, Attention>> UNet2DConditionModelImpl::attention_layers() {
  std::vector<std::pair<std::string, Attention>> out;
  for (const auto& item : named_modules("", /*include_self=*/false)) {
    if (auto attn = std::dynamic_pointer_cast<AttentionImpl>(item.value()))
      out.emplace_back(item.key(), Attention(attn));
  }
  return out;
}

void UNet2DConditionModelImpl::set_attention_kernel(AttentionKernel kernel) {
  for (auto& [name, attn] : attention_layers()) attn->kernel = kernel;
}

void UNet2DConditionModelImpl::set_gradient_checkpointing(bool enabled) {
  for (const auto& b : *down_blocks) b->as<UNetDownBlock>()->gradient_checkpointing = enabled;
  for (const auto& b : *up_blocks) b->as<UNetUpBlock>()->gradient_checkpointing = enabled;
  mid_block->gradient_checkpointing = enabled;
}

UNet2DConditionModel load_unet(const std::filesystem::path& dir, const c10::Device& device,
                               c10::ScalarType dtype, const std::string& variant) {
  const auto config = read_unet_config(dir / "config.json");
  UNet2DConditionModel model(config);
  load_state_dict(*model, load_component_weights(find_weight_files(dir, variant)), dir.string());
  model->to(device, dtype);
  model->eval();
  return model;
}

}  // namespace cds
