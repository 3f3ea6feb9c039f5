// Process-wide torch settings (see runtime.h).
#include "core/runtime.h"

#include <thread>

#include <torch/torch.h>

#include "core/error.h"

namespace cds {

int init_torch_threads(int threads) {
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  at::set_num_threads(threads);
  return at::get_num_threads();
}

c10::Device parse_device(const std::string& name) {
  if (name == "auto") return torch::cuda::is_available() ? c10::Device(c10::kCUDA) : c10::Device(c10::kCPU);
  if (name == "cpu") return c10::Device(c10::kCPU);
  if (name.rfind("cuda", 0) == 0) {
    c10::Device device(c10::kCPU);
    try {
      device = c10::Device(name);
    } catch (const c10::Error&) {
      throw CoreError("unknown device \"" + name + "\" (use cpu, cuda or cuda:N)");
    }
    if (!torch::cuda::is_available())
      throw CoreError("device \"" + name + "\" asked for, but this build of libtorch or this "
                      "machine has no CUDA; use --device cpu");
    return device;
  }
  throw CoreError("unknown device \"" + name + "\" (use cpu, cuda, cuda:N or auto)");
}

c10::ScalarType parse_dtype_name(const std::string& name) {
  if (name == "fp32" || name == "float32" || name == "float") return c10::kFloat;
  if (name == "fp16" || name == "float16" || name == "half") return c10::kHalf;
  if (name == "bf16" || name == "bfloat16") return c10::kBFloat16;
  throw CoreError("unknown precision \"" + name + "\" (use fp32, fp16 or bf16)");
}

void check_device_dtype(const c10::Device& device, c10::ScalarType dtype) {
  if (device.is_cpu() && dtype == c10::kHalf)
    throw CoreError("fp16 is not supported on the CPU; use bf16 (or fp32) there");
}

}  // namespace cds
