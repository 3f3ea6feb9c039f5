// The samplers' names (see scheduler_names.h).
#include "core/schedulers/scheduler_names.h"

namespace cds {

const std::vector<SchedulerName>& scheduler_catalog() {
  static const std::vector<SchedulerName> catalog = {
      {"dpm++2m", "DPM++ 2M", "DPMSolverMultistepScheduler"},
      {"euler-a", "Euler a", "EulerAncestralDiscreteScheduler"},
      {"euler", "Euler", "EulerDiscreteScheduler"},
      {"ddim", "DDIM", "DDIMScheduler"},
      // PNDM without its Runge-Kutta warm-up, as Stable Diffusion configures it, is PLMS.
      {"pndm", "PLMS", "PNDMScheduler"},
      {"ddpm", "DDPM", "DDPMScheduler"},
  };
  return catalog;
}

const std::vector<std::string>& scheduler_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& s : scheduler_catalog()) out.emplace_back(s.id);
    return out;
  }();
  return names;
}

std::string scheduler_names_text() {
  std::string out;
  for (const auto& s : scheduler_catalog()) out += (out.empty() ? "" : ", ") + std::string(s.id);
  return out;
}

const SchedulerName* find_scheduler(const std::string& id) {
  for (const auto& s : scheduler_catalog())
    if (id == s.id) return &s;
  return nullptr;
}

std::string sampler_name(const std::string& id) {
  const SchedulerName* s = find_scheduler(id);
  return s ? s->sampler : id;
}

std::string scheduler_name_for_class(const std::string& class_name) {
  for (const auto& s : scheduler_catalog())
    if (class_name == s.diffusers_class) return s.id;
  return "";
}

}  // namespace cds
