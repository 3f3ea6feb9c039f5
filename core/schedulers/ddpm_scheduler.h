// Denoising diffusion probabilistic models (Ho et al. 2020), equal to diffusers 0.31's
// DDPMScheduler (src/diffusers/schedulers/scheduling_ddpm.py): the training noise scheduler
// (add_noise, get_velocity) and ancestral sampling for --scheduler ddpm.
#pragma once

#include "core/schedulers/noise_schedule.h"
#include "core/schedulers/scheduler.h"

namespace cds {

class DdpmScheduler : public Scheduler {
 public:
  explicit DdpmScheduler(const SchedulerConfig& config);

  std::string name() const override { return "ddpm"; }
  void set_timesteps(int64_t num_inference_steps) override;
  // Draws noise at every step but the one at timestep 0.
  SchedulerStep step(const at::Tensor& model_output, size_t step_index, const at::Tensor& sample,
                     const NoiseSource& noise) override;

  // ---- training ----
  int64_t num_train_timesteps() const { return schedule_.num_train_timesteps; }
  const at::Tensor& betas() const { return schedule_.betas; }
  const at::Tensor& alphas_cumprod() const { return schedule_.alphas_cumprod; }  // float32, CPU
  // sqrt(acp[t]) * original + sqrt(1 - acp[t]) * noise; timesteps int64 [B], broadcast over the
  // remaining dimensions; computed in original's dtype on original's device.
  at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise,
                       const at::Tensor& timesteps) const;
  // The v-prediction target sqrt(acp[t]) * noise - sqrt(1 - acp[t]) * sample.
  at::Tensor get_velocity(const at::Tensor& sample, const at::Tensor& noise,
                          const at::Tensor& timesteps) const;

 private:
  enum class Variance { fixed_small, fixed_small_log, fixed_large };
  // sqrt(acp[t]) and sqrt(1 - acp[t]) shaped to broadcast against `like`.
  std::pair<at::Tensor, at::Tensor> sqrt_alpha_prods(const at::Tensor& like,
                                                     const at::Tensor& timesteps) const;
  at::Tensor variance(int64_t t, int64_t prev_t) const;
  at::Tensor alpha_prod_prev(int64_t prev_t) const;

  NoiseSchedule schedule_;
  at::Tensor one_;
  TimestepSpacing spacing_;
  int64_t steps_offset_;
  bool clip_sample_;
  double clip_sample_range_;
  Variance variance_type_;
};

}  // namespace cds
