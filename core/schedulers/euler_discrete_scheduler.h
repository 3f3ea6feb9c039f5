// Euler sampler of Karras et al. (2022, Algorithm 2), equal to diffusers 0.31's
// EulerDiscreteScheduler (src/diffusers/schedulers/scheduling_euler_discrete.py) with
// s_churn = 0 (what pipelines use), linear interpolation, optional Karras sigmas.
#pragma once

#include "core/schedulers/noise_schedule.h"
#include "core/schedulers/scheduler.h"

namespace cds {

class EulerDiscreteScheduler : public Scheduler {
 public:
  explicit EulerDiscreteScheduler(const SchedulerConfig& config);

  std::string name() const override { return "euler"; }
  void set_timesteps(int64_t num_inference_steps) override;
  double init_noise_sigma() const override { return init_noise_sigma_; }
  // sample / sqrt(sigma^2 + 1)
  at::Tensor scale_model_input(const at::Tensor& sample, size_t step_index) const override;
  SchedulerStep step(const at::Tensor& model_output, size_t step_index, const at::Tensor& sample,
                     const NoiseSource& noise) override;

  const at::Tensor& sigmas() const { return sigmas_; }  // float32, one more than timesteps

 private:
  NoiseSchedule schedule_;
  TimestepSpacing spacing_;
  int64_t steps_offset_;
  bool use_karras_sigmas_;
  bool final_sigma_min_;  // final_sigmas_type "sigma_min" instead of "zero"
  std::optional<double> sigma_min_;
  std::optional<double> sigma_max_;
  at::Tensor sigmas_;
  double init_noise_sigma_ = 1.0;
};

// diffusers' init_noise_sigma property of the Euler schedulers: max(sigmas), or
// sqrt(max^2 + 1) for leading spacing, in float32.
double euler_init_noise_sigma(const at::Tensor& sigmas, TimestepSpacing spacing);
// sample / ((sigma**2 + 1) ** 0.5) with sigma = sigmas[step_index].
at::Tensor euler_scale_model_input(const at::Tensor& sample, const at::Tensor& sigmas,
                                   size_t step_index, const std::string& scheduler_class);

}  // namespace cds
