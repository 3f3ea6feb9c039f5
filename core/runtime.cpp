// Process-wide torch settings (see runtime.h).
#include "core/runtime.h"

#include <thread>

#include <torch/torch.h>

#include "core/devices.h"
#include "core/error.h"

namespace cds {

int init_torch_threads(int threads) {
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  at::set_num_threads(threads);
  return at::get_num_threads();
}

namespace {

// "cpu, cuda:0 (NVIDIA ..., 8.0 GiB)": what --device can be here, for error messages.
std::string available_devices() {
  std::string text = "cpu";
  for (const auto& d : list_cuda_devices()) text += ", " + d.label();
  return text;
}

}  // namespace

c10::Device parse_device(const std::string& name) {
  if (name == "auto") return c10::Device(default_device_name());
  if (name == "cpu") return c10::Device(c10::kCPU);
  if (name.rfind("cuda", 0) == 0) {
    c10::Device device(c10::kCPU);
    try {
      device = c10::Device(name);
    } catch (const c10::Error&) {
      throw CoreError("unknown device \"" + name + "\" (use cpu, cuda, cuda:N or auto)");
    }
    const auto gpus = list_cuda_devices();
    if (gpus.empty()) {
      const TorchBuildInfo build = torch_build_info();
      throw CoreError(
          "device \"" + name + "\" asked for, but " +
          (build.cuda_compiled
               ? std::string("no usable NVIDIA GPU was found (is its driver installed?)")
               : "this build's libtorch " + build.torch_version + " has no CUDA") +
          "; available: " + available_devices());
    }
    if (device.has_index() && device.index() >= static_cast<int>(gpus.size()))
      throw CoreError("device \"" + name + "\" does not exist; available: " + available_devices());
    return device;
  }
  throw CoreError("unknown device \"" + name +
                  "\" (use cpu, cuda, cuda:N or auto); available: " + available_devices());
}

void set_allow_tf32(bool allow) {
  // Both switches, explicitly: PyTorch's defaults differ (matmul off, cuDNN convolutions on), and
  // fp32 parity with the golden data needs both off.
  at::globalContext().setAllowTF32CuBLAS(allow);
  at::globalContext().setAllowTF32CuDNN(allow);
}

c10::ScalarType parse_dtype_name(const std::string& name) {
  if (name == "fp32" || name == "float32" || name == "float") return c10::kFloat;
  if (name == "fp16" || name == "float16" || name == "half") return c10::kHalf;
  if (name == "bf16" || name == "bfloat16") return c10::kBFloat16;
  throw CoreError("unknown precision \"" + name + "\" (use fp32, fp16 or bf16)");
}

void check_device_dtype(const c10::Device& device, c10::ScalarType dtype) {
  // libtorch 2.x has fp16 CPU kernels, but many are slow reference loops and fp16's range
  // overflows in the UNet without a GPU's fp32 accumulation; bf16 is the processor's half type.
  if (device.is_cpu() && dtype == c10::kHalf)
    throw CoreError("fp16 is not supported on the CPU; use bf16 (or fp32) there");
}

}  // namespace cds

namespace cds {

std::string explain_device_error(const std::exception& error, const std::string& job) {
  if (dynamic_cast<const c10::OutOfMemoryError*>(&error)) {
    std::string where = "the GPU";
    for (const auto& d : list_cuda_devices())
      if (d.index == 0) where = d.name + " (" + format_bytes(d.total_bytes) + ")";
    return job + " ran out of GPU memory on " + where +
           ". Turn on Save memory, choose bf16 precision, lower the image size or use batch size "
           "1, "
           "and close other programs that use the GPU; the last checkpoint is kept.";
  }
  if (dynamic_cast<const c10::AcceleratorError*>(&error))
    return job + " stopped: the GPU reported an error (" +
           std::string(static_cast<const c10::Error&>(error).what_without_backtrace())
               .substr(0, 200) +
           "). The card may have been reset or its driver updated; restart the studio. The last "
           "checkpoint is kept.";
  return {};
}

}  // namespace cds
