// A project's training run (see project_run.h).
#include "core/project/project_run.h"

#include <algorithm>
#include <cstdio>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

std::string join(const std::vector<std::string>& parts, char separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? std::string(1, separator) : "") + parts[i];
  return out;
}

// "<new1>": one word in angle brackets, no spaces and no "+" (the script's separator).
bool looks_like_token(const std::string& token) {
  return token.size() >= 3 && token.front() == '<' && token.back() == '>' &&
         token.find_first_of(" \t+") == std::string::npos;
}

}  // namespace

std::vector<std::string> project_training_problems(const StudioProject& p) {
  std::vector<std::string> problems;
  if (p.model.empty()) problems.push_back("The project names no base model.");
  const auto& concepts = p.training.concepts;
  bool any_source = false;
  for (size_t k = 0; k < concepts.size(); ++k) {
    const ProjectConcept& c = concepts[k];
    const std::string which = "Concept " + std::to_string(k + 1);
    if (c.images.empty()) problems.push_back(which + " has no photos.");
    if (!looks_like_token(c.modifier_token))
      problems.push_back(which + "'s new word \"" + c.modifier_token +
                         "\" must look like <new1>: one word in angle brackets.");
    for (size_t other = 0; other < k; ++other)
      if (concepts[other].modifier_token == c.modifier_token)
        problems.push_back(which + " uses the word " + c.modifier_token + " of concept " +
                           std::to_string(other + 1) + "; each concept needs its own.");
    any_source = any_source || c.class_source != ClassImageSource::None;
  }
  if (any_source && !p.training.prior_preservation())
    problems.push_back(
        "Class pictures are set for some concepts but not all: choose them for every concept, "
        "or for none.");
  if (p.training.resolution <= 0 || p.training.resolution % 8 != 0)
    problems.push_back("The image size (" + std::to_string(p.training.resolution) +
                       ") must be a positive multiple of 8.");
  return problems;
}

TrainingConfig training_config_for_project(const StudioProject& p,
                                           const std::string& concepts_list) {
  const ProjectTraining& s = p.training;
  TrainingConfig c;
  c.pretrained_model_name_or_path = p.model;
  c.prediction_type = p.prediction_type;
  c.single_file_config = p.single_file_config;
  c.single_file_vae = p.single_file_vae;
  c.concepts_list = concepts_list;
  // The studio fills every class folder in retrieve.py's layout before training (the
  // Regularization page, or the class-picture jobs at Start), so they are read as --real_prior.
  c.with_prior_preservation = s.prior_preservation();
  c.real_prior = c.with_prior_preservation;
  c.prior_loss_weight = s.prior_weight;
  int class_images = 1;
  std::vector<std::string> tokens, initializers;
  for (const ProjectConcept& concept : s.concepts) {
    class_images = std::max(class_images, concept.num_class_images);
    tokens.push_back(concept.modifier_token);
    initializers.push_back(concept.initializer_token);
  }
  c.num_class_images = class_images;
  c.modifier_token = join(tokens, '+');
  c.initializer_token = join(initializers, '+');
  c.freeze_model = s.freeze_mode;
  c.resolution = s.resolution;
  c.center_crop = s.center_crop;
  c.hflip = s.hflip;
  c.noaug = s.no_augmentation;
  c.train_batch_size = s.batch_size;
  c.sample_batch_size = std::max(1, s.batch_size);
  c.max_train_steps = s.steps;
  c.gradient_accumulation_steps = s.gradient_accumulation;
  c.learning_rate = s.learning_rate;
  c.lr_scheduler = s.lr_scheduler;
  c.lr_warmup_steps = s.warmup_steps;
  c.checkpointing_steps = std::max(1, s.checkpoint_every);
  c.resume_from_checkpoint = s.resume ? "latest" : "";
  c.validation_prompt = s.validation_prompt.empty() && !s.concepts.empty()
                            ? s.concepts.front().effective_instance_prompt()
                            : s.validation_prompt;
  c.gradient_checkpointing = s.gradient_checkpointing;
  c.num_validation_images = s.validation_images;
  c.validation_steps = std::max(1, s.validation_every);
  c.seed = static_cast<uint64_t>(s.seed);  // the same seed every time, so previews compare
  c.output_dir = s.output_dir;
  c.mixed_precision = s.precision == "bf16" || s.precision == "fp16" ? s.precision : "no";
  c.device = s.device;
  return c;
}

TrainingConfig prepare_project_run(const StudioProject& p) {
  const ProjectTraining& s = p.training;
  if (s.output_dir.empty()) throw CoreError("The project names no output folder.");
  const fs::path out = s.output_dir;
  const fs::path instance_root = out / "instance-images";
  std::error_code ec;
  fs::create_directories(instance_root, ec);
  if (ec) throw FileError(instance_root, "cannot create the folder: " + ec.message());
  nlohmann::json concepts_list = nlohmann::json::array();
  for (size_t k = 0; k < s.concepts.size(); ++k) {
    const ProjectConcept& concept = s.concepts[k];
    const fs::path folder = instance_root / std::to_string(k + 1);
    // A fresh copy each run: photos removed from the concept must not stay in training.
    fs::remove_all(folder, ec);
    if (ec) throw FileError(folder, "cannot empty the folder: " + ec.message());
    fs::create_directories(folder, ec);
    if (ec) throw FileError(folder, "cannot create the folder: " + ec.message());
    int index = 0;
    for (const std::string& image : concept.images) {
      char prefix[16];
      std::snprintf(prefix, sizeof prefix, "%02d-", index++);
      const fs::path target = folder / (prefix + fs::path(image).filename().string());
      fs::copy_file(image, target, fs::copy_options::overwrite_existing, ec);
      if (ec)
        throw FileError(image, "cannot copy it into the training folder " + folder.string() + ": " +
                                   ec.message());
    }
    concepts_list.push_back({{"instance_prompt", concept.effective_instance_prompt()},
                             {"class_prompt", concept.effective_class_prompt()},
                             {"instance_data_dir", fs::absolute(folder).string()},
                             {"class_data_dir", concept.class_data_dir}});
  }
  // The script's --concepts_list format, so the run can be repeated from the command line.
  const fs::path concepts_file = out / "concepts_list.json";
  write_file_atomically(concepts_file, concepts_list.dump(2) + "\n");
  return training_config_for_project(p, concepts_file.string());
}

}  // namespace cds
