// make_scheduler and make_noise_source (see scheduler.h). The factory mirrors
// `X.from_config(config)` in diffusers 0.31 (configuration_utils.py): SchedulerConfig holds only
// the keys present in scheduler_config.json, so each class fills the rest with its own defaults.
#include "core/schedulers/scheduler.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>

#include "core/error.h"
#include "core/schedulers/ddim_scheduler.h"
#include "core/schedulers/ddpm_scheduler.h"
#include "core/schedulers/dpm_solver_multistep_scheduler.h"
#include "core/schedulers/euler_ancestral_scheduler.h"
#include "core/schedulers/euler_discrete_scheduler.h"
#include "core/schedulers/pndm_scheduler.h"

namespace cds {

NoiseSource make_noise_source(uint64_t seed) {
  // CPUGeneratorImpl(seed) is torch.Generator().manual_seed(seed): an mt19937 seeded with it.
  at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  return [generator](at::IntArrayRef shape, const at::TensorOptions& options) {
    // randn_tensor with a CPU generator draws on the CPU in the target dtype, then moves.
    return at::randn(shape, generator, options.device(at::kCPU)).to(options.device());
  };
}

std::unique_ptr<Scheduler> make_scheduler(const std::string& name, const SchedulerConfig& config) {
  if (name == "ddim") return std::make_unique<DdimScheduler>(config);
  if (name == "pndm") return std::make_unique<PndmScheduler>(config);
  if (name == "euler") return std::make_unique<EulerDiscreteScheduler>(config);
  if (name == "euler-a") return std::make_unique<EulerAncestralScheduler>(config);
  if (name == "dpm++2m") return std::make_unique<DpmSolverMultistepScheduler>(config);
  if (name == "ddpm") return std::make_unique<DdpmScheduler>(config);
  throw CoreError("unknown scheduler \"" + name + "\" (known: " + scheduler_names_text() + ")");
}

}  // namespace cds
