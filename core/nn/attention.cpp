// diffusers Attention and AttnProcessor (see attention.h). The plain path follows
// Attention.get_attention_scores: baddbmm with beta 0 and alpha = scale, softmax, bmm.
#include "core/nn/attention.h"

#include <torch/torch.h>

#include "core/nn/resnet.h"

namespace cds {

torch::Tensor attention_plain(const torch::Tensor& q, const torch::Tensor& k,
                              const torch::Tensor& v, double scale, bool upcast) {
  const auto dtype = q.scalar_type();
  const auto qq = upcast ? q.to(torch::kFloat) : q;
  const auto kk = upcast ? k.to(torch::kFloat) : k;
  const auto empty = torch::empty({qq.size(0), qq.size(1), kk.size(1)}, qq.options());
  auto scores = torch::baddbmm(empty, qq, kk.transpose(-1, -2), /*beta=*/0, /*alpha=*/scale);
  auto probs = scores.softmax(-1).to(dtype);
  return torch::bmm(probs, v);
}

torch::Tensor attention_efficient(const torch::Tensor& q, const torch::Tensor& k,
                                  const torch::Tensor& v, double scale, bool upcast) {
  // [B*H, N, D] is given to the kernel as one batch of B*H heads: [1, B*H, N, D].
  const auto dtype = q.scalar_type();
  if (upcast) {
    return at::scaled_dot_product_attention(q.to(torch::kFloat).unsqueeze(0),
                                            k.to(torch::kFloat).unsqueeze(0),
                                            v.to(torch::kFloat).unsqueeze(0), {}, 0.0, false, scale)
        .squeeze(0)
        .to(dtype);
  }
  return at::scaled_dot_product_attention(q.unsqueeze(0), k.unsqueeze(0), v.unsqueeze(0), {}, 0.0,
                                          false, scale)
      .squeeze(0);
}

torch::Tensor PlainAttentionProcessorImpl::forward(AttentionImpl& attn,
                                                   const torch::Tensor& hidden_in,
                                                   const torch::Tensor& encoder_hidden) {
  auto hidden = hidden_in;
  const auto residual = hidden_in;
  const bool spatial = hidden.dim() == 4;
  int64_t B = 0, C = 0, H = 0, W = 0;
  if (spatial) {  // [B, C, H, W] -> [B, H*W, C]
    B = hidden.size(0), C = hidden.size(1), H = hidden.size(2), W = hidden.size(3);
    hidden = hidden.view({B, C, H * W}).transpose(1, 2);
  }
  if (attn.group_norm) hidden = group_norm(attn.group_norm, hidden.transpose(1, 2)).transpose(1, 2);
  const auto query = attn.to_q(hidden);
  const auto& context = encoder_hidden.defined() ? encoder_hidden : hidden;
  const auto key = attn.to_k(context);
  const auto value = attn.to_v(context);
  auto out = attn.attend(attn.head_to_batch_dim(query), attn.head_to_batch_dim(key),
                         attn.head_to_batch_dim(value));
  out = attn.batch_to_head_dim(out);
  out = attn.to_out[0]->as<torch::nn::Linear>()->forward(out);  // to_out.1 is dropout (0 in eval)
  if (spatial) out = out.transpose(-1, -2).reshape({B, C, H, W});
  if (attn.options.residual_connection) out = out + residual;
  if (attn.options.rescale_output_factor != 1.0) out = out / attn.options.rescale_output_factor;
  return out;
}

AttentionImpl::AttentionImpl(const AttentionOptions& o) : options(o) {
  scale = 1.0 / std::sqrt(static_cast<double>(o.dim_head));
  const int64_t inner = o.heads * o.dim_head;
  const int64_t context_dim = o.cross_attention_dim > 0 ? o.cross_attention_dim : o.query_dim;
  if (o.norm_num_groups > 0)
    group_norm = register_module(
        "group_norm",
        torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.norm_num_groups, o.query_dim)
                                 .eps(o.norm_eps)
                                 .affine(true)));
  to_q = register_module(
      "to_q", torch::nn::Linear(torch::nn::LinearOptions(o.query_dim, inner).bias(o.bias)));
  to_k = register_module(
      "to_k", torch::nn::Linear(torch::nn::LinearOptions(context_dim, inner).bias(o.bias)));
  to_v = register_module(
      "to_v", torch::nn::Linear(torch::nn::LinearOptions(context_dim, inner).bias(o.bias)));
  to_out = register_module("to_out", torch::nn::ModuleList());
  to_out->push_back(
      torch::nn::Linear(torch::nn::LinearOptions(inner, o.query_dim).bias(o.out_bias)));
  to_out->push_back(torch::nn::Dropout(0.0));
  set_processor(std::make_shared<PlainAttentionProcessorImpl>());
}

void AttentionImpl::set_processor(std::shared_ptr<AttentionProcessorImpl> p) {
  if (processor)
    replace_module("processor", p);
  else
    register_module("processor", p);
  processor = std::move(p);
}

torch::Tensor AttentionImpl::head_to_batch_dim(const torch::Tensor& x) const {
  const auto B = x.size(0), N = x.size(1), heads = options.heads;
  // [B, N, H*D] -> [B, H, N, D] -> [B*H, N, D]
  return x.reshape({B, N, heads, x.size(2) / heads})
      .permute({0, 2, 1, 3})
      .reshape({B * heads, N, x.size(2) / heads});
}

torch::Tensor AttentionImpl::batch_to_head_dim(const torch::Tensor& x) const {
  const auto heads = options.heads, B = x.size(0) / heads, N = x.size(1), D = x.size(2);
  // [B*H, N, D] -> [B, H, N, D] -> [B, N, H*D]
  return x.reshape({B, heads, N, D}).permute({0, 2, 1, 3}).reshape({B, N, heads * D});
}

torch::Tensor AttentionImpl::attend(const torch::Tensor& q, const torch::Tensor& k,
                                    const torch::Tensor& v) const {
  // diffusers upcasts q and k for upcast_attention and only the scores for upcast_softmax;
  // both are float32 scores here, which is identical in float32 and more accurate in half.
  const bool upcast = options.upcast_attention || options.upcast_softmax;
  return kernel == AttentionKernel::Plain ? attention_plain(q, k, v, scale, upcast)
                                          : attention_efficient(q, k, v, scale, upcast);
}

}  // namespace cds
