// DPM-Solver / DPM-Solver++ multistep sampling (Lu et al. 2022), equal to diffusers 0.31's
// DPMSolverMultistepScheduler (src/diffusers/schedulers/scheduling_dpmsolver_multistep.py).
// Default config is DPM-Solver++ 2M; also orders 1 and 3, heun, the SDE variant of ++, Karras
// sigmas.
#pragma once

#include <optional>
#include <vector>

#include "core/schedulers/noise_schedule.h"
#include "core/schedulers/scheduler.h"

namespace cds {

class DpmSolverMultistepScheduler : public Scheduler {
 public:
  explicit DpmSolverMultistepScheduler(const SchedulerConfig& config);

  std::string name() const override { return "dpm++2m"; }
  void set_timesteps(int64_t num_inference_steps) override;
  // Only the sde-dpmsolver++ variant draws noise.
  SchedulerStep step(const at::Tensor& model_output, size_t step_index, const at::Tensor& sample,
                     const NoiseSource& noise) override;

  const at::Tensor& sigmas() const { return sigmas_; }  // float32, one more than timesteps

 private:
  enum class Algorithm { dpmsolver_pp, dpmsolver, sde_dpmsolver_pp };

  at::Tensor convert_model_output(const at::Tensor& model_output, int64_t i,
                                  const at::Tensor& sample) const;
  at::Tensor first_order_update(const at::Tensor& m0, int64_t i, const at::Tensor& sample,
                                const at::Tensor& noise) const;
  at::Tensor second_order_update(int64_t i, const at::Tensor& sample,
                                 const at::Tensor& noise) const;
  at::Tensor third_order_update(int64_t i, const at::Tensor& sample) const;
  std::vector<int64_t> spaced(int64_t num_inference_steps) const;

  NoiseSchedule schedule_;
  at::Tensor lambda_t_;  // log(alpha_t) - log(sigma_t) over the training timesteps
  TimestepSpacing spacing_;
  int64_t steps_offset_;
  int64_t solver_order_;
  Algorithm algorithm_;
  bool midpoint_;  // solver_type "midpoint", else "heun"
  bool lower_order_final_;
  bool euler_at_final_;
  bool final_sigma_min_;
  bool use_karras_sigmas_;
  double lambda_min_clipped_;
  std::optional<double> sigma_min_;
  std::optional<double> sigma_max_;
  at::Tensor sigmas_;
  // Multistep state, reset by set_timesteps: the last solver_order converted outputs.
  std::vector<at::Tensor> model_outputs_;
  int64_t lower_order_nums_ = 0;
  size_t next_step_ = 0;
};

}  // namespace cds
