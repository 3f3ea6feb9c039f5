// Process-wide torch settings and device/dtype names shared by the CLI and the GUI's workers.
#pragma once

#include <string>

#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

namespace cds {

// libtorch defaults to one intra-op thread on some VMs; use every core unless told otherwise.
// threads <= 0 means all hardware threads. Returns the number set.
int init_torch_threads(int threads = 0);

// "cpu", "cuda", "cuda:1", or "auto" (CUDA when available). Throws CoreError for anything else
// or for CUDA on a build or machine without it.
c10::Device parse_device(const std::string& name);
// "fp32"/"float32", "fp16"/"float16"/"half", "bf16"/"bfloat16". Throws CoreError otherwise.
c10::ScalarType parse_dtype_name(const std::string& name);
// float16 has no CPU matmul in libtorch 1.13: refuse it with a message that names bf16.
void check_device_dtype(const c10::Device& device, c10::ScalarType dtype);

}  // namespace cds
