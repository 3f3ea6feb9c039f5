// Learning-rate schedules (see lr_schedule.h); the lambdas of diffusers/optimization.py.
#include "core/train/lr_schedule.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace cds {

LrSchedule::LrSchedule(const std::string& name, int64_t warmup_steps, int64_t training_steps)
    : name_(name), warmup_(warmup_steps), total_(training_steps) {
  if (name != "constant" && name != "constant_with_warmup" && name != "linear" && name != "cosine")
    throw CoreError("unknown --lr_scheduler \"" + name +
                    "\" (constant, constant_with_warmup, linear, cosine)");
}

double LrSchedule::factor(int64_t step) const {
  // "constant" ignores the warmup steps, as diffusers' get_constant_schedule.
  if (name_ == "constant") return 1.0;
  if (step < warmup_)
    return static_cast<double>(step) / static_cast<double>(std::max<int64_t>(1, warmup_));
  if (name_ == "constant_with_warmup") return 1.0;
  if (name_ == "linear")
    return std::max(0.0, static_cast<double>(total_ - step) /
                             static_cast<double>(std::max<int64_t>(1, total_ - warmup_)));
  const double progress = static_cast<double>(step - warmup_) /
                          static_cast<double>(std::max<int64_t>(1, total_ - warmup_));
  return std::max(0.0, 0.5 * (1.0 + std::cos(M_PI * 0.5 * 2.0 * progress)));
}

}  // namespace cds
