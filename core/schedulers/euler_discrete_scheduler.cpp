// EulerDiscreteScheduler (see euler_discrete_scheduler.h). Sigmas are interpolated in double
// like np.interp and stored as float32; the step keeps diffusers' 0-d float32 arithmetic.
#include "core/schedulers/euler_discrete_scheduler.h"

#include <cmath>

#include <ATen/ATen.h>

#include "core/error.h"

namespace cds {

namespace {
const char* const kClass = "EulerDiscreteScheduler";
}

double euler_init_noise_sigma(const at::Tensor& sigmas, TimestepSpacing spacing) {
  const auto max_sigma = sigmas.max();
  if (spacing == TimestepSpacing::leading) return (max_sigma.pow(2) + 1).pow(0.5).item<double>();
  return max_sigma.item<double>();
}

at::Tensor euler_scale_model_input(const at::Tensor& sample, const at::Tensor& sigmas,
                                   size_t step_index, const std::string& scheduler_class) {
  if (!sigmas.defined() || step_index + 1 >= static_cast<size_t>(sigmas.numel()))
    throw CoreError(scheduler_class +
                    ": scale_model_input needs set_timesteps and a valid step index");
  const auto sigma = sigmas[static_cast<int64_t>(step_index)];
  return sample / (sigma.pow(2) + 1).pow(0.5);
}

EulerDiscreteScheduler::EulerDiscreteScheduler(const SchedulerConfig& config)
    : Scheduler(prediction_type_of(config, kClass, {"epsilon", "v_prediction", "sample"})),
      schedule_(make_noise_schedule(config, kClass, ZeroSnr::rescale_and_floor)),
      spacing_(timestep_spacing_of(config, kClass, TimestepSpacing::linspace)),
      steps_offset_(config.steps_offset.value_or(0)),
      use_karras_sigmas_(config.use_karras_sigmas.value_or(false)),
      sigma_min_(config.sigma_min),
      sigma_max_(config.sigma_max) {
  if (config.interpolation_type.value_or("linear") != "linear")
    throw_unsupported(kClass, "interpolation_type \"" + *config.interpolation_type + "\"");
  if (config.timestep_type.value_or("discrete") != "discrete")
    throw_unsupported(kClass, "timestep_type \"" + *config.timestep_type + "\"");
  if (config.use_exponential_sigmas.value_or(false))
    throw_unsupported(kClass, "use_exponential_sigmas");
  if (config.use_beta_sigmas.value_or(false)) throw_unsupported(kClass, "use_beta_sigmas");
  const std::string final_type = config.final_sigmas_type.value_or("zero");
  if (final_type != "zero" && final_type != "sigma_min")
    throw_unsupported(kClass, "final_sigmas_type \"" + final_type + "\"");
  final_sigma_min_ = final_type == "sigma_min";
  // A sigmas table for init_noise_sigma before set_timesteps, as diffusers' __init__ builds it.
  const auto train = train_sigmas(schedule_.alphas_cumprod);
  std::vector<double> sigmas(train.rbegin(), train.rend());
  sigmas.push_back(0.0);
  sigmas_ = float32_tensor(sigmas);
  init_noise_sigma_ = euler_init_noise_sigma(sigmas_, spacing_);
}

void EulerDiscreteScheduler::set_timesteps(int64_t num_inference_steps) {
  check_inference_steps(num_inference_steps, schedule_.num_train_timesteps, kClass);
  auto timesteps =
      euler_timesteps(spacing_, schedule_.num_train_timesteps, num_inference_steps, steps_offset_);

  const auto train = train_sigmas(schedule_.alphas_cumprod);
  auto sigmas = np::interp(timesteps, std::vector<double>(train.begin(), train.end()));
  if (use_karras_sigmas_) {
    std::vector<float> log_sigmas;
    for (const float s : train) log_sigmas.push_back(std::log(s));
    sigmas = karras_sigmas(sigma_min_.value_or(sigmas.back()), sigma_max_.value_or(sigmas.front()),
                           num_inference_steps);
    timesteps.clear();
    for (const double s : sigmas)
      timesteps.push_back(static_cast<float>(sigma_to_t(s, log_sigmas)));
  }
  sigmas.push_back(final_sigma(schedule_.alphas_cumprod, final_sigma_min_));
  sigmas_ = float32_tensor(sigmas);
  timesteps_ = float32_tensor(timesteps);
  init_noise_sigma_ = euler_init_noise_sigma(sigmas_, spacing_);
}

at::Tensor EulerDiscreteScheduler::scale_model_input(const at::Tensor& sample,
                                                     size_t step_index) const {
  return euler_scale_model_input(sample, sigmas_, step_index, kClass);
}

SchedulerStep EulerDiscreteScheduler::step(const at::Tensor& model_output, size_t step_index,
                                           const at::Tensor& sample_in, const NoiseSource&) {
  check_step_index(step_index, timesteps_, kClass);
  const auto i = static_cast<int64_t>(step_index);
  // Upcast to avoid precision issues when computing prev_sample (diffusers' comment).
  const auto sample = sample_in.to(at::kFloat);
  const auto sigma = sigmas_[i];
  // s_churn = 0 makes gamma 0, so sigma_hat = sigma and the churn noise is unused; diffusers
  // still draws that noise from the generator, this port does not.
  const auto& sigma_hat = sigma;

  at::Tensor pred_original_sample;
  if (prediction_type_ == "sample") {
    pred_original_sample = model_output;
  } else if (prediction_type_ == "epsilon") {
    pred_original_sample = sample - sigma_hat * model_output;
  } else {
    pred_original_sample =
        model_output * (-sigma / (sigma.pow(2) + 1).pow(0.5)) + (sample / (sigma.pow(2) + 1));
  }
  // Convert to an ODE derivative.
  const auto derivative = (sample - pred_original_sample) / sigma_hat;
  const auto dt = sigmas_[i + 1] - sigma_hat;
  const auto prev_sample = (sample + derivative * dt).to(model_output.scalar_type());
  return {prev_sample, pred_original_sample};
}

}  // namespace cds
