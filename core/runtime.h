// Process-wide torch settings and device/dtype names shared by the CLI and the GUI's workers.
#pragma once

#include <string>

#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include "core/torch_threads.h"

namespace cds {

// "cpu", "cuda", "cuda:1", or "auto" (the first GPU when one is usable, else the CPU). Throws
// CoreError naming the available devices for anything else, or for CUDA on a build or machine
// without it.
c10::Device parse_device(const std::string& name);
// TF32 for float32 matrix products and convolutions on Ampere and newer GPUs (diffusers'
// --allow_tf32). Off keeps float32 exact; on is faster with a 10-bit mantissa.
void set_allow_tf32(bool allow);
// "fp32"/"float32", "fp16"/"float16"/"half", "bf16"/"bfloat16". Throws CoreError otherwise.
c10::ScalarType parse_dtype_name(const std::string& name);
// fp16 is for GPUs: refuse it on the CPU with a message that names bf16.
void check_device_dtype(const c10::Device& device, c10::ScalarType dtype);

// For libtorch's CUDA out-of-memory and lost-device errors, one message saying what happened and
// what to change (Save memory, bf16, a smaller size, batch 1); empty for every other error.
// `job` names what was running ("Training", "Generation").
std::string explain_device_error(const std::exception& error, const std::string& job);

}  // namespace cds
