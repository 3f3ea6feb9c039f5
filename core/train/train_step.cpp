// One Custom Diffusion step (see train_step.h), line for line with the script's loop body.
#include "core/train/train_step.h"

#include <torch/torch.h>

#include "core/error.h"

namespace cds {

CustomDiffusionStep::CustomDiffusionStep(StableDiffusionModel& model,
                                         std::vector<ModifierToken> tokens,
                                         NamedParameters processor_parameters,
                                         const TrainStepOptions& options)
    : model_(model),
      tokens_(std::move(tokens)),
      processor_parameters_(std::move(processor_parameters)),
      options_(options) {
  if (options_.gradient_accumulation_steps < 1)
    throw CoreError("gradient_accumulation_steps must be at least 1");
  noise_scheduler_ = std::make_unique<DdpmScheduler>(model_.scheduler_config);
  freeze_for_custom_diffusion(model_.text_encoder, model_.unet);
  for (auto& p : model_.vae->parameters()) p.set_requires_grad(false);
  // The script optimises the whole embedding matrix (its other rows get zero gradients and
  // so only weight decay) plus the processors' weights, in that order.
  std::vector<torch::Tensor> params;
  if (!tokens_.empty()) params.push_back(token_embedding_weight());
  for (auto& [name, p] : processor_parameters_) params.push_back(p);
  optimizer_ = std::make_unique<torch::optim::AdamW>(
      params, torch::optim::AdamWOptions(options_.learning_rate)
                  .betas({options_.adam_beta1, options_.adam_beta2})
                  .weight_decay(options_.adam_weight_decay)
                  .eps(options_.adam_epsilon));
  model_.text_encoder->train();
  model_.unet->train();
}

CustomDiffusionStep::~CustomDiffusionStep() = default;

torch::Tensor CustomDiffusionStep::token_embedding_weight() const {
  return model_.text_encoder->token_embedding()->weight;
}

torch::optim::AdamW& CustomDiffusionStep::optimizer() { return *optimizer_; }

void CustomDiffusionStep::set_learning_rate(double lr) {
  for (auto& group : optimizer_->param_groups())
    static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
}

double CustomDiffusionStep::learning_rate() const {
  return static_cast<const torch::optim::AdamWOptions&>(
             optimizer_->param_groups().front().options())
      .lr();
}

StepRandom CustomDiffusionStep::draw(at::Generator& generator, int64_t batch,
                                     int64_t latent_size) const {
  StepRandom r;
  const int64_t channels = model_.vae->config.latent_channels;
  r.eps_vae = torch::randn({batch, channels, latent_size, latent_size}, generator);
  r.noise = torch::randn({batch, channels, latent_size, latent_size}, generator);
  r.timesteps =
      torch::randint(0, noise_scheduler_->num_train_timesteps(), {batch}, generator, torch::kLong);
  return r;
}

StepLoss CustomDiffusionStep::forward_loss(const TokenizedBatch& batch, const StepRandom& random) {
  const auto device = model_.device;
  const auto dtype = model_.dtype;
  StepLoss out;
  {
    // The VAE is frozen: its encoding needs no graph.
    torch::NoGradGuard no_grad;
    const auto dist = model_.vae->encode(
        batch.pixel_values.to(device, model_.vae->post_quant_conv->weight.scalar_type()));
    out.latents = dist.sample(random.eps_vae.to(device)) * model_.vae->config.scaling_factor;
    out.latents = out.latents.to(dtype);
  }
  const auto noise = random.noise.to(device, dtype);
  const auto timesteps = random.timesteps.to(device);
  out.noisy_latents = noise_scheduler_->add_noise(out.latents, noise, timesteps);
  out.encoder_hidden_states =
      model_.text_encoder->forward(batch.input_ids.to(device)).last_hidden_state;
  out.model_pred = model_.unet->forward(out.noisy_latents, timesteps, out.encoder_hidden_states);
  const auto& prediction = noise_scheduler_->prediction_type();
  torch::Tensor target;
  if (prediction == "epsilon")
    target = noise;
  else if (prediction == "v_prediction")
    target = noise_scheduler_->get_velocity(out.latents, noise, timesteps);
  else
    throw CoreError("unknown prediction type \"" + prediction +
                    "\" in the model's scheduler config");

  auto pred = out.model_pred;
  auto mask = batch.mask.to(device, torch::kFloat);
  torch::Tensor pred_prior, target_prior;
  if (options_.with_prior_preservation) {
    auto p = pred.chunk(2);
    auto t = target.chunk(2);
    pred = p[0], pred_prior = p[1];
    target = t[0], target_prior = t[1];
    mask = mask.chunk(2)[0];
  }
  // A one-channel mask over all latent channels: the sum counts every channel, the
  // denominator only the masked pixels (so this is 4x a per-element mean, as the script's).
  const auto err = (pred.to(torch::kFloat) - target.to(torch::kFloat)).pow(2);
  out.loss_instance = ((err * mask).sum({1, 2, 3}) / mask.sum({1, 2, 3})).mean();
  out.loss = out.loss_instance;
  if (options_.with_prior_preservation) {
    out.loss_prior = (pred_prior.to(torch::kFloat) - target_prior.to(torch::kFloat)).pow(2).mean();
    out.loss = out.loss + options_.prior_loss_weight * out.loss_prior;
  }
  return out;
}

void CustomDiffusionStep::backward(const StepLoss& loss) {
  auto l = loss.loss;
  if (options_.gradient_accumulation_steps > 1) l = l / options_.gradient_accumulation_steps;
  if (scaler_.enabled()) l = l * scaler_.scale();
  l.backward();
  mask_embedding_gradients();
}

void CustomDiffusionStep::mask_embedding_gradients() {
  if (tokens_.empty()) return;
  auto grad = token_embedding_weight().grad();
  if (!grad.defined()) return;
  // Zero every row but the modifier tokens' (all of them: the script's loop skips one).
  torch::NoGradGuard no_grad;
  auto keep = torch::zeros({grad.size(0)},
                           torch::TensorOptions().dtype(torch::kBool).device(grad.device()));
  for (const auto& t : tokens_) keep[t.id] = true;
  grad.masked_fill_(keep.logical_not().unsqueeze(1), 0);
}

ClipResult CustomDiffusionStep::clip_gradients() {
  // torch.nn.utils.clip_grad_norm_ over the text encoder's and the processors' parameters.
  torch::NoGradGuard no_grad;
  std::vector<torch::Tensor> grads;
  for (auto& p : model_.text_encoder->parameters())
    if (p.grad().defined()) grads.push_back(p.grad());
  for (auto& [name, p] : processor_parameters_)
    if (p.grad().defined()) grads.push_back(p.grad());
  ClipResult r;
  if (grads.empty()) return r;
  std::vector<torch::Tensor> norms;
  for (auto& g : grads) norms.push_back(g.norm(2));
  const auto total = torch::stack(norms).norm(2);
  const auto coef = torch::clamp(options_.max_grad_norm / (total + 1e-6), c10::nullopt, 1.0);
  for (auto& g : grads) g.mul_(coef.to(g.device()));
  r.total_norm = total.item<double>();
  r.coefficient = coef.item<double>();
  return r;
}

void CustomDiffusionStep::optimizer_step() {
  optimizer_->step();
  if (options_.set_grads_to_none) {
    for (auto& group : optimizer_->param_groups())
      for (auto& p : group.params()) p.mutable_grad() = torch::Tensor();
  } else {
    optimizer_->zero_grad();
  }
}

bool CustomDiffusionStep::unscale_gradients() {
  torch::NoGradGuard no_grad;
  bool finite = true;
  auto unscale = [&](torch::Tensor& p) {
    if (!p.grad().defined()) return;
    p.mutable_grad().div_(scaler_.scale());
    finite = finite && p.grad().isfinite().all().item<bool>();
  };
  for (auto& p : model_.text_encoder->parameters()) unscale(p);
  for (auto& [name, p] : processor_parameters_) unscale(p);
  return finite;
}

double CustomDiffusionStep::step(const TokenizedBatch& batch, const StepRandom& random) {
  // fp16 scales the loss from the first step on (GradScaler's defaults, loss_scaler.h).
  if (micro_steps_ == 0 && model_.dtype == torch::kHalf && !scaler_.enabled())
    scaler_ = LossScaler::enabled_scaler();
  const auto loss = forward_loss(batch, random);
  const double value = loss.loss.item<double>();
  if (!std::isfinite(value))
    throw CoreError("the loss is not finite (" + std::to_string(value) +
                    "); lower the learning rate or use fp32");
  backward(loss);
  ++micro_steps_;
  if (micro_steps_ % options_.gradient_accumulation_steps == 0) {
    if (scaler_.enabled() && !scaler_.update(!unscale_gradients())) {
      // fp16 gradients overflowed: this update is skipped; the scale is smaller next time.
      optimizer_->zero_grad();
      return value;
    }
    clip_gradients();
    optimizer_step();
  }
  return value;
}

}  // namespace cds
