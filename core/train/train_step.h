// One Custom Diffusion optimisation step, exactly as the loop body of diffusers'
// train_custom_diffusion.py: VAE-encode, DDPM noise, UNet prediction, the masked instance loss
// plus the prior loss, backward, zeroing every embedding gradient row but the modifier tokens',
// gradient-norm clipping and AdamW. The pieces are public so tests can check each stage.
#pragma once

#include <memory>
#include <vector>

#include <torch/types.h>

#include "core/pipeline/stable_diffusion.h"
#include "core/schedulers/ddpm_scheduler.h"
#include "core/train/custom_diffusion_setup.h"
#include "core/train/loss_scaler.h"

namespace torch::optim {
class AdamW;
}

namespace cds {

struct TrainStepOptions {
  double learning_rate = 1e-5;  // already scaled when --scale_lr is set
  double adam_beta1 = 0.9;
  double adam_beta2 = 0.999;
  double adam_weight_decay = 1e-2;
  double adam_epsilon = 1e-8;
  double max_grad_norm = 1.0;
  bool with_prior_preservation = false;
  double prior_loss_weight = 1.0;
  int gradient_accumulation_steps = 1;
  bool set_grads_to_none = false;
};

// A collated batch: instance examples first, then (with prior preservation) class examples.
struct TokenizedBatch {
  torch::Tensor pixel_values;  // [B, 3, R, R] in [-1, 1]
  torch::Tensor input_ids;     // [B, 77]
  torch::Tensor mask;          // [B, 1, R/f, R/f]
};

// The random draws of one step, in the script's order: the VAE sample's noise, the diffusion
// noise, the timesteps. Drawn from a seeded generator by draw(), or injected by tests.
struct StepRandom {
  torch::Tensor eps_vae;
  torch::Tensor noise;
  torch::Tensor timesteps;
};

struct StepLoss {
  torch::Tensor loss;  // scalar float32, with the prior term
  torch::Tensor loss_instance;
  torch::Tensor loss_prior;  // undefined without prior preservation
  torch::Tensor model_pred;
  torch::Tensor latents;  // scaled VAE sample
  torch::Tensor noisy_latents;
  torch::Tensor encoder_hidden_states;
};

struct ClipResult {
  double total_norm = 0;
  double coefficient = 1;  // min(1, max_norm / (total_norm + 1e-6))
};

class CustomDiffusionStep {
 public:
  // `model` must already carry the modifier tokens and processors (custom_diffusion_setup.h).
  CustomDiffusionStep(StableDiffusionModel& model, std::vector<ModifierToken> tokens,
                      NamedParameters processor_parameters, const TrainStepOptions& options);
  ~CustomDiffusionStep();

  StepRandom draw(at::Generator& generator, int64_t batch, int64_t latent_size) const;
  StepLoss forward_loss(const TokenizedBatch& batch, const StepRandom& random);
  // Backward of loss / gradient_accumulation_steps, then the embedding rows are masked.
  void backward(const StepLoss& loss);
  void mask_embedding_gradients();
  ClipResult clip_gradients();
  void optimizer_step();  // AdamW, then zero_grad (or set_to_none)

  // A whole step: returns the loss. Clipping and the optimizer run at accumulation boundaries.
  double step(const TokenizedBatch& batch, const StepRandom& random);

  torch::optim::AdamW& optimizer();
  void set_learning_rate(double lr);
  double learning_rate() const;
  const NamedParameters& processor_parameters() const { return processor_parameters_; }
  const std::vector<ModifierToken>& tokens() const { return tokens_; }
  torch::Tensor token_embedding_weight() const;
  int64_t micro_steps() const { return micro_steps_; }
  // fp16 only (core/train/loss_scaler.h); disabled, with scale 1, for fp32 and bf16.
  double loss_scale() const { return scaler_.scale(); }
  int64_t skipped_updates() const { return scaler_.skipped_updates(); }
  const LossScaler& loss_scaler() const { return scaler_; }
  void restore_loss_scaler(const LossScaler& scaler) { scaler_ = scaler; }

 private:
  StableDiffusionModel& model_;
  std::vector<ModifierToken> tokens_;
  NamedParameters processor_parameters_;
  TrainStepOptions options_;
  std::unique_ptr<DdpmScheduler> noise_scheduler_;
  std::unique_ptr<torch::optim::AdamW> optimizer_;
  int64_t micro_steps_ = 0;
  LossScaler scaler_;
  // Divides the gradients by the loss scale; false when one of them is not finite.
  bool unscale_gradients();
};

}  // namespace cds
