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
      require(real_prior || !class_prompt.empty(),
              "--with_prior_preservation needs --class_prompt");
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
  require(freeze_model == "crossattn_kv" || freeze_model == "crossattn",
          "--freeze_model is crossattn_kv or crossattn");
  require(attention == "plain" || attention == "efficient", "attention is plain or efficient");
  require(prior_loss_weight >= 0, "--prior_loss_weight must not be negative");
  require(max_grad_norm > 0, "--max_grad_norm must be positive");
}

// Every field, once: training_args.json and resumed runs use the same list.
// clang-format off
#define CDS_TRAINING_FIELDS(X) \
  X(pretrained_model_name_or_path) X(revision) X(variant) X(instance_data_dir)                     \
  X(instance_prompt) X(class_data_dir) X(class_prompt) X(concepts_list)                            \
  X(with_prior_preservation) X(real_prior) X(prior_loss_weight) X(num_class_images)                \
  X(modifier_token) X(initializer_token) X(freeze_model) X(resolution) X(center_crop) X(hflip)     \
  X(noaug) X(train_batch_size) X(sample_batch_size) X(num_train_epochs) X(max_train_steps)         \
  X(gradient_accumulation_steps) X(gradient_checkpointing) X(learning_rate) X(scale_lr)            \
  X(lr_scheduler) X(lr_warmup_steps) X(checkpointing_steps) X(checkpoints_total_limit)             \
  X(resume_from_checkpoint) X(validation_prompt) X(num_validation_images) X(validation_steps)      \
  X(seed) X(output_dir) X(mixed_precision) X(adam_beta1) X(adam_beta2) X(adam_weight_decay)        \
  X(adam_epsilon) X(max_grad_norm) X(set_grads_to_none) X(no_safe_serialization) X(allow_tf32)     \
  X(device) X(attention) X(class_image_steps) X(single_file_config) X(single_file_vae)          \
  X(prediction_type) X(use_ema)
// clang-format on

namespace {

template <typename T>
void put(nlohmann::json& j, const char* key, const T& value) {
  j[key] = value;
}
template <typename T>
void put(nlohmann::json& j, const char* key, const std::optional<T>& value) {
  j[key] = value ? nlohmann::json(*value) : nlohmann::json();  // null, as Python's None
}
template <typename T>
void take(const nlohmann::json& j, const char* key, T& value) {
  if (j.contains(key) && !j[key].is_null()) j.at(key).get_to(value);
}
template <typename T>
void take(const nlohmann::json& j, const char* key, std::optional<T>& value) {
  if (j.contains(key) && !j[key].is_null()) value = j.at(key).get<T>();
}

}  // namespace

nlohmann::json to_json(const TrainingConfig& c) {
  nlohmann::json j;
#define CDS_PUT(name) put(j, #name, c.name);
  CDS_TRAINING_FIELDS(CDS_PUT)
#undef CDS_PUT
  return j;
}

TrainingConfig training_config_from_json(const nlohmann::json& j) {
  TrainingConfig c;
  try {
#define CDS_TAKE(name) take(j, #name, c.name);
    CDS_TRAINING_FIELDS(CDS_TAKE)
#undef CDS_TAKE
  } catch (const nlohmann::json::exception& e) {
    throw CoreError(std::string("training settings have a value of the wrong type: ") + e.what());
  }
  return c;
}

}  // namespace cds
