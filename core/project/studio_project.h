// A studio project (.cdproj): everything set on the studio's pages (the base model, the
// concepts with their photos and class-picture sources, the training and generation settings),
// as versioned JSON. The one reader and writer of the format: the studio converts its pages to
// and from it, and `cdstudio-cli train --project` reads it. Older versions are migrated on load.
// Plain C++ (no Qt, no torch).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/error.h"

namespace cds {

// Where a concept's ordinary class pictures (prior preservation, "regularization") come from.
// All sources fill the same kind of folder, retrieve.py's layout (images/, caption.txt,
// urls.txt, images.txt), which training reads as --real_prior does.
enum class ClassImageSource { None, Fetch, Openverse, Generate, Folder };
// "none", "fetch", "openverse", "generate", "folder" (the project file's names).
const char* class_image_source_name(ClassImageSource source);
// Unknown names read as None.
ClassImageSource class_image_source_from_name(const std::string& name);

struct ProjectConcept {
  std::string kind = "object";  // object | pet | face | style: the preset
  std::string class_name = "toy";
  std::vector<std::string> images;
  std::string modifier_token = "<new1>";
  std::string initializer_token = "ktn";
  std::string instance_prompt;  // empty: "photo of a <token> <class>"
  std::string class_prompt;     // empty: "photo of a <class>"
  ClassImageSource class_source = ClassImageSource::None;
  int num_class_images = 200;
  std::string retrieval_server;  // a clip-retrieval knn-service URL (Fetch)
  std::string source_folder;     // the person's own folder of class pictures (Folder)
  std::string class_data_dir;    // the filled folder; empty: chosen when first needed

  std::string effective_instance_prompt() const;
  std::string effective_class_prompt() const;
};

// The Train page's settings with the concepts.
struct ProjectTraining {
  std::string output_dir;
  std::vector<ProjectConcept> concepts{ProjectConcept()};
  int steps = 250;
  double learning_rate = 1e-5;
  int batch_size = 1;
  int resolution = 512;
  double prior_weight = 1.0;
  std::string freeze_mode = "crossattn_kv";
  std::string precision = "no";  // no | bf16 | fp16
  std::string device = "cpu";
  bool gradient_checkpointing = false;  // "Save memory"
  std::string lr_scheduler = "constant";
  int warmup_steps = 0;
  int gradient_accumulation = 1;
  int checkpoint_every = 250;
  int validation_every = 50;
  int validation_images = 2;
  std::string validation_prompt;  // empty: the first concept's instance prompt
  int64_t seed = 42;
  bool hflip = false;
  bool no_augmentation = false;
  bool center_crop = false;
  bool resume = false;  // continue from the latest checkpoint in output_dir

  // Prior preservation is on when every concept has a class-picture source.
  bool prior_preservation() const;
};

// The Generate page's settings.
struct ProjectGeneration {
  std::string weights_dir;
  double strength = 1.0;
  std::string prompt;
  std::string negative_prompt;
  int steps = 30;
  double guidance = 7.5;
  std::string scheduler;  // empty: the model's own
  uint64_t seed = 0;
  int width = 0;  // 0: the model's default
  int height = 0;
  int num_images = 1;
};

struct StudioProject {
  // 2: several concepts, each with its class-picture source (1 held one concept).
  static constexpr int kVersion = 2;
  std::string model;  // a folder or ORG/NAME
  // A single-file model's settings (issue #11); empty: automatic. Absent in older files.
  std::string prediction_type;     // "", "epsilon" or "v_prediction"
  std::string single_file_config;  // a diffusers folder for tokenizer, scheduler, configs
  std::string single_file_vae;     // a separate VAE file
  ProjectTraining training;
  ProjectGeneration generation;
};

// JSON that is no project, or a project from a newer version of the app; the kind lets the
// studio say it in the person's language.
class ProjectFormatError : public CoreError {
 public:
  enum class Kind { NotAProject, NewerVersion };
  ProjectFormatError(Kind kind, int version, const std::string& message)
      : CoreError(message), kind(kind), version(version) {}
  Kind kind;
  int version;  // the file's format version (NewerVersion)
};

nlohmann::json project_to_json(const StudioProject& project);
// Absent keys keep their defaults, so files from older versions stay readable. Throws
// ProjectFormatError; `origin` (the file) starts its message.
StudioProject project_from_json(const nlohmann::json& json, const std::string& origin);

// Throws FileError (unreadable, damaged JSON) or ProjectFormatError, naming the file.
StudioProject load_project(const std::filesystem::path& file);
// Written to a temporary file and renamed, so a failed save keeps the previous file.
void save_project(const std::filesystem::path& file, const StudioProject& project);

}  // namespace cds
