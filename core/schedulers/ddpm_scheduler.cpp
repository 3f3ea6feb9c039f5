// DDPMScheduler (see ddpm_scheduler.h). Scalars stay 0-d float32 tensors in diffusers'
// operation order; the previous timestep is the next entry of `timesteps`, as in diffusers'
// previous_timestep once set_timesteps has run.
#include "core/schedulers/ddpm_scheduler.h"

#include <utility>

#include <ATen/ATen.h>

namespace cds {

namespace {
const char* const kClass = "DDPMScheduler";
}

DdpmScheduler::DdpmScheduler(const SchedulerConfig& config)
    : Scheduler(prediction_type_of(config, kClass, {"epsilon", "sample", "v_prediction"})),
      schedule_(make_noise_schedule(config, kClass, ZeroSnr::rescale, /*allow_sigmoid=*/true)),
      one_(at::ones({}, at::TensorOptions().dtype(at::kFloat))),
      spacing_(timestep_spacing_of(config, kClass, TimestepSpacing::leading)),
      steps_offset_(config.steps_offset.value_or(0)),
      clip_sample_(config.clip_sample.value_or(true)),
      clip_sample_range_(config.clip_sample_range.value_or(1.0)) {
  if (config.thresholding.value_or(false)) throw_unsupported(kClass, "thresholding");
  const std::string v = config.variance_type.value_or("fixed_small");
  if (v == "fixed_small")
    variance_type_ = Variance::fixed_small;
  else if (v == "fixed_small_log")
    variance_type_ = Variance::fixed_small_log;
  else if (v == "fixed_large")
    variance_type_ = Variance::fixed_large;
  else  // learned variances need a model with twice the output channels
    throw_unsupported(kClass, "variance_type \"" + v + "\"");
}

void DdpmScheduler::set_timesteps(int64_t num_inference_steps) {
  check_inference_steps(num_inference_steps, schedule_.num_train_timesteps, kClass);
  timesteps_ = int64_tensor(spaced_timesteps(spacing_, schedule_.num_train_timesteps,
                                             num_inference_steps, steps_offset_));
}

std::pair<at::Tensor, at::Tensor> DdpmScheduler::sqrt_alpha_prods(
    const at::Tensor& like, const at::Tensor& timesteps) const {
  const auto ac = schedule_.alphas_cumprod.to(like.device()).to(like.scalar_type());
  const auto t = timesteps.to(like.device()).to(at::kLong).flatten();
  const auto acp = ac.index_select(0, t);
  auto sqrt_alpha_prod = acp.pow(0.5).flatten();
  auto sqrt_one_minus_alpha_prod = (1 - acp).pow(0.5).flatten();
  while (sqrt_alpha_prod.dim() < like.dim()) sqrt_alpha_prod = sqrt_alpha_prod.unsqueeze(-1);
  while (sqrt_one_minus_alpha_prod.dim() < like.dim())
    sqrt_one_minus_alpha_prod = sqrt_one_minus_alpha_prod.unsqueeze(-1);
  return {sqrt_alpha_prod, sqrt_one_minus_alpha_prod};
}

at::Tensor DdpmScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise,
                                    const at::Tensor& timesteps) const {
  const auto [sqrt_alpha_prod, sqrt_one_minus_alpha_prod] = sqrt_alpha_prods(original, timesteps);
  return sqrt_alpha_prod * original + sqrt_one_minus_alpha_prod * noise;
}

at::Tensor DdpmScheduler::get_velocity(const at::Tensor& sample, const at::Tensor& noise,
                                       const at::Tensor& timesteps) const {
  const auto [sqrt_alpha_prod, sqrt_one_minus_alpha_prod] = sqrt_alpha_prods(sample, timesteps);
  return sqrt_alpha_prod * noise - sqrt_one_minus_alpha_prod * sample;
}

at::Tensor DdpmScheduler::alpha_prod_prev(int64_t prev_t) const {
  return prev_t >= 0 ? schedule_.alphas_cumprod[prev_t] : one_;
}

// diffusers' _get_variance; for fixed_small_log it is already the standard deviation.
at::Tensor DdpmScheduler::variance(int64_t t, int64_t prev_t) const {
  const auto alpha_prod_t = schedule_.alphas_cumprod[t];
  const auto alpha_prod_t_prev = alpha_prod_prev(prev_t);
  const auto current_beta_t = 1 - alpha_prod_t / alpha_prod_t_prev;
  // Formula (6)-(7) of the DDPM paper: the variance of the posterior q(x_{t-1} | x_t, x_0).
  auto variance = (1 - alpha_prod_t_prev) / (1 - alpha_prod_t) * current_beta_t;
  variance = variance.clamp_min(1e-20);
  if (variance_type_ == Variance::fixed_small_log) return at::exp(0.5 * at::log(variance));
  if (variance_type_ == Variance::fixed_large) return current_beta_t;
  return variance;
}

SchedulerStep DdpmScheduler::step(const at::Tensor& model_output, size_t step_index,
                                  const at::Tensor& sample, const NoiseSource& noise) {
  check_step_index(step_index, timesteps_, kClass);
  const auto i = static_cast<int64_t>(step_index);
  const int64_t t = timesteps_[i].item<int64_t>();
  const int64_t prev_t = i + 1 < timesteps_.numel() ? timesteps_[i + 1].item<int64_t>() : -1;

  const auto alpha_prod_t = schedule_.alphas_cumprod[t];
  const auto alpha_prod_t_prev = alpha_prod_prev(prev_t);
  const auto beta_prod_t = 1 - alpha_prod_t;
  const auto beta_prod_t_prev = 1 - alpha_prod_t_prev;
  const auto current_alpha_t = alpha_prod_t / alpha_prod_t_prev;
  const auto current_beta_t = 1 - current_alpha_t;

  // Formula (15) of the DDPM paper: the predicted x_0.
  at::Tensor pred_original_sample;
  if (prediction_type_ == "epsilon")
    pred_original_sample = (sample - beta_prod_t.pow(0.5) * model_output) / alpha_prod_t.pow(0.5);
  else if (prediction_type_ == "sample")
    pred_original_sample = model_output;
  else
    pred_original_sample = alpha_prod_t.pow(0.5) * sample - beta_prod_t.pow(0.5) * model_output;

  if (clip_sample_)
    pred_original_sample = pred_original_sample.clamp(-clip_sample_range_, clip_sample_range_);

  // Formula (7): the coefficients of x_0 and x_t in the posterior mean.
  const auto pred_original_sample_coeff =
      (alpha_prod_t_prev.pow(0.5) * current_beta_t) / beta_prod_t;
  const auto current_sample_coeff = current_alpha_t.pow(0.5) * beta_prod_t_prev / beta_prod_t;
  auto pred_prev_sample =
      pred_original_sample_coeff * pred_original_sample + current_sample_coeff * sample;

  if (t > 0) {
    const auto variance_noise =
        draw_noise(noise, model_output.sizes(), model_output.options(), kClass);
    const auto var = variance(t, prev_t);
    const auto scaled = variance_type_ == Variance::fixed_small_log ? var * variance_noise
                                                                    : var.pow(0.5) * variance_noise;
    pred_prev_sample = pred_prev_sample + scaled;
  }
  return {pred_prev_sample, pred_original_sample};
}

}  // namespace cds
