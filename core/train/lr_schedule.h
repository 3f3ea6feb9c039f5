// Learning-rate schedules of diffusers' optimization.get_scheduler, as multipliers of the base
// rate after `step` optimizer steps: constant, constant_with_warmup, linear, cosine.
#pragma once

#include <cstdint>
#include <string>

namespace cds {

class LrSchedule {
 public:
  // Throws CoreError for an unknown name.
  LrSchedule(const std::string& name, int64_t warmup_steps, int64_t training_steps);
  double factor(int64_t step) const;
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  int64_t warmup_, total_;
};

}  // namespace cds
