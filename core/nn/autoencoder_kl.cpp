// AutoencoderKL (see autoencoder_kl.h): encode, decode and tiled decode as diffusers'
// autoencoder_kl.py (with slicing and tiling off unless decode_tiled is called), and loading.
#include "core/nn/autoencoder_kl.h"

#include <algorithm>
#include <cstring>

#include <torch/torch.h>

#include "core/error.h"
#include "core/model/model_folder.h"
#include "core/nn/state_dict.h"

namespace cds {

namespace {

// A clear error instead of a convolution's stack trace for inputs the VAE cannot take.
void check_input(const torch::Tensor& x, int64_t channels, const torch::Tensor& weight,
                 const char* what) {
  if (!x.defined() || x.dim() != 4)
    throw CoreError(std::string("VAE ") + what + " must be [batch, channels, height, width], got " +
                    (x.defined() ? std::to_string(x.dim()) + " dimensions" : "no tensor"));
  if (x.size(1) != channels)
    throw CoreError(std::string("VAE ") + what + " must have " + std::to_string(channels) +
                    " channels, got " + std::to_string(x.size(1)));
  if (x.scalar_type() != weight.scalar_type() || x.device() != weight.device())
    throw CoreError(std::string("VAE ") + what + " is " + c10::toString(x.scalar_type()) + " on " +
                    x.device().str() + " but the VAE is " + c10::toString(weight.scalar_type()) +
                    " on " + weight.device().str());
}

// diffusers' blend_v / blend_h: the first `extent` rows (columns) of b fade in from the last
// `extent` of a. In place on b, as diffusers, so later tiles blend against blended neighbours.
void blend(const torch::Tensor& a, const torch::Tensor& b, int64_t extent, int64_t dim) {
  extent = std::min({a.size(dim), b.size(dim), extent});
  for (int64_t y = 0; y < extent; ++y) {
    const double w = static_cast<double>(y) / static_cast<double>(extent);
    b.select(dim, y).copy_(a.select(dim, a.size(dim) - extent + y) * (1 - w) +
                           b.select(dim, y) * w);
  }
}

// Checkpoints saved before diffusers 0.14 name the mid-block attention's projections after the
// old AttentionBlock; diffusers renames them on load (_convert_deprecated_attention_blocks).
StateDict rename_deprecated_attention(StateDict weights) {
  static const std::pair<const char*, const char*> kRenames[] = {{".query.", ".to_q."},
                                                                 {".key.", ".to_k."},
                                                                 {".value.", ".to_v."},
                                                                 {".proj_attn.", ".to_out.0."}};
  StateDict out;
  for (auto& [name, tensor] : weights) {
    std::string key = name;
    if (key.find(".mid_block.attentions.") != std::string::npos) {
      for (const auto& [from, to] : kRenames) {
        const auto at = key.rfind(from);
        if (at != std::string::npos && key.find('.', at + std::strlen(from)) == std::string::npos) {
          key.replace(at, std::strlen(from), to);
          break;
        }
      }
    }
    out[key] = std::move(tensor);
  }
  return out;
}

}  // namespace

torch::Tensor LatentDistribution::sample(const torch::Tensor& eps) const {
  if (!eps.defined() || eps.sizes() != mean.sizes())
    throw CoreError("VAE sampling noise must have the latents' shape");
  return mean + std * eps.to(mean.device(), mean.scalar_type());
}

torch::Tensor LatentDistribution::sample(at::Generator generator) const {
  const auto eps =
      torch::randn(mean.sizes(), generator,
                   torch::TensorOptions().dtype(torch::kFloat).device(generator.device()));
  return sample(eps);
}

AutoencoderKLImpl::AutoencoderKLImpl(const VaeConfig& c) : config(c) {
  config.validate();
  if (config.act_fn != "silu")
    throw CoreError("VAE act_fn \"" + config.act_fn + "\" is not supported (only silu)");
  encoder = register_module("encoder", VaeEncoder(config));
  decoder = register_module("decoder", VaeDecoder(config));
  const int64_t latent = config.latent_channels;
  quant_conv = register_module(
      "quant_conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(2 * latent, 2 * latent, 1)));
  post_quant_conv = register_module("post_quant_conv",
                                    torch::nn::Conv2d(torch::nn::Conv2dOptions(latent, latent, 1)));
}

LatentDistribution AutoencoderKLImpl::encode(const torch::Tensor& x) {
  check_input(x, config.in_channels, encoder->conv_in->weight, "input image");
  const auto moments = quant_conv(encoder(x));  // [B, 2*latent, h, w]
  const auto halves = moments.chunk(2, 1);
  LatentDistribution d;
  d.mean = halves[0];
  d.logvar = halves[1].clamp(-30.0, 20.0);
  d.std = (0.5 * d.logvar).exp();
  return d;
}

torch::Tensor AutoencoderKLImpl::decode(const torch::Tensor& z) {
  check_input(z, config.latent_channels, post_quant_conv->weight, "latents");
  return decoder(post_quant_conv(z));
}

torch::Tensor AutoencoderKLImpl::decode_tiled(const torch::Tensor& z, int64_t tile,
                                              double overlap) {
  check_input(z, config.latent_channels, post_quant_conv->weight, "latents");
  // diffusers: tile_latent_min_size = sample_size / f, tile_sample_min_size = sample_size.
  const int64_t tile_latent = tile > 0 ? tile : config.sample_size / config.downsampling_factor();
  const int64_t tile_sample = tile > 0 ? tile * config.downsampling_factor() : config.sample_size;
  const auto overlap_size = static_cast<int64_t>(static_cast<double>(tile_latent) * (1 - overlap));
  const auto blend_extent = static_cast<int64_t>(static_cast<double>(tile_sample) * overlap);
  const int64_t row_limit = tile_sample - blend_extent;
  if (!(overlap >= 0 && overlap < 1) || overlap_size < 1)
    throw CoreError("VAE tiling needs a tile of at least 1 latent pixel and an overlap in [0, 1)");

  // Overlapping tiles [B, latent, <=tile, <=tile], each decoded on its own.
  std::vector<std::vector<torch::Tensor>> rows;
  for (int64_t i = 0; i < z.size(2); i += overlap_size) {
    std::vector<torch::Tensor> row;
    for (int64_t j = 0; j < z.size(3); j += overlap_size) {
      const auto part = z.slice(2, i, i + tile_latent).slice(3, j, j + tile_latent);
      row.push_back(decoder(post_quant_conv(part)));
    }
    rows.push_back(std::move(row));
  }
  std::vector<torch::Tensor> result_rows;
  for (size_t i = 0; i < rows.size(); ++i) {
    std::vector<torch::Tensor> result_row;
    for (size_t j = 0; j < rows[i].size(); ++j) {
      const auto& current = rows[i][j];
      if (i > 0) blend(rows[i - 1][j], current, blend_extent, 2);
      if (j > 0) blend(rows[i][j - 1], current, blend_extent, 3);
      result_row.push_back(current.slice(2, 0, row_limit).slice(3, 0, row_limit));
    }
    result_rows.push_back(torch::cat(result_row, 3));
  }
  return torch::cat(result_rows, 2);
}

void AutoencoderKLImpl::set_attention_kernel(AttentionKernel kernel) {
  for (auto& block : {encoder->mid_block, decoder->mid_block})
    for (const auto& attn : *block->attentions) attn->as<Attention>()->kernel = kernel;
}

AutoencoderKL load_autoencoder_kl(const std::filesystem::path& dir, const c10::Device& device,
                                  c10::ScalarType dtype, const std::string& variant) {
  const auto config = read_vae_config(dir / "config.json");
  AutoencoderKL model(config);
  const auto weights = find_weight_files(dir, variant);
  load_state_dict(*model, rename_deprecated_attention(load_component_weights(weights)),
                  dir.string());
  model->to(device, dtype);
  model->eval();
  return model;
}

}  // namespace cds
