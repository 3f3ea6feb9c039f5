// The sampling-scheduler interface the pipeline drives, and the factory that builds one from a
// model's scheduler_config.json the way a diffusers pipeline switches schedulers
// (`X.from_config(pipe.scheduler.config)`, diffusers 0.31 configuration_utils.py).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

#include "core/model/configs.h"
#include "core/schedulers/scheduler_names.h"

namespace cds {

// Draws standard-normal noise of a shape (the caller owns the generator, so tests can inject
// noise). Schedulers that need no noise never call it, so an empty NoiseSource is fine there.
using NoiseSource =
    std::function<at::Tensor(at::IntArrayRef shape, const at::TensorOptions& options)>;

// A CPU mt19937 generator like torch.Generator().manual_seed(seed): draws on the CPU in the
// requested dtype, then moves to the requested device (diffusers' randn_tensor with a CPU
// generator).
NoiseSource make_noise_source(uint64_t seed);

struct SchedulerStep {
  at::Tensor prev_sample;
  at::Tensor pred_original_sample;  // undefined where the scheduler has none (PNDM, DPM-Solver)
};

class Scheduler {
 public:
  virtual ~Scheduler() = default;
  // "ddim", "pndm", "euler", "euler-a", "dpm++2m", "ddpm"
  virtual std::string name() const = 0;
  // Resets any multistep state (PNDM ets, DPM-Solver model outputs).
  virtual void set_timesteps(int64_t num_inference_steps) = 0;
  // 1-D CPU tensor, int64 (float32 for the Euler schedulers), one entry per model evaluation.
  const at::Tensor& timesteps() const { return timesteps_; }
  // 1 and the sample unchanged, except for the sigma-based (Euler) schedulers.
  virtual double init_noise_sigma() const { return 1.0; }
  virtual at::Tensor scale_model_input(const at::Tensor& sample, size_t step_index) const {
    (void)step_index;
    return sample;
  }
  // step_index replaces diffusers' timestep lookup (PNDM repeats a timestep). Steps must be
  // taken in order 0, 1, ... after set_timesteps; multistep schedulers keep their history.
  virtual SchedulerStep step(const at::Tensor& model_output, size_t step_index,
                             const at::Tensor& sample, const NoiseSource& noise) = 0;
  // "epsilon", "v_prediction" or "sample"
  const std::string& prediction_type() const { return prediction_type_; }

 protected:
  // The prediction type, checked by the subclass against what it supports.
  explicit Scheduler(std::string prediction_type) : prediction_type_(std::move(prediction_type)) {}

  std::string prediction_type_;
  at::Tensor timesteps_;  // set by set_timesteps
};

// name: ddim | pndm | euler | euler-a | dpm++2m | ddpm. Only keys present in `config` are passed
// on (what diffusers' `_use_default_values` achieves); the others take the chosen class's
// defaults, so e.g. Euler / DPM-Solver get timestep_spacing "linspace" unless the file sets it.
// Throws CoreError for an unknown name or a setting these schedulers do not implement.
std::unique_ptr<Scheduler> make_scheduler(const std::string& name, const SchedulerConfig& config);

}  // namespace cds
