// Stable Diffusion models with random weights, for benchmarks that must run without a download:
// the real SD v1.5 shapes ("sd15") or the tiny test shapes ("tiny", block_out_channels 32/64 as
// the golden tiny-sd model). Timings depend on shapes, not on the weights' values.
#pragma once

#include <string>

#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include "core/pipeline/stable_diffusion.h"

namespace cds::bench {

// kind: "sd15" or "tiny". The modules are randomly initialised, converted to dtype, moved to
// device and in eval mode; the tokenizer is a byte-level vocabulary without merges (the real
// CLIP vocabulary is not needed to time the networks). Throws CoreError for an unknown kind.
StableDiffusionModel make_random_model(const std::string& kind, const c10::Device& device,
                                       c10::ScalarType dtype, AttentionKernel attention);

}  // namespace cds::bench
