// Training settings (see training_config.h).
#include "core/train/training_config.h"

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace cds {

namespace {
void require(bool ok, const std::string& message) {
  if (!ok) throw CoreError(message);
}
}  // namespace

void TrainingConfig::validate() const {
  require(!pretrained_model_name_or_path.empty(), "--pretrained_model_name_or_path is required");
  require(!output_dir.empty(), "--output_dir must not be empty");
  if (concepts_list.empty()) {
    require(!instance_data_dir.empty(), "--instance_data_dir is required (or --concepts_list)");
    require(!instance_prompt.empty(), "--instance_prompt is required (or --concepts_list)");
    if (with_prior_preservation) {
      require(!class_data_dir.empty(), "--with_prior_preservation needs --class_data_dir");
      require(real_prior || !class_prompt.empty(), "--with_prior_preservation needs --class_prompt");
    }
  }
  require(resolution >= 8 && resolution % 8 == 0, "--resolution must be a positive multiple of 8");
  require(train_batch_size >= 1, "--train_batch_size must be at least 1");
  require(sample_batch_size >= 1, "--sample_batch_size must be at least 1");
  require(gradient_accumulation_steps >= 1, "--gradient_accumulation_steps must be at least 1");
  require(num_train_epochs >= 1 || max_train_steps, "--num_train_epochs must be at least 1");
  require(!max_train_steps || *max_train_steps >= 1, "--max_train_steps must be at least 1");
  require(learning_rate > 0, "--learning_rate must be positive");
  require(checkpointing_steps >= 1, "--checkpointing_steps must be at least 1");
  require(validation_steps >= 1, "--validation_steps must be at least 1");
  require(num_validation_images >= 0, "--num_validation_images must not be negative");
  require(mixed_precision == "no" || mixed_precision == "fp16" || mixed_precision == "bf16",
          "--mixed_precision is no, fp16 or bf16");
  require(freeze_model == "crossattn_kv" || freeze_model == "crossattn", "--freeze_model is crossattn_kv or crossattn");
  require(attention == "plain" || attention == "efficient", "attention is plain or efficient");
  require(prior_loss_weight >= 0, "--prior_loss_weight must not be negative");
  require(max_grad_norm > 0, "--max_grad_norm must be positive");
}

nlohmann::json to_json(const TrainingConfig& c) {
  nlohmann::json j;
#define CDS_FIELD(name) j[#name] = c.name
  CDS_FIELD(pretrained_model_name_or_path); CDS_FIELD(revision); CDS_FIELD(variant);
  CDS_FIELD(instance_data_dir); CDS_FIELD(instance_prompt); CDS_FIELD(class_data_dir);
  CDS_FIELD(class_prompt); CDS_FIELD(concepts_list); CDS_FIELD(with_prior_preservation);
  CDS_FIELD(real_prior); CDS_FIELD(prior_loss_weight); CDS_FIELD(num_class_images);
  CDS_FIELD(modifier_token); CDS_FIELD(initializer_token); CDS_FIELD(freeze_model);
  CDS_FIELD(resolution); CDS_FIELD(center_crop); CDS_FIELD(hflip); CDS_FIELD(noaug);
  CDS_FIELD(train_batch_size); CDS_FIELD(sample_batch_size); CDS_FIELD(num_train_epochs);
  CDS_FIELD(gradient_accumulation_steps); CDS_FIELD(gradient_checkpointing);
  CDS_FIELD(learning_rate); CDS_FIELD(scale_lr); CDS_FIELD(lr_scheduler); CDS_FIELD(lr_warmup_steps);
  CDS_FIELD(checkpointing_steps); CDS_FIELD(resume_from_checkpoint); CDS_FIELD(validation_prompt);
  CDS_FIELD(num_validation_images); CDS_FIELD(validation_steps); CDS_FIELD(output_dir);
  CDS_FIELD(mixed_precision); CDS_FIELD(adam_beta1); CDS_FIELD(adam_beta2);
  CDS_FIELD(adam_weight_decay); CDS_FIELD(adam_epsilon); CDS_FIELD(max_grad_norm);
  CDS_FIELD(set_grads_to_none); CDS_FIELD(no_safe_serialization); CDS_FIELD(device);
  CDS_FIELD(attention); CDS_FIELD(class_image_steps);
#undef CDS_FIELD
  j["max_train_steps"] = c.max_train_steps ? nlohmann::json(*c.max_train_steps) : nlohmann::json();
  j["checkpoints_total_limit"] = c.checkpoints_total_limit ? nlohmann::json(*c.checkpoints_total_limit) : nlohmann::json();
  j["seed"] = c.seed ? nlohmann::json(*c.seed) : nlohmann::json();
  return j;
}

TrainingConfig training_config_from_json(const nlohmann::json& j) {
  TrainingConfig c;
#define CDS_FIELD(name) \
  if (j.contains(#name) && !j[#name].is_null()) j.at(#name).get_to(c.name)
  CDS_FIELD(pretrained_model_name_or_path); CDS_FIELD(revision); CDS_FIELD(variant);
  CDS_FIELD(instance_data_dir); CDS_FIELD(instance_prompt); CDS_FIELD(class_data_dir);
  CDS_FIELD(class_prompt); CDS_FIELD(concepts_list); CDS_FIELD(with_prior_preservation);
  CDS_FIELD(real_prior); CDS_FIELD(prior_loss_weight); CDS_FIELD(num_class_images);
  CDS_FIELD(modifier_token); CDS_FIELD(initializer_token); CDS_FIELD(freeze_model);
  CDS_FIELD(resolution); CDS_FIELD(center_crop); CDS_FIELD(hflip); CDS_FIELD(noaug);
  CDS_FIELD(train_batch_size); CDS_FIELD(sample_batch_size); CDS_FIELD(num_train_epochs);
  CDS_FIELD(gradient_accumulation_steps); CDS_FIELD(gradient_checkpointing);
  CDS_FIELD(learning_rate); CDS_FIELD(scale_lr); CDS_FIELD(lr_scheduler); CDS_FIELD(lr_warmup_steps);
  CDS_FIELD(checkpointing_steps); CDS_FIELD(resume_from_checkpoint); CDS_FIELD(validation_prompt);
  CDS_FIELD(num_validation_images); CDS_FIELD(validation_steps); CDS_FIELD(output_dir);
  CDS_FIELD(mixed_precision); CDS_FIELD(adam_beta1); CDS_FIELD(adam_beta2);
  CDS_FIELD(adam_weight_decay); CDS_FIELD(adam_epsilon); CDS_FIELD(max_grad_norm);
  CDS_FIELD(set_grads_to_none); CDS_FIELD(no_safe_serialization); CDS_FIELD(device);
  CDS_FIELD(attention); CDS_FIELD(class_image_steps);
#undef CDS_FIELD
  if (j.contains("max_train_steps") && !j["max_train_steps"].is_null()) c.max_train_steps = j["max_train_steps"].get<int64_t>();
  if (j.contains("checkpoints_total_limit") && !j["checkpoints_total_limit"].is_null())
    c.checkpoints_total_limit = j["checkpoints_total_limit"].get<int>();
  if (j.contains("seed") && !j["seed"].is_null()) c.seed = j["seed"].get<uint64_t>();
  return c;
}

}  // namespace cds
