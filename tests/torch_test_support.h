// For the tests that run models: the device they run on and tensor comparison across devices.
// CDS_TEST_DEVICE=cuda (scripts/gpu_check.sh) runs the golden tests on a GPU; the default is the
// processor. Golden tensors are read to the CPU and moved to that device by the tests.
#pragma once

#include <cstdlib>
#include <limits>
#include <string>

#include <gtest/gtest.h>

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

// The one place tests compare tensors. Different shapes are a test failure: broadcasting would
// otherwise compare a [4] tensor with a [1, 4] one, or a [1] with anything, and pass.
inline bool expect_same_shape(const torch::Tensor& a, const torch::Tensor& b) {
  if (a.sizes() == b.sizes()) return true;
  ADD_FAILURE() << "tensor shapes differ: " << a.sizes() << " vs " << b.sizes();
  return false;
}

// Largest element-wise difference, compared in `precision` on the CPU (either side may be on a
// GPU); infinity when the shapes differ.
inline double max_abs_diff(const torch::Tensor& a, const torch::Tensor& b,
                           torch::ScalarType precision = torch::kFloat) {
  if (!expect_same_shape(a, b)) return std::numeric_limits<double>::infinity();
  return (a.detach().to(torch::kCPU, precision) - b.detach().to(torch::kCPU, precision))
      .abs()
      .max()
      .item<double>();
}

// Mean element-wise difference (for comparisons of whole images at reduced precision).
inline double mean_abs_diff(const torch::Tensor& a, const torch::Tensor& b) {
  if (!expect_same_shape(a, b)) return std::numeric_limits<double>::infinity();
  return (a.detach().to(torch::kCPU, torch::kFloat) - b.detach().to(torch::kCPU, torch::kFloat))
      .abs()
      .mean()
      .item<double>();
}

}  // namespace cds::test
