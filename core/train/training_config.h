// The settings of a Custom Diffusion run, named and defaulted like the flags of diffusers'
// train_custom_diffusion.py (so `cdstudio-cli train` takes the same command lines), plus the
// few this engine adds (device, threads, attention). Saved as training_args.json.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace cds {

struct TrainingConfig {
  std::string pretrained_model_name_or_path;
  std::string revision = "main";
  std::string variant;
  // Single-file base models (issue #11): --config, --vae, --prediction_type, --use_ema.
  std::string single_file_config;  // diffusers folder or ORG/NAME: tokenizer, scheduler, configs
  std::string single_file_vae;     // a separate VAE file
  std::string prediction_type;     // "" (the model's), "epsilon" or "v_prediction"
  bool use_ema = false;            // a single file's EMA UNet weights
  std::string instance_data_dir;
  std::string instance_prompt;
  std::string class_data_dir;
  std::string class_prompt;
  std::string concepts_list;  // a JSON file: [{instance_prompt, class_prompt, instance_data_dir,
                              // class_data_dir}]
  bool with_prior_preservation = false;
  bool real_prior = false;
  double prior_loss_weight = 1.0;
  int num_class_images = 200;
  std::string modifier_token;  // "<new1>" or "<new1>+<new2>"
  std::string initializer_token = "ktn+pll+ucd";
  std::string freeze_model = "crossattn_kv";
  int resolution = 512;
  bool center_crop = false;
  bool hflip = false;
  bool noaug = false;
  int train_batch_size = 4;
  int sample_batch_size = 4;
  int num_train_epochs = 1;
  std::optional<int64_t> max_train_steps;
  int gradient_accumulation_steps = 1;
  bool gradient_checkpointing = false;
  double learning_rate = 1e-5;
  bool scale_lr = false;
  std::string lr_scheduler = "constant";
  int lr_warmup_steps = 500;
  int64_t checkpointing_steps = 250;
  std::optional<int> checkpoints_total_limit;
  std::string resume_from_checkpoint;  // "latest" or a checkpoint folder
  std::string validation_prompt;
  int num_validation_images = 2;
  int64_t validation_steps = 50;
  std::optional<uint64_t> seed;
  std::string output_dir = "custom-diffusion-model";
  std::string mixed_precision = "no";  // no | fp16 | bf16
  double adam_beta1 = 0.9;
  double adam_beta2 = 0.999;
  double adam_weight_decay = 1e-2;
  double adam_epsilon = 1e-8;
  double max_grad_norm = 1.0;
  bool set_grads_to_none = false;
  bool no_safe_serialization = false;
  bool allow_tf32 = false;  // TF32 matrix products on Ampere and newer GPUs
  // This engine's own settings.
  std::string device = "auto";  // the first GPU when one is usable, else the CPU
  std::string attention =
      "efficient";             // plain | efficient (--enable_xformers_memory_efficient_attention)
  int class_image_steps = 50;  // steps of the base model when generating class images

  void validate() const;  // throws CoreError naming the flag
};

nlohmann::json to_json(const TrainingConfig& config);
TrainingConfig training_config_from_json(const nlohmann::json& j);

}  // namespace cds
