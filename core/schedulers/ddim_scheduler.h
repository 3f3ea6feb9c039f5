// DDIM sampling (Song et al. 2020), equal to diffusers 0.31's DDIMScheduler
// (src/diffusers/schedulers/scheduling_ddim.py) for eta >= 0 without dynamic thresholding.
#pragma once

#include "core/schedulers/noise_schedule.h"
#include "core/schedulers/scheduler.h"

namespace cds {

class DdimScheduler : public Scheduler {
 public:
  // eta is a step() argument in diffusers (the pipeline's `eta`, default 0); here it is fixed
  // at construction.
  explicit DdimScheduler(const SchedulerConfig& config, double eta = 0.0);

  std::string name() const override { return "ddim"; }
  void set_timesteps(int64_t num_inference_steps) override;
  SchedulerStep step(const at::Tensor& model_output, size_t step_index, const at::Tensor& sample,
                     const NoiseSource& noise) override;

  const at::Tensor& alphas_cumprod() const { return schedule_.alphas_cumprod; }

 private:
  at::Tensor variance(int64_t t, int64_t prev_t) const;
  at::Tensor alpha_prod_prev(int64_t prev_t) const;

  NoiseSchedule schedule_;
  at::Tensor final_alpha_cumprod_;
  TimestepSpacing spacing_;
  int64_t steps_offset_;
  bool clip_sample_;
  double clip_sample_range_;
  double eta_;
  int64_t num_inference_steps_ = 0;
};

}  // namespace cds
