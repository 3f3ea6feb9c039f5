// For the tests that run models: the device they run on and tensor comparison across devices.
// CDS_TEST_DEVICE=cuda (scripts/gpu_check.sh) runs the golden tests on a GPU; the default is the
// processor. Golden tensors are read to the CPU and moved to that device by the tests.
#pragma once

#include <cstdlib>
#include <string>

#include <torch/torch.h>

#include "core/pipeline/stable_diffusion.h"

namespace cds::test {

inline c10::Device device() {
  const char* name = std::getenv("CDS_TEST_DEVICE");
  return c10::Device(name && *name ? name : "cpu");
}

// Float32 weights on the test device.
inline LoadOptions load_options() {
  LoadOptions options;
  options.device = device();
  return options;
}

// Every tensor of a golden file on the test device.
template <typename Map>
Map on_device(Map tensors) {
  for (auto& entry : tensors) entry.second = entry.second.to(device());
  return tensors;
}

// Largest element-wise difference, compared in float32 on the CPU (either side may be on a GPU).
inline double max_abs_diff(const torch::Tensor& a, const torch::Tensor& b) {
  return (a.detach().to(torch::kCPU, torch::kFloat) - b.detach().to(torch::kCPU, torch::kFloat))
      .abs()
      .max()
      .item<double>();
}

}  // namespace cds::test
