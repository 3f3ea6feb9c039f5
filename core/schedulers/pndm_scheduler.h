// Pseudo numerical methods for diffusion models (Liu et al. 2022), equal to diffusers 0.31's
// PNDMScheduler (src/diffusers/schedulers/scheduling_pndm.py): PLMS when skip_prk_steps is set
// (Stable Diffusion's setting), otherwise Runge-Kutta warm-up steps first.
#pragma once

#include <vector>

#include "core/schedulers/noise_schedule.h"
#include "core/schedulers/scheduler.h"

namespace cds {

class PndmScheduler : public Scheduler {
 public:
  explicit PndmScheduler(const SchedulerConfig& config);

  std::string name() const override { return "pndm"; }
  void set_timesteps(int64_t num_inference_steps) override;
  // PRK steps (if any), then PLMS; with skip_prk_steps the second timestep repeats (21 for 20).
  SchedulerStep step(const at::Tensor& model_output, size_t step_index, const at::Tensor& sample,
                     const NoiseSource& noise) override;

 private:
  at::Tensor step_prk(const at::Tensor& model_output, int64_t timestep, const at::Tensor& sample);
  at::Tensor step_plms(const at::Tensor& model_output, int64_t timestep, const at::Tensor& sample);
  at::Tensor prev_sample(const at::Tensor& sample, int64_t timestep, int64_t prev_timestep,
                         at::Tensor model_output) const;

  static constexpr int64_t kPndmOrder = 4;

  NoiseSchedule schedule_;
  at::Tensor final_alpha_cumprod_;
  TimestepSpacing spacing_;
  int64_t steps_offset_;
  bool skip_prk_steps_;
  int64_t num_inference_steps_ = 0;
  std::vector<int64_t> prk_timesteps_;
  // Multistep state, reset by set_timesteps.
  std::vector<at::Tensor> ets_;
  int64_t counter_ = 0;
  at::Tensor cur_model_output_;  // undefined plays diffusers' integer 0
  at::Tensor cur_sample_;
};

}  // namespace cds
