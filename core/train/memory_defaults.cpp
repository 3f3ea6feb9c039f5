// The device's default training settings (see memory_defaults.h).
#include "core/train/memory_defaults.h"

namespace cds {

TrainingMemoryDefaults training_memory_defaults(const CudaDeviceInfo* gpu) {
  TrainingMemoryDefaults d;
  if (!gpu) return d;
  // Ampere (compute capability 8.0) and later have bf16 tensor cores; bf16 needs no loss
  // scaling. Older cards (Turing, Pascal) run bf16 slowly or not at all, so fp16 with the scaler.
  d.mixed_precision = gpu->capability_major >= 8 ? "bf16" : "fp16";
  // The frozen SD v1 UNet in half precision is 1.7 GB, but the activations kept for the backward
  // pass of four 512 px pictures (batch 2 plus as many prior pictures) are several times that;
  // recomputing them per block is what brings a step under 8 GB. On a 12 GiB card the default
  // stays safe for 768 px SD v2 as well; bigger cards keep the faster path.
  // A card whose memory cannot be read (0) is treated as small.
  d.gradient_checkpointing = gpu->total_bytes <= kSaveMemoryCardBytes;
  return d;
}

}  // namespace cds
