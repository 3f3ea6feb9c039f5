// EulerAncestralScheduler (see euler_ancestral_scheduler.h): an Euler step down to sigma_down,
// then fresh noise of scale sigma_up; 0-d float32 arithmetic in diffusers' order.
#include "core/schedulers/euler_ancestral_scheduler.h"

#include <ATen/ATen.h>

#include "core/schedulers/euler_discrete_scheduler.h"

namespace cds {

namespace {
const char* const kClass = "EulerAncestralDiscreteScheduler";
}

EulerAncestralScheduler::EulerAncestralScheduler(const SchedulerConfig& config)
    // diffusers raises NotImplementedError for "sample" in step(); refuse it up front.
    : Scheduler(prediction_type_of(config, kClass, {"epsilon", "v_prediction"})),
      schedule_(make_noise_schedule(config, kClass, ZeroSnr::rescale_and_floor)),
      spacing_(timestep_spacing_of(config, kClass, TimestepSpacing::linspace)),
      steps_offset_(config.steps_offset.value_or(0)) {
  const auto train = train_sigmas(schedule_.alphas_cumprod);
  std::vector<double> sigmas(train.rbegin(), train.rend());
  sigmas.push_back(0.0);
  sigmas_ = float32_tensor(sigmas);
  init_noise_sigma_ = euler_init_noise_sigma(sigmas_, spacing_);
}

void EulerAncestralScheduler::set_timesteps(int64_t num_inference_steps) {
  check_inference_steps(num_inference_steps, schedule_.num_train_timesteps, kClass);
  const auto timesteps =
      euler_timesteps(spacing_, schedule_.num_train_timesteps, num_inference_steps, steps_offset_);
  const auto train = train_sigmas(schedule_.alphas_cumprod);
  auto sigmas = np::interp(timesteps, std::vector<double>(train.begin(), train.end()));
  sigmas.push_back(0.0);
  sigmas_ = float32_tensor(sigmas);
  timesteps_ = float32_tensor(timesteps);
  init_noise_sigma_ = euler_init_noise_sigma(sigmas_, spacing_);
}

at::Tensor EulerAncestralScheduler::scale_model_input(const at::Tensor& sample,
                                                      size_t step_index) const {
  return euler_scale_model_input(sample, sigmas_, step_index, kClass);
}

SchedulerStep EulerAncestralScheduler::step(const at::Tensor& model_output, size_t step_index,
                                            const at::Tensor& sample_in, const NoiseSource& noise) {
  check_step_index(step_index, timesteps_, kClass);
  const auto i = static_cast<int64_t>(step_index);
  const auto sigma = sigmas_[i];
  // Upcast to avoid precision issues when computing prev_sample (diffusers' comment).
  const auto sample = sample_in.to(at::kFloat);

  at::Tensor pred_original_sample;
  if (prediction_type_ == "epsilon") {
    pred_original_sample = sample - sigma * model_output;
  } else {
    pred_original_sample =
        model_output * (-sigma / (sigma.pow(2) + 1).pow(0.5)) + (sample / (sigma.pow(2) + 1));
  }

  const auto sigma_from = sigmas_[i];
  const auto sigma_to = sigmas_[i + 1];
  const auto sigma_up =
      (sigma_to.pow(2) * (sigma_from.pow(2) - sigma_to.pow(2)) / sigma_from.pow(2)).pow(0.5);
  const auto sigma_down = (sigma_to.pow(2) - sigma_up.pow(2)).pow(0.5);

  // Convert to an ODE derivative.
  const auto derivative = (sample - pred_original_sample) / sigma;
  const auto dt = sigma_down - sigma;
  auto prev_sample = sample + derivative * dt;
  prev_sample = prev_sample +
                draw_noise(noise, model_output.sizes(), model_output.options(), kClass) * sigma_up;
  return {prev_sample.to(model_output.scalar_type()), pred_original_sample};
}

}  // namespace cds
