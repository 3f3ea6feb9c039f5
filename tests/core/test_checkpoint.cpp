// Activation checkpointing (core/nn/checkpoint.h): the same gradients as running the body
// directly, and the body (with what it captures) freed with the graph, also when the graph is
// dropped without a backward pass (a non-finite loss throws before backward).
#include <memory>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/nn/checkpoint.h"
#include "tests/torch_test_support.h"

namespace cds {
namespace {

struct Block {
  torch::Tensor weight = torch::randn({4, 4}).requires_grad_(true);
  std::vector<at::Tensor> operator()(const std::vector<at::Tensor>& in) const {
    return {torch::tanh(torch::matmul(in[0], weight)) * 2};
  }
};

TEST(Checkpoint, GivesTheGradientsOfTheBodyItself) {
  torch::manual_seed(0);
  Block block;
  const auto x = torch::randn({3, 4}).requires_grad_(true);
  block(std::vector<at::Tensor>{x})[0].pow(2).sum().backward();
  const auto direct_x = x.grad().clone(), direct_w = block.weight.grad().clone();
  x.mutable_grad() = torch::Tensor();
  block.weight.mutable_grad() = torch::Tensor();
  checkpoint([&](const std::vector<at::Tensor>& in) { return block(in); }, {x})[0]
      .pow(2)
      .sum()
      .backward();
  EXPECT_LT(test::max_abs_diff(x.grad(), direct_x), 1e-6);
  EXPECT_LT(test::max_abs_diff(block.weight.grad(), direct_w), 1e-6);
}

TEST(Checkpoint, FreesTheBodyWithTheGraph) {
  torch::manual_seed(0);
  Block block;
  const auto x = torch::randn({3, 4}).requires_grad_(true);
  auto captured = std::make_shared<int>(7);
  std::weak_ptr<int> watch = captured;
  auto make_body = [&](std::shared_ptr<int> keep) {
    return [&block, keep](const std::vector<at::Tensor>& in) { return block(in); };
  };
  {
    // Dropped without backward, as when the loss is not finite.
    const auto out = checkpoint(make_body(std::move(captured)), {x});
    EXPECT_FALSE(watch.expired());
  }
  EXPECT_TRUE(watch.expired());

  captured = std::make_shared<int>(8);
  watch = captured;
  checkpoint(make_body(std::move(captured)), {x})[0].sum().backward();
  EXPECT_TRUE(watch.expired());
}

}  // namespace
}  // namespace cds
