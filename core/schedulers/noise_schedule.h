// The training noise schedule every scheduler starts from (betas, alphas_cumprod, as each
// diffusers 0.31 scheduler's __init__ computes them in float32), plus the numpy arithmetic that
// their set_timesteps use (np.linspace / np.arange / np.round / np.interp, in double as numpy).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

#include "core/model/configs.h"
#include "core/schedulers/scheduler.h"

namespace cds {

// What rescale_betas_zero_snr does in the scheduler class at hand.
enum class ZeroSnr {
  ignored,            // PNDM has no such option
  rescale,            // DDIM, DDPM: rescale_zero_terminal_snr(betas)
  rescale_and_floor,  // Euler, EulerAncestral, DPM-Solver: also alphas_cumprod[-1] = 2**-24
};

struct NoiseSchedule {
  int64_t num_train_timesteps = 1000;
  at::Tensor betas;           // float32 [num_train_timesteps]
  at::Tensor alphas_cumprod;  // float32 cumprod(1 - betas)
};

// Defaults (1000, 0.0001, 0.02, "linear") are the same in every diffusers scheduler.
// "sigmoid" exists only in DDPMScheduler. Throws CoreError naming `scheduler_class`.
NoiseSchedule make_noise_schedule(const SchedulerConfig& config, const std::string& scheduler_class,
                                  ZeroSnr zero_snr, bool allow_sigmoid = false);

// diffusers' rescale_zero_terminal_snr (arXiv 2305.08891, Algorithm 1), float32.
at::Tensor rescale_zero_terminal_snr(const at::Tensor& betas);

// np.array(((1 - alphas_cumprod) / alphas_cumprod) ** 0.5): computed by torch in float32.
std::vector<float> train_sigmas(const at::Tensor& alphas_cumprod);
// The sigma after the last step (diffusers' final_sigmas_type): "sigma_min", the training
// schedule's first sigma sqrt((1 - acp[0]) / acp[0]) in float32, or "zero".
double final_sigma(const at::Tensor& alphas_cumprod, bool sigma_min);

// ---- configuration checks shared by the schedulers ----

[[noreturn]] void throw_unsupported(const std::string& scheduler_class, const std::string& what);
// prediction_type with the class default "epsilon", checked against `allowed`.
std::string prediction_type_of(const SchedulerConfig& config, const std::string& scheduler_class,
                               const std::vector<std::string>& allowed);

enum class TimestepSpacing { linspace, leading, trailing };
TimestepSpacing timestep_spacing_of(const SchedulerConfig& config,
                                    const std::string& scheduler_class,
                                    TimestepSpacing class_default);
void check_inference_steps(int64_t num_inference_steps, int64_t num_train_timesteps,
                           const std::string& scheduler_class);
// Throws unless set_timesteps ran and step_index is within timesteps.
void check_step_index(size_t step_index, const at::Tensor& timesteps,
                      const std::string& scheduler_class);
// randn_tensor(shape, dtype=options.dtype, device=options.device, generator) through `noise`.
at::Tensor draw_noise(const NoiseSource& noise, at::IntArrayRef shape,
                      const at::TensorOptions& options, const std::string& scheduler_class);

// ---- numpy semantics (numpy 1.24), in double ----

namespace np {
std::vector<double> linspace(double start, double stop, int64_t num);
std::vector<double> arange(double start, double stop, double step);  // float arange
double round(double x);                                              // half to even
// np.interp(x, np.arange(len(fp)), fp)
std::vector<double> interp(const std::vector<double>& x, const std::vector<double>& fp);
}  // namespace np

// DDIM / DDPM set_timesteps (descending; PNDM uses the reverse): linspace and trailing ignore
// steps_offset, leading adds it.
std::vector<int64_t> spaced_timesteps(TimestepSpacing spacing, int64_t num_train_timesteps,
                                      int64_t num_inference_steps, int64_t steps_offset);

// Euler / EulerAncestral set_timesteps: float32 timesteps (held exactly in double), descending;
// linspace is not rounded.
std::vector<double> euler_timesteps(TimestepSpacing spacing, int64_t num_train_timesteps,
                                    int64_t num_inference_steps, int64_t steps_offset);

// Karras et al. (2022) sigmas, rho 7 (diffusers' _convert_to_karras), descending.
std::vector<double> karras_sigmas(double sigma_min, double sigma_max, int64_t num_inference_steps);
// diffusers' _sigma_to_t: fractional timestep of a sigma, given log(train sigmas) in float32.
double sigma_to_t(double sigma, const std::vector<float>& log_sigmas);

// 1-D CPU tensors from host values.
at::Tensor int64_tensor(const std::vector<int64_t>& values);
at::Tensor float32_tensor(const std::vector<double>& values);  // each value rounded to float

}  // namespace cds
