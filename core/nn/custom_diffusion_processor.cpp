// Custom Diffusion attention processor (see custom_diffusion_processor.h); follows
// diffusers 0.31 CustomDiffusionAttnProcessor.__call__ line by line.
#include "core/nn/custom_diffusion_processor.h"

#include <torch/torch.h>

namespace cds {

CustomDiffusionProcessorImpl::CustomDiffusionProcessorImpl(bool kv, bool q_out, int64_t hidden,
                                                           int64_t cross_dim, bool out_bias)
    : train_kv(kv), train_q_out(q_out) {
  const int64_t context = cross_dim > 0 ? cross_dim : hidden;
  if (train_kv) {
    to_k_custom_diffusion =
        register_module("to_k_custom_diffusion",
                        torch::nn::Linear(torch::nn::LinearOptions(context, hidden).bias(false)));
    to_v_custom_diffusion =
        register_module("to_v_custom_diffusion",
                        torch::nn::Linear(torch::nn::LinearOptions(context, hidden).bias(false)));
  }
  if (train_q_out) {
    to_q_custom_diffusion =
        register_module("to_q_custom_diffusion",
                        torch::nn::Linear(torch::nn::LinearOptions(hidden, hidden).bias(false)));
    to_out_custom_diffusion = register_module("to_out_custom_diffusion", torch::nn::ModuleList());
    to_out_custom_diffusion->push_back(
        torch::nn::Linear(torch::nn::LinearOptions(hidden, hidden).bias(out_bias)));
    to_out_custom_diffusion->push_back(torch::nn::Dropout(0.0));
  }
}

std::shared_ptr<CustomDiffusionProcessorImpl> CustomDiffusionProcessorImpl::copy_of(
    AttentionImpl& attn, bool train_kv, bool train_q_out) {
  auto p = std::make_shared<CustomDiffusionProcessorImpl>(train_kv, train_q_out, attn.inner_dim(),
                                                          attn.options.cross_attention_dim,
                                                          attn.options.out_bias);
  torch::NoGradGuard no_grad;
  const auto options = attn.to_q->weight.options();
  p->to(options.device(), options.dtype().toScalarType());
  if (train_kv) {
    p->to_k_custom_diffusion->weight.copy_(attn.to_k->weight);
    p->to_v_custom_diffusion->weight.copy_(attn.to_v->weight);
  }
  if (train_q_out) {
    p->to_q_custom_diffusion->weight.copy_(attn.to_q->weight);
    auto src = attn.to_out[0]->as<torch::nn::Linear>();
    auto dst = p->to_out_custom_diffusion[0]->as<torch::nn::Linear>();
    dst->weight.copy_(src->weight);
    if (src->bias.defined() && dst->bias.defined()) dst->bias.copy_(src->bias);
  }
  return p;
}

torch::Tensor CustomDiffusionProcessorImpl::forward(AttentionImpl& attn,
                                                    const torch::Tensor& hidden,
                                                    const torch::Tensor& encoder_hidden) {
  const auto dtype = attn.to_q->weight.scalar_type();
  const auto query =
      train_q_out ? to_q_custom_diffusion(hidden).to(dtype) : attn.to_q(hidden.to(dtype));
  const bool cross = encoder_hidden.defined();
  const auto& context = cross ? encoder_hidden : hidden;
  torch::Tensor key, value;
  if (train_kv) {
    key = to_k_custom_diffusion(context.to(to_k_custom_diffusion->weight.scalar_type())).to(dtype);
    value =
        to_v_custom_diffusion(context.to(to_v_custom_diffusion->weight.scalar_type())).to(dtype);
  } else {
    key = attn.to_k(context);
    value = attn.to_v(context);
  }
  if (cross && torch::GradMode::is_enabled()) {
    // No gradient through the start-of-text token's key and value (diffusers multiplies by a
    // 0/1 mask; values are unchanged, only autograd differs, so inference skips it).
    auto detach = torch::ones_like(key);
    detach.slice(1, 0, 1).zero_();
    key = detach * key + (1 - detach) * key.detach();
    value = detach * value + (1 - detach) * value.detach();
  }
  auto out = attn.attend(attn.head_to_batch_dim(query), attn.head_to_batch_dim(key),
                         attn.head_to_batch_dim(value));
  out = attn.batch_to_head_dim(out);
  if (train_q_out) return to_out_custom_diffusion[0]->as<torch::nn::Linear>()->forward(out);
  return attn.to_out[0]->as<torch::nn::Linear>()->forward(out);
}

}  // namespace cds
