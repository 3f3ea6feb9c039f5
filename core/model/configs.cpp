// Config parsing (see configs.h). Defaults are those of diffusers 0.31 and transformers 4.44.
#include "core/model/configs.h"

#include <limits>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_file.h"

namespace cds {

namespace {

// Reads key into out when present and not null; a value of the wrong type is an error
// that names the key (caught and re-thrown with the file name by the read_* functions).
// Whether `value` (a number, or an array of them) converts to integers of type I: a float
// beyond I's range converted to I is undefined behaviour (found by fuzzing: a sample_size of
// 6.4e64). Integer settings may be written as floats (256.0), so floats are not refused as such.
template <typename I>
bool fits_integer(const nlohmann::json& value) {
  if (value.is_array()) {
    for (const auto& item : value)
      if (!fits_integer<I>(item)) return false;
    return true;
  }
  if (!value.is_number_float()) return true;
  const double v = value.get<double>();
  return v >= double(std::numeric_limits<I>::min()) && v <= double(std::numeric_limits<I>::max());
}

template <typename T>
struct IntegerOf {
  using type = T;
};
template <typename T>
struct IntegerOf<std::vector<T>> {
  using type = T;
};

template <typename T>
void get(const nlohmann::json& j, const char* key, T& out) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  using Element = typename IntegerOf<T>::type;
  if constexpr (std::is_integral_v<Element> && !std::is_same_v<Element, bool>) {
    if (!fits_integer<Element>(*it))
      throw CoreError(std::string("\"") + key + "\" has a value out of range: " + it->dump());
  }
  try {
    out = it->get<T>();
  } catch (const nlohmann::json::exception&) {
    throw CoreError(std::string("\"") + key + "\" has an unexpected value " + it->dump());
  }
}

template <typename T>
void get(const nlohmann::json& j, const char* key, std::optional<T>& out) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  T value{};
  get(j, key, value);
  out = value;
}

// diffusers accepts an int or a per-block list for several UNet keys.
void get_int_or_list(const nlohmann::json& j, const char* key, std::vector<int64_t>& out) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if (it->is_number_integer()) {
    out = {it->get<int64_t>()};
    return;
  }
  get(j, key, out);
}

void require(bool ok, const std::string& what) {
  if (!ok) throw CoreError(what);
}

template <typename Config, typename Parse>
Config read_config(const std::filesystem::path& file, Parse parse) {
  const auto j = read_json_object(file);
  try {
    Config c = parse(j);
    c.validate();
    return c;
  } catch (const FileError&) {
    throw;
  } catch (const CoreError& e) {
    throw FileError(file, e.what());
  }
}

}  // namespace

// ---- CLIP text encoder ----

ClipTextConfig ClipTextConfig::sd15() {
  ClipTextConfig c;
  c.hidden_size = 768;
  c.intermediate_size = 3072;
  c.projection_dim = 768;
  c.num_attention_heads = 12;
  c.bos_token_id = 0;
  c.eos_token_id = 2;
  return c;
}

ClipTextConfig ClipTextConfig::sd21() {
  ClipTextConfig c;
  c.hidden_size = 1024;
  c.intermediate_size = 4096;
  c.projection_dim = 512;
  c.num_hidden_layers = 23;
  c.num_attention_heads = 16;
  c.hidden_act = "gelu";
  c.bos_token_id = 0;
  c.eos_token_id = 2;
  return c;
}

ClipTextConfig ClipTextConfig::from_json(const nlohmann::json& j) {
  ClipTextConfig c;
  get(j, "vocab_size", c.vocab_size);
  get(j, "hidden_size", c.hidden_size);
  get(j, "intermediate_size", c.intermediate_size);
  get(j, "projection_dim", c.projection_dim);
  get(j, "num_hidden_layers", c.num_hidden_layers);
  get(j, "num_attention_heads", c.num_attention_heads);
  get(j, "max_position_embeddings", c.max_position_embeddings);
  get(j, "hidden_act", c.hidden_act);
  get(j, "layer_norm_eps", c.layer_norm_eps);
  get(j, "pad_token_id", c.pad_token_id);
  get(j, "bos_token_id", c.bos_token_id);
  get(j, "eos_token_id", c.eos_token_id);
  return c;
}

void ClipTextConfig::validate() const {
  require(vocab_size > 0 && hidden_size > 0 && intermediate_size > 0 && num_hidden_layers > 0 &&
              max_position_embeddings > 0,
          "text encoder sizes must be positive");
  require(num_attention_heads > 0 && hidden_size % num_attention_heads == 0,
          "hidden_size " + std::to_string(hidden_size) +
              " is not divisible by num_attention_heads " + std::to_string(num_attention_heads));
  require(hidden_act == "quick_gelu" || hidden_act == "gelu",
          "hidden_act \"" + hidden_act + "\" is not supported (quick_gelu or gelu)");
}

// ---- UNet ----

UNetConfig UNetConfig::sd15() {
  UNetConfig c;
  c.cross_attention_dim = 768;
  return c;
}

UNetConfig UNetConfig::sd21() {
  UNetConfig c;
  c.cross_attention_dim = 1024;
  c.attention_head_dim = {5, 10, 20, 20};
  c.use_linear_projection = true;
  c.upcast_attention = true;
  return c;
}

UNetConfig UNetConfig::from_json(const nlohmann::json& j) {
  UNetConfig c;
  get(j, "sample_size", c.sample_size);
  get(j, "in_channels", c.in_channels);
  get(j, "out_channels", c.out_channels);
  get(j, "center_input_sample", c.center_input_sample);
  get(j, "flip_sin_to_cos", c.flip_sin_to_cos);
  get(j, "freq_shift", c.freq_shift);
  get(j, "down_block_types", c.down_block_types);
  get(j, "mid_block_type", c.mid_block_type);
  get(j, "up_block_types", c.up_block_types);
  get(j, "block_out_channels", c.block_out_channels);
  get(j, "layers_per_block", c.layers_per_block);
  get(j, "downsample_padding", c.downsample_padding);
  get(j, "mid_block_scale_factor", c.mid_block_scale_factor);
  get(j, "act_fn", c.act_fn);
  get(j, "norm_num_groups", c.norm_num_groups);
  get(j, "norm_eps", c.norm_eps);
  get(j, "cross_attention_dim", c.cross_attention_dim);
  get_int_or_list(j, "transformer_layers_per_block", c.transformer_layers_per_block);
  get_int_or_list(j, "attention_head_dim", c.attention_head_dim);
  if (j.contains("num_attention_heads") && !j["num_attention_heads"].is_null()) {
    std::vector<int64_t> heads;
    get_int_or_list(j, "num_attention_heads", heads);
    c.num_attention_heads = heads;
  }
  get(j, "use_linear_projection", c.use_linear_projection);
  get(j, "upcast_attention", c.upcast_attention);
  get(j, "only_cross_attention", c.only_cross_attention);
  get(j, "resnet_time_scale_shift", c.resnet_time_scale_shift);
  return c;
}

int64_t UNetConfig::heads(size_t down_block) const {
  // diffusers: num_attention_heads = num_attention_heads or attention_head_dim.
  const auto& v = num_attention_heads ? *num_attention_heads : attention_head_dim;
  return v.size() == 1 ? v[0] : v.at(down_block);
}

void UNetConfig::validate() const {
  const size_t n = block_out_channels.size();
  require(n > 0, "block_out_channels is empty");
  require(down_block_types.size() == n,
          "down_block_types has " + std::to_string(down_block_types.size()) +
              " entries but block_out_channels has " + std::to_string(n));
  require(up_block_types.size() == n,
          "up_block_types has " + std::to_string(up_block_types.size()) +
              " entries but block_out_channels has " + std::to_string(n));
  const auto& heads_v = num_attention_heads ? *num_attention_heads : attention_head_dim;
  require(heads_v.size() == 1 || heads_v.size() == n,
          "attention_head_dim must be one number or one per block");
  require(transformer_layers_per_block.size() == 1 || transformer_layers_per_block.size() == n,
          "transformer_layers_per_block must be one number or one per block");
  for (const auto& t : down_block_types)
    require(t == "DownBlock2D" || t == "CrossAttnDownBlock2D",
            "down block type \"" + t + "\" is not supported");
  for (const auto& t : up_block_types)
    require(t == "UpBlock2D" || t == "CrossAttnUpBlock2D",
            "up block type \"" + t + "\" is not supported");
  require(mid_block_type == "UNetMidBlock2DCrossAttn",
          "mid block type \"" + mid_block_type + "\" is not supported");
  for (int64_t c : block_out_channels)
    require(c > 0 && norm_num_groups > 0 && c % norm_num_groups == 0,
            "block_out_channels must be positive multiples of norm_num_groups");
  require(layers_per_block > 0 && in_channels > 0 && out_channels > 0 && cross_attention_dim > 0,
          "UNet sizes must be positive");
}

// ---- VAE ----

VaeConfig VaeConfig::sd15() {
  VaeConfig c;
  c.down_block_types.assign(4, "DownEncoderBlock2D");
  c.up_block_types.assign(4, "UpDecoderBlock2D");
  c.block_out_channels = {128, 256, 512, 512};
  c.layers_per_block = 2;
  c.sample_size = 512;
  return c;
}

VaeConfig VaeConfig::from_json(const nlohmann::json& j) {
  VaeConfig c;
  get(j, "in_channels", c.in_channels);
  get(j, "out_channels", c.out_channels);
  get(j, "down_block_types", c.down_block_types);
  get(j, "up_block_types", c.up_block_types);
  get(j, "block_out_channels", c.block_out_channels);
  get(j, "layers_per_block", c.layers_per_block);
  get(j, "act_fn", c.act_fn);
  get(j, "latent_channels", c.latent_channels);
  get(j, "norm_num_groups", c.norm_num_groups);
  get(j, "sample_size", c.sample_size);
  get(j, "scaling_factor", c.scaling_factor);
  get(j, "shift_factor", c.shift_factor);
  get(j, "force_upcast", c.force_upcast);
  return c;
}

void VaeConfig::validate() const {
  const size_t n = block_out_channels.size();
  require(n > 0, "block_out_channels is empty");
  require(down_block_types.size() == n && up_block_types.size() == n,
          "down_block_types and up_block_types need one entry per block_out_channels entry");
  for (const auto& t : down_block_types)
    require(t == "DownEncoderBlock2D", "VAE down block type \"" + t + "\" is not supported");
  for (const auto& t : up_block_types)
    require(t == "UpDecoderBlock2D", "VAE up block type \"" + t + "\" is not supported");
  require(latent_channels > 0 && layers_per_block > 0 && scaling_factor > 0,
          "VAE sizes and scaling_factor must be positive");
}

// ---- Scheduler ----

SchedulerConfig SchedulerConfig::sd15() {
  SchedulerConfig c;
  c.class_name = "PNDMScheduler";
  c.num_train_timesteps = 1000;
  c.beta_start = 0.00085;
  c.beta_end = 0.012;
  c.beta_schedule = "scaled_linear";
  c.steps_offset = 1;
  c.skip_prk_steps = true;
  c.set_alpha_to_one = false;
  c.clip_sample = false;
  return c;
}

SchedulerConfig SchedulerConfig::from_json(const nlohmann::json& j) {
  SchedulerConfig c;
  get(j, "_class_name", c.class_name);
  get(j, "num_train_timesteps", c.num_train_timesteps);
  get(j, "beta_start", c.beta_start);
  get(j, "beta_end", c.beta_end);
  get(j, "beta_schedule", c.beta_schedule);
  get(j, "trained_betas", c.trained_betas);
  get(j, "prediction_type", c.prediction_type);
  get(j, "steps_offset", c.steps_offset);
  get(j, "clip_sample", c.clip_sample);
  get(j, "set_alpha_to_one", c.set_alpha_to_one);
  get(j, "skip_prk_steps", c.skip_prk_steps);
  get(j, "timestep_spacing", c.timestep_spacing);
  get(j, "rescale_betas_zero_snr", c.rescale_betas_zero_snr);
  get(j, "thresholding", c.thresholding);
  get(j, "clip_sample_range", c.clip_sample_range);
  get(j, "variance_type", c.variance_type);
  get(j, "solver_order", c.solver_order);
  get(j, "algorithm_type", c.algorithm_type);
  get(j, "solver_type", c.solver_type);
  get(j, "lower_order_final", c.lower_order_final);
  get(j, "euler_at_final", c.euler_at_final);
  get(j, "final_sigmas_type", c.final_sigmas_type);
  get(j, "lambda_min_clipped", c.lambda_min_clipped);
  get(j, "use_karras_sigmas", c.use_karras_sigmas);
  get(j, "use_exponential_sigmas", c.use_exponential_sigmas);
  get(j, "use_beta_sigmas", c.use_beta_sigmas);
  get(j, "use_lu_lambdas", c.use_lu_lambdas);
  get(j, "sigma_min", c.sigma_min);
  get(j, "sigma_max", c.sigma_max);
  get(j, "interpolation_type", c.interpolation_type);
  get(j, "timestep_type", c.timestep_type);
  return c;
}

ClipTextConfig read_clip_text_config(const std::filesystem::path& file) {
  return read_config<ClipTextConfig>(file, ClipTextConfig::from_json);
}
UNetConfig read_unet_config(const std::filesystem::path& file) {
  return read_config<UNetConfig>(file, UNetConfig::from_json);
}
VaeConfig read_vae_config(const std::filesystem::path& file) {
  return read_config<VaeConfig>(file, VaeConfig::from_json);
}
SchedulerConfig read_scheduler_config(const std::filesystem::path& file) {
  const auto j = read_json_object(file);
  try {
    return SchedulerConfig::from_json(j);
  } catch (const CoreError& e) {
    throw FileError(file, e.what());
  }
}

}  // namespace cds
