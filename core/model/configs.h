// Typed component configs read from diffusers / transformers `config.json` files. Absent keys
// take the library's defaults (diffusers' UNet2DConditionModel / AutoencoderKL __init__
// signatures, transformers' CLIPTextConfig); unknown keys are ignored; validate() explains
// what is inconsistent. Presets give the real SD v1.5 and v2.1 configurations.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace cds {

// transformers CLIPTextConfig.
struct ClipTextConfig {
  int64_t vocab_size = 49408;
  int64_t hidden_size = 512;
  int64_t intermediate_size = 2048;
  int64_t projection_dim = 512;
  int64_t num_hidden_layers = 12;
  int64_t num_attention_heads = 8;
  int64_t max_position_embeddings = 77;
  std::string hidden_act = "quick_gelu";  // "quick_gelu" or "gelu"
  double layer_norm_eps = 1e-5;
  int64_t pad_token_id = 1;
  int64_t bos_token_id = 49406;
  int64_t eos_token_id = 49407;

  static ClipTextConfig sd15();  // openai/clip-vit-large-patch14
  static ClipTextConfig
  sd21();  // OpenCLIP ViT-H/14 text tower, as in stabilityai/stable-diffusion-2-1
  static ClipTextConfig from_json(const nlohmann::json& j);
  void validate() const;  // throws CoreError
};

// diffusers UNet2DConditionModel (the parts Stable Diffusion 1.x / 2.x use).
struct UNetConfig {
  int64_t sample_size = 64;
  int64_t in_channels = 4;
  int64_t out_channels = 4;
  bool center_input_sample = false;
  bool flip_sin_to_cos = true;
  int64_t freq_shift = 0;
  std::vector<std::string> down_block_types = {"CrossAttnDownBlock2D", "CrossAttnDownBlock2D",
                                               "CrossAttnDownBlock2D", "DownBlock2D"};
  std::string mid_block_type = "UNetMidBlock2DCrossAttn";
  std::vector<std::string> up_block_types = {"UpBlock2D", "CrossAttnUpBlock2D",
                                             "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"};
  std::vector<int64_t> block_out_channels = {320, 640, 1280, 1280};
  int64_t layers_per_block = 2;
  int64_t downsample_padding = 1;
  double mid_block_scale_factor = 1.0;
  std::string act_fn = "silu";
  int64_t norm_num_groups = 32;
  double norm_eps = 1e-5;
  int64_t cross_attention_dim = 1280;
  std::vector<int64_t> transformer_layers_per_block = {
      1};  // one value per down block once resolved
  // diffusers' historic naming: `attention_head_dim` is the number of heads unless
  // `num_attention_heads` is given. Both are per down block once resolved.
  std::vector<int64_t> attention_head_dim = {8};
  std::optional<std::vector<int64_t>> num_attention_heads;
  bool use_linear_projection = false;
  bool upcast_attention = false;
  bool only_cross_attention = false;
  std::string resnet_time_scale_shift = "default";

  static UNetConfig sd15();
  static UNetConfig sd21();
  static UNetConfig from_json(const nlohmann::json& j);
  void validate() const;
  // Heads of the transformer blocks in down block i, as diffusers resolves them.
  int64_t heads(size_t down_block) const;
};

// diffusers AutoencoderKL.
struct VaeConfig {
  int64_t in_channels = 3;
  int64_t out_channels = 3;
  std::vector<std::string> down_block_types = {"DownEncoderBlock2D"};
  std::vector<std::string> up_block_types = {"UpDecoderBlock2D"};
  std::vector<int64_t> block_out_channels = {64};
  int64_t layers_per_block = 1;
  std::string act_fn = "silu";
  int64_t latent_channels = 4;
  int64_t norm_num_groups = 32;
  int64_t sample_size = 32;
  double scaling_factor = 0.18215;
  std::optional<double> shift_factor;
  bool force_upcast = true;

  static VaeConfig sd15();
  static VaeConfig from_json(const nlohmann::json& j);
  void validate() const;
  int64_t downsampling_factor() const { return int64_t{1} << (block_out_channels.size() - 1); }
};

// A scheduler_config.json. Only the keys present in the file are set; which defaults apply
// depends on the scheduler class chosen later (diffusers' `_use_default_values`).
struct SchedulerConfig {
  std::string class_name;  // "_class_name", e.g. "PNDMScheduler"
  std::optional<int64_t> num_train_timesteps;
  std::optional<double> beta_start;
  std::optional<double> beta_end;
  std::optional<std::string> beta_schedule;
  std::optional<std::vector<double>> trained_betas;
  std::optional<std::string> prediction_type;
  std::optional<int64_t> steps_offset;
  std::optional<bool> clip_sample;
  std::optional<bool> set_alpha_to_one;
  std::optional<bool> skip_prk_steps;
  std::optional<std::string> timestep_spacing;
  std::optional<bool> rescale_betas_zero_snr;
  std::optional<bool> thresholding;
  std::optional<double> clip_sample_range;
  std::optional<std::string> variance_type;  // DDPM: fixed_small...; DPM-Solver: learned...
  std::optional<int64_t> solver_order;
  std::optional<std::string> algorithm_type;
  std::optional<std::string> solver_type;
  std::optional<bool> lower_order_final;
  std::optional<bool> euler_at_final;
  std::optional<std::string> final_sigmas_type;
  std::optional<double> lambda_min_clipped;
  std::optional<bool> use_karras_sigmas;
  std::optional<bool> use_exponential_sigmas;
  std::optional<bool> use_beta_sigmas;
  std::optional<bool> use_lu_lambdas;
  std::optional<double> sigma_min;
  std::optional<double> sigma_max;
  std::optional<std::string> interpolation_type;
  std::optional<std::string> timestep_type;

  static SchedulerConfig from_json(const nlohmann::json& j);
  // The scheduler_config.json of Stable Diffusion v1.4 / v1.5 (PNDM, scaled_linear betas), for
  // models made in code (benchmarks, tests).
  static SchedulerConfig sd15();
};

// Read and parse a config file; throw FileError naming the file for missing or invalid JSON
// and for values of the wrong type (the message names the key).
ClipTextConfig read_clip_text_config(const std::filesystem::path& file);
UNetConfig read_unet_config(const std::filesystem::path& file);
VaeConfig read_vae_config(const std::filesystem::path& file);
SchedulerConfig read_scheduler_config(const std::filesystem::path& file);

}  // namespace cds
