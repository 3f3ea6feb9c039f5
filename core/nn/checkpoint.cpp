// Activation checkpointing (see checkpoint.h): a custom autograd function whose backward
// recomputes the body with grad enabled and back-propagates through it (torch.utils.checkpoint's
// reentrant variant), accumulating the body's parameter gradients directly.
#include "core/nn/checkpoint.h"

#include <memory>
#include <mutex>
#include <unordered_map>

#include <torch/torch.h>

namespace cds {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// The body cannot live in saved_data (IValues only); it is kept here until backward.
std::mutex g_bodies_mutex;
std::unordered_map<AutogradContext*, std::shared_ptr<CheckpointBody>> g_bodies;

struct CheckpointFunction : torch::autograd::Function<CheckpointFunction> {
  // The inputs come as a TensorList: libtorch counts a std::vector<Tensor> argument as no tensor.
  static variable_list forward(AutogradContext* ctx, std::shared_ptr<CheckpointBody> body,
                               at::TensorList input_list) {
    const variable_list inputs(input_list.begin(), input_list.end());
    ctx->save_for_backward(inputs);
    {
      std::lock_guard<std::mutex> lock(g_bodies_mutex);
      g_bodies[ctx] = body;
    }
    torch::NoGradGuard no_grad;
    return (*body)(inputs);
  }

  static variable_list backward(AutogradContext* ctx, variable_list grad_outputs) {
    std::shared_ptr<CheckpointBody> body;
    {
      std::lock_guard<std::mutex> lock(g_bodies_mutex);
      auto it = g_bodies.find(ctx);
      body = it->second;
      g_bodies.erase(it);
    }
    auto saved = ctx->get_saved_variables();
    std::vector<at::Tensor> inputs;
    for (auto& x : saved) inputs.push_back(x.detach().requires_grad_(x.requires_grad()));
    std::vector<at::Tensor> outputs;
    {
      torch::AutoGradMode enable(true);
      outputs = (*body)(inputs);
    }
    std::vector<at::Tensor> roots, grads;
    for (size_t i = 0; i < outputs.size(); ++i)
      if (outputs[i].defined() && outputs[i].requires_grad() && grad_outputs[i].defined()) {
        roots.push_back(outputs[i]);
        grads.push_back(grad_outputs[i]);
      }
    if (!roots.empty()) torch::autograd::backward(roots, grads);
    variable_list result{at::Tensor()};  // the body argument has no gradient
    for (auto& x : inputs) result.push_back(x.requires_grad() ? x.grad() : at::Tensor());
    return result;
  }
};

}  // namespace

std::vector<at::Tensor> checkpoint(const CheckpointBody& body,
                                   const std::vector<at::Tensor>& inputs) {
  if (!torch::GradMode::is_enabled()) return body(inputs);
  for (const auto& x : inputs)
    TORCH_CHECK(x.defined(), "checkpointed blocks take defined tensors only");
  return CheckpointFunction::apply(std::make_shared<CheckpointBody>(body), at::TensorList(inputs));
}

}  // namespace cds
