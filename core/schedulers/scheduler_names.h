// The samplers (schedulers) the engine has, named once: the id the engine, the CLI and project
// files use, the name AUTOMATIC1111 writes in PNG parameters (which the studio shows too), and
// the diffusers class a model's scheduler_config.json names. Plain C++ (no torch).
#pragma once

#include <string>
#include <vector>

namespace cds {

struct SchedulerName {
  const char* id;               // "dpm++2m"
  const char* sampler;          // "DPM++ 2M": AUTOMATIC1111's name, for PNGs and people
  const char* diffusers_class;  // "DPMSolverMultistepScheduler"
};

// In the order offered to people: the fast, clean ones first.
const std::vector<SchedulerName>& scheduler_catalog();
// The ids in that order.
const std::vector<std::string>& scheduler_names();
// "dpm++2m, euler-a, euler, ddim, pndm, ddpm": for help texts and error messages.
std::string scheduler_names_text();
// nullptr for an unknown id.
const SchedulerName* find_scheduler(const std::string& id);
// AUTOMATIC1111's sampler name for an id; the id itself when unknown.
std::string sampler_name(const std::string& id);
// The id for a diffusers scheduler class name; empty when the engine has no such scheduler.
std::string scheduler_name_for_class(const std::string& class_name);

}  // namespace cds
