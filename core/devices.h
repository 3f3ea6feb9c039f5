// What this build of libtorch can run on: its version, whether CUDA is compiled in, the CUDA
// devices with their names and memory, and the caching allocator's memory figures (as
// torch.cuda.memory_allocated / max_memory_allocated / mem_get_info report them).
// Plain C++ types only, so that widgets can show them without including torch.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cds {

struct TorchBuildInfo {
  std::string torch_version;  // "2.11.0"
  bool cuda_compiled = false;
  long cuda_runtime = 0;  // e.g. 13000 for CUDA 13.0; 0 without CUDA
  long cudnn = 0;         // e.g. 91900 for cuDNN 9.19; 0 without
};
TorchBuildInfo torch_build_info();
// One line for --version and the log: "libtorch 2.11.0, CUDA 13.0 compiled in, 1 GPU".
std::string describe_torch_build();

struct CudaDeviceInfo {
  int index = 0;
  std::string name;  // "NVIDIA GeForce RTX 3060"
  int64_t total_bytes = 0;
  int capability_major = 0, capability_minor = 0;
  // "cuda:0 · NVIDIA GeForce RTX 3060 · 12.0 GiB"
  std::string label() const;
};
// Empty on a build without CUDA, on a machine without a usable NVIDIA driver or GPU. Probed once
// per process.
std::vector<CudaDeviceInfo> list_cuda_devices();

// "cuda:0" when a GPU is usable, else "cpu": the default device of the studio and the CLI.
std::string default_device_name();

struct GpuMemory {
  int64_t allocated = 0;       // tensors alive now
  int64_t reserved = 0;        // held by the caching allocator (what nvidia-smi shows of us)
  int64_t peak_allocated = 0;  // since the last reset_gpu_peak_memory
  int64_t peak_reserved = 0;
  int64_t free = 0;  // on the whole card, other programs included
  int64_t total = 0;
};
GpuMemory gpu_memory(int device_index);
void reset_gpu_peak_memory(int device_index);
// Returns cached blocks to the driver (torch.cuda.empty_cache), e.g. after an out-of-memory error.
void release_cached_gpu_memory();

// Byte counts for people: "5.2 GiB", "740 MiB".
std::string format_bytes(int64_t bytes);

}  // namespace cds
