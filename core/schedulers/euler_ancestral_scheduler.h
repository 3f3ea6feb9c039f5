// Ancestral Euler sampler (k-diffusion's sample_euler_ancestral), equal to diffusers 0.31's
// EulerAncestralDiscreteScheduler
// (src/diffusers/schedulers/scheduling_euler_ancestral_discrete.py).
#pragma once

#include "core/schedulers/noise_schedule.h"
#include "core/schedulers/scheduler.h"

namespace cds {

class EulerAncestralScheduler : public Scheduler {
 public:
  explicit EulerAncestralScheduler(const SchedulerConfig& config);

  std::string name() const override { return "euler-a"; }
  void set_timesteps(int64_t num_inference_steps) override;
  double init_noise_sigma() const override { return init_noise_sigma_; }
  at::Tensor scale_model_input(const at::Tensor& sample, size_t step_index) const override;
  // Draws one noise tensor of the sample's shape per step, the last step included.
  SchedulerStep step(const at::Tensor& model_output, size_t step_index, const at::Tensor& sample,
                     const NoiseSource& noise) override;

  const at::Tensor& sigmas() const { return sigmas_; }

 private:
  NoiseSchedule schedule_;
  TimestepSpacing spacing_;
  int64_t steps_offset_;
  at::Tensor sigmas_;
  double init_noise_sigma_ = 1.0;
};

}  // namespace cds
