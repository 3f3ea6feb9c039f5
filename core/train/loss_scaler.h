// Dynamic loss scaling for fp16 training, as torch.amp.GradScaler (which accelerate uses for
// diffusers' --mixed_precision fp16) does it with its defaults: the loss is multiplied by the
// scale before backward so that small gradients survive the half-precision UNet; the gradients
// are divided by it before clipping. An update whose gradients hold an inf or NaN is skipped and
// the scale halves; after 2000 updates in a row without one it doubles. The scale may fall below
// 1 (GradScaler's does too): scaling stays on for the whole run once enabled.
// Plain C++ (no torch), so its arithmetic is unit-tested without a GPU.
#pragma once

#include <cstdint>

namespace cds {

class LossScaler {
 public:
  static constexpr double kInitialScale = 65536.0;  // 2^16
  static constexpr double kGrowthFactor = 2.0;
  static constexpr double kBackoffFactor = 0.5;
  static constexpr int64_t kGrowthInterval = 2000;

  LossScaler() = default;  // disabled: scale 1, every update taken
  static LossScaler enabled_scaler() {
    LossScaler s;
    s.enabled_ = true;
    s.scale_ = kInitialScale;
    return s;
  }

  bool enabled() const { return enabled_; }
  double scale() const { return scale_; }
  // Updates in a row without an overflow since the last change of the scale.
  int64_t growth_tracker() const { return growth_tracker_; }
  int64_t skipped_updates() const { return skipped_; }

  // After the gradients of one update were unscaled: `found_inf` when one was not finite (the
  // caller then skips the optimizer step). Returns whether the update may be applied.
  bool update(bool found_inf) {
    if (!enabled_) return true;
    if (found_inf) {
      scale_ *= kBackoffFactor;
      growth_tracker_ = 0;
      ++skipped_;
      return false;
    }
    if (++growth_tracker_ == kGrowthInterval) {
      scale_ *= kGrowthFactor;
      growth_tracker_ = 0;
    }
    return true;
  }

  // For checkpoints: a resumed fp16 run continues with the scale it had.
  void restore(double scale, int64_t growth_tracker, int64_t skipped) {
    enabled_ = true;
    scale_ = scale;
    growth_tracker_ = growth_tracker;
    skipped_ = skipped;
  }

 private:
  bool enabled_ = false;
  double scale_ = 1.0;
  int64_t growth_tracker_ = 0;
  int64_t skipped_ = 0;
};

}  // namespace cds
