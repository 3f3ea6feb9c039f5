// DDIMScheduler (see ddim_scheduler.h). Scalars stay 0-d float32 tensors and every expression
// keeps diffusers' operation order, so results round exactly as in diffusers.
#include "core/schedulers/ddim_scheduler.h"

#include <ATen/ATen.h>

namespace cds {

namespace {
const char* const kClass = "DDIMScheduler";
}

DdimScheduler::DdimScheduler(const SchedulerConfig& config, double eta)
    : Scheduler(prediction_type_of(config, kClass, {"epsilon", "sample", "v_prediction"})),
      schedule_(make_noise_schedule(config, kClass, ZeroSnr::rescale)),
      spacing_(timestep_spacing_of(config, kClass, TimestepSpacing::leading)),
      steps_offset_(config.steps_offset.value_or(0)),
      clip_sample_(config.clip_sample.value_or(true)),
      clip_sample_range_(config.clip_sample_range.value_or(1.0)),
      eta_(eta) {
  if (config.thresholding.value_or(false)) throw_unsupported(kClass, "thresholding");
  final_alpha_cumprod_ = config.set_alpha_to_one.value_or(true)
                             ? at::ones({}, at::TensorOptions().dtype(at::kFloat))
                             : schedule_.alphas_cumprod[0];
}

void DdimScheduler::set_timesteps(int64_t num_inference_steps) {
  check_inference_steps(num_inference_steps, schedule_.num_train_timesteps, kClass);
  num_inference_steps_ = num_inference_steps;
  timesteps_ = int64_tensor(spaced_timesteps(spacing_, schedule_.num_train_timesteps,
                                             num_inference_steps, steps_offset_));
}

at::Tensor DdimScheduler::alpha_prod_prev(int64_t prev_t) const {
  return prev_t >= 0 ? schedule_.alphas_cumprod[prev_t] : final_alpha_cumprod_;
}

at::Tensor DdimScheduler::variance(int64_t t, int64_t prev_t) const {
  const auto alpha_prod_t = schedule_.alphas_cumprod[t];
  const auto alpha_prod_t_prev = alpha_prod_prev(prev_t);
  const auto beta_prod_t = 1 - alpha_prod_t;
  const auto beta_prod_t_prev = 1 - alpha_prod_t_prev;
  return (beta_prod_t_prev / beta_prod_t) * (1 - alpha_prod_t / alpha_prod_t_prev);
}

SchedulerStep DdimScheduler::step(const at::Tensor& model_output, size_t step_index,
                                  const at::Tensor& sample, const NoiseSource& noise) {
  check_step_index(step_index, timesteps_, kClass);
  const int64_t t = timesteps_[static_cast<int64_t>(step_index)].item<int64_t>();
  // As in diffusers, the previous timestep is t - N // n whatever the spacing.
  const int64_t prev_t = t - schedule_.num_train_timesteps / num_inference_steps_;

  const auto alpha_prod_t = schedule_.alphas_cumprod[t];
  const auto alpha_prod_t_prev = alpha_prod_prev(prev_t);
  const auto beta_prod_t = 1 - alpha_prod_t;

  at::Tensor pred_original_sample;
  at::Tensor pred_epsilon;
  if (prediction_type_ == "epsilon") {
    pred_original_sample = (sample - beta_prod_t.pow(0.5) * model_output) / alpha_prod_t.pow(0.5);
    pred_epsilon = model_output;
  } else if (prediction_type_ == "sample") {
    pred_original_sample = model_output;
    pred_epsilon = (sample - alpha_prod_t.pow(0.5) * pred_original_sample) / beta_prod_t.pow(0.5);
  } else {
    pred_original_sample = alpha_prod_t.pow(0.5) * sample - beta_prod_t.pow(0.5) * model_output;
    pred_epsilon = alpha_prod_t.pow(0.5) * model_output + beta_prod_t.pow(0.5) * sample;
  }

  if (clip_sample_)
    pred_original_sample = pred_original_sample.clamp(-clip_sample_range_, clip_sample_range_);

  // sigma_t(eta), formula (16) of the DDIM paper.
  const auto std_dev_t = eta_ * variance(t, prev_t).pow(0.5);
  const auto pred_sample_direction =
      (1 - alpha_prod_t_prev - std_dev_t.pow(2)).pow(0.5) * pred_epsilon;
  auto prev_sample = alpha_prod_t_prev.pow(0.5) * pred_original_sample + pred_sample_direction;

  if (eta_ > 0)
    prev_sample = prev_sample + std_dev_t * draw_noise(noise, model_output.sizes(),
                                                       model_output.options(), kClass);
  return {prev_sample, pred_original_sample};
}

}  // namespace cds
