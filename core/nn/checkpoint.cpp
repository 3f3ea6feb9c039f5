// Activation checkpointing (see checkpoint.h): a custom autograd function whose backward
// recomputes the body with grad enabled and back-propagates through it (torch.utils.checkpoint's
// reentrant variant), accumulating the body's parameter gradients directly.
#include "core/nn/checkpoint.h"

#include <memory>

#include <torch/torch.h>

namespace cds {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// The body travels in the autograd context's saved_data as an opaque capsule, so it lives exactly
// as long as the graph node: freed after backward, and also when the graph is dropped without
// one (a non-finite loss throws before backward). A global map of contexts leaked it there.
struct BodyHolder : torch::CustomClassHolder {
  explicit BodyHolder(std::shared_ptr<CheckpointBody> b) : body(std::move(b)) {}
  std::shared_ptr<CheckpointBody> body;
};
constexpr const char* kBodyKey = "checkpointed_body";

struct CheckpointFunction : torch::autograd::Function<CheckpointFunction> {
  // The inputs come as a TensorList: libtorch counts a std::vector<Tensor> argument as no tensor.
  static variable_list forward(AutogradContext* ctx, std::shared_ptr<CheckpointBody> body,
                               at::TensorList input_list) {
    const variable_list inputs(input_list.begin(), input_list.end());
    ctx->save_for_backward(inputs);
    ctx->saved_data[kBodyKey] = c10::IValue::make_capsule(c10::make_intrusive<BodyHolder>(body));
    torch::NoGradGuard no_grad;
    return (*body)(inputs);
  }

  static variable_list backward(AutogradContext* ctx, variable_list grad_outputs) {
    const std::shared_ptr<CheckpointBody> body =
        c10::static_intrusive_pointer_cast<BodyHolder>(ctx->saved_data.at(kBodyKey).toCapsule())
            ->body;
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
