// Devices and GPU memory (see devices.h). Everything goes through libtorch's device-generic
// interfaces (ATen/DeviceAccelerator.h, the CUDA hooks), so this file needs no CUDA headers and
// builds where no CUDA toolkit is installed; only the device's name comes from the CUDA runtime
// that libtorch_cuda already loaded.
#include "core/devices.h"

#include <dlfcn.h>

#include <array>
#include <cstdio>

#include <ATen/DeviceAccelerator.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/cuda.h>
#include <torch/version.h>

namespace cds {

namespace {

// cudaGetDeviceProperties fills a cudaDeviceProp whose first member has been `char name[256]`
// in every CUDA release; the buffer is far larger than the struct (about 1 KiB in CUDA 13).
std::string cuda_device_name(int index) {
  using GetProperties = int (*)(void*, int);
  auto* get = reinterpret_cast<GetProperties>(dlsym(RTLD_DEFAULT, "cudaGetDeviceProperties_v2"));
  if (!get) get = reinterpret_cast<GetProperties>(dlsym(RTLD_DEFAULT, "cudaGetDeviceProperties"));
  if (!get) return "CUDA device " + std::to_string(index);
  std::array<char, 16384> properties{};
  if (get(properties.data(), index) != 0) return "CUDA device " + std::to_string(index);
  properties[255] = '\0';
  return std::string(properties.data());
}

bool cuda_usable() {
  try {
    return torch::cuda::is_available();
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

TorchBuildInfo torch_build_info() {
  TorchBuildInfo info;
  info.torch_version = TORCH_VERSION;
  const auto& hooks = at::detail::getCUDAHooks();
  info.cuda_compiled = hooks.isBuilt();
  if (info.cuda_compiled) {
    info.cuda_runtime = hooks.versionCUDART();
    try {
      info.cudnn = hooks.versionCuDNN();
    } catch (const std::exception&) {
      info.cudnn = 0;
    }
  }
  return info;
}

std::string describe_torch_build() {
  const TorchBuildInfo info = torch_build_info();
  std::string text = "libtorch " + info.torch_version;
  if (!info.cuda_compiled) return text + ", CPU only (no CUDA compiled in)";
  text += ", CUDA " + std::to_string(info.cuda_runtime / 1000) + "." +
          std::to_string(info.cuda_runtime % 1000 / 10) + " compiled in";
  const auto devices = list_cuda_devices();
  if (devices.empty()) return text + ", no usable GPU on this machine";
  text += ", " + std::to_string(devices.size()) + (devices.size() == 1 ? " GPU: " : " GPUs: ");
  for (size_t i = 0; i < devices.size(); ++i) text += (i ? "; " : "") + devices[i].label();
  return text;
}

std::string CudaDeviceInfo::label() const {
  return "cuda:" + std::to_string(index) + " \xC2\xB7 " + name + " \xC2\xB7 " +
         format_bytes(total_bytes);
}

namespace {

std::vector<CudaDeviceInfo> probe_cuda_devices() {
  std::vector<CudaDeviceInfo> devices;
  if (!at::detail::getCUDAHooks().isBuilt() || !cuda_usable()) return devices;
  const int count = static_cast<int>(torch::cuda::device_count());
  for (int i = 0; i < count; ++i) {
    CudaDeviceInfo d;
    d.index = i;
    d.name = cuda_device_name(i);
    try {
      d.total_bytes = static_cast<int64_t>(
          at::accelerator::getMemoryInfo(static_cast<c10::DeviceIndex>(i)).second);
    } catch (const std::exception&) {
      d.total_bytes = 0;
    }
    using GetAttribute = int (*)(int*, int, int);
    if (auto* attr =
            reinterpret_cast<GetAttribute>(dlsym(RTLD_DEFAULT, "cudaDeviceGetAttribute"))) {
      attr(&d.capability_major, /*cudaDevAttrComputeCapabilityMajor=*/75, i);
      attr(&d.capability_minor, /*cudaDevAttrComputeCapabilityMinor=*/76, i);
    }
    devices.push_back(d);
  }
  return devices;
}

}  // namespace

std::vector<CudaDeviceInfo> list_cuda_devices() {
  // Probed once per process: CUDA's start-up takes a moment, and cards do not come and go while
  // we run. Every caller (messages, --version, the studio's lists) shares this one probe.
  static const std::vector<CudaDeviceInfo> devices = probe_cuda_devices();
  return devices;
}

std::string default_device_name() { return list_cuda_devices().empty() ? "cpu" : "cuda:0"; }

GpuMemory gpu_memory(int device_index) {
  GpuMemory m;
  const auto index = static_cast<c10::DeviceIndex>(device_index);
  const auto stats = at::accelerator::getDeviceStats(index);
  constexpr auto all = static_cast<size_t>(c10::CachingAllocator::StatType::AGGREGATE);
  m.allocated = stats.allocated_bytes[all].current;
  m.peak_allocated = stats.allocated_bytes[all].peak;
  m.reserved = stats.reserved_bytes[all].current;
  m.peak_reserved = stats.reserved_bytes[all].peak;
  const auto [free, total] = at::accelerator::getMemoryInfo(index);
  m.free = static_cast<int64_t>(free);
  m.total = static_cast<int64_t>(total);
  return m;
}

void reset_gpu_peak_memory(int device_index) {
  at::accelerator::resetPeakStats(static_cast<c10::DeviceIndex>(device_index));
}

void release_cached_gpu_memory() {
  if (cuda_usable()) at::accelerator::emptyCache();
}

std::string format_bytes(int64_t bytes) {
  std::array<char, 32> text{};
  const double b = static_cast<double>(bytes);
  if (b >= double(int64_t{1} << 30))
    std::snprintf(text.data(), text.size(), "%.1f GiB", b / double(int64_t{1} << 30));
  else
    std::snprintf(text.data(), text.size(), "%.0f MiB", b / double(int64_t{1} << 20));
  return text.data();
}

}  // namespace cds
