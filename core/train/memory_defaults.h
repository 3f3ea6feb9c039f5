// The training settings the studio picks for a device before the artist changes anything: half
// precision on every graphics card (bf16 where the card computes it natively, fp16 with a loss
// scaler elsewhere) and Save memory (gradient checkpointing) on cards of 12 GiB or less, so that
// a 512 px concept with prior preservation at diffusers' README settings fits an 8 GB card.
// Plain C++: the GUI asks for it without including torch. The CLI keeps diffusers' defaults.
#pragma once

#include <string>

#include "core/devices.h"

namespace cds {

struct TrainingMemoryDefaults {
  std::string mixed_precision = "no";   // "no" | "fp16" | "bf16", as --mixed_precision
  bool gradient_checkpointing = false;  // the studio's "Save memory"
};

// Cards at or below this much memory train with Save memory by default.
constexpr int64_t kSaveMemoryCardBytes = int64_t{12} << 30;

// gpu == nullptr: the processor (float32, no checkpointing: half precision is slower there).
TrainingMemoryDefaults training_memory_defaults(const CudaDeviceInfo* gpu);

}  // namespace cds
