// Project files (see studio_project.h).
#include "core/project/studio_project.h"

#include <limits>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "core/io/atomic_file.h"
#include "core/io/json_file.h"

namespace cds {

namespace {

using nlohmann::json;

constexpr const char* kSourceNames[] = {"none", "fetch", "openverse", "generate", "folder"};

// A value of the expected type, or the default when absent or of another type (a hand-edited
// file keeps loading; the studio's fields show the defaults).
template <typename T>
T get(const json& j, const char* key, const T& fallback) {
  const auto it = j.find(key);
  if (it == j.end()) return fallback;
  if constexpr (std::is_same_v<T, bool>) {
    return it->is_boolean() ? it->get<bool>() : fallback;
  } else if constexpr (std::is_same_v<T, std::string>) {
    return it->is_string() ? it->get<std::string>() : fallback;
  } else if constexpr (std::is_floating_point_v<T>) {
    return it->is_number() ? it->get<T>() : fallback;
  } else {
    if (it->is_number_integer()) return it->get<T>();
    if (!it->is_number_float()) return fallback;
    // A float beyond T's range converted to T is undefined: such a value is the default.
    const double v = it->get<double>();
    if (!(v >= double(std::numeric_limits<T>::min()) && v <= double(std::numeric_limits<T>::max())))
      return fallback;
    return static_cast<T>(v);
  }
}

const json& object(const json& j, const char* key) {
  static const json empty = json::object();
  const auto it = j.find(key);
  return it != j.end() && it->is_object() ? *it : empty;
}

std::vector<std::string> strings(const json& j, const char* key) {
  std::vector<std::string> out;
  const auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

json concept_to_json(const ProjectConcept& c) {
  return {{"kind", c.kind},
          {"className", c.class_name},
          {"images", c.images},
          {"modifierToken", c.modifier_token},
          {"initializerToken", c.initializer_token},
          {"instancePrompt", c.instance_prompt},
          {"classPrompt", c.class_prompt},
          {"classSource", class_image_source_name(c.class_source)},
          {"numClassImages", c.num_class_images},
          {"retrievalServer", c.retrieval_server},
          {"sourceFolder", c.source_folder},
          {"classDataDir", c.class_data_dir}};
}

ProjectConcept concept_from_json(const json& j) {
  ProjectConcept c;
  c.kind = get(j, "kind", c.kind);
  c.class_name = get(j, "className", c.class_name);
  c.images = strings(j, "images");
  c.modifier_token = get(j, "modifierToken", c.modifier_token);
  c.initializer_token = get(j, "initializerToken", c.initializer_token);
  c.instance_prompt = get(j, "instancePrompt", c.instance_prompt);
  c.class_prompt = get(j, "classPrompt", c.class_prompt);
  c.class_source = class_image_source_from_name(get(j, "classSource", std::string()));
  c.num_class_images = get(j, "numClassImages", c.num_class_images);
  c.retrieval_server = get(j, "retrievalServer", c.retrieval_server);
  c.source_folder = get(j, "sourceFolder", c.source_folder);
  c.class_data_dir = get(j, "classDataDir", c.class_data_dir);
  return c;
}

json training_to_json(const ProjectTraining& s) {
  json concepts = json::array();
  for (const ProjectConcept& c : s.concepts) concepts.push_back(concept_to_json(c));
  return {{"outputDir", s.output_dir},
          {"concepts", concepts},
          {"steps", s.steps},
          {"learningRate", s.learning_rate},
          {"batchSize", s.batch_size},
          {"resolution", s.resolution},
          {"priorWeight", s.prior_weight},
          {"freezeMode", s.freeze_mode},
          {"precision", s.precision},
          {"device", s.device},
          {"gradientCheckpointing", s.gradient_checkpointing},
          {"lrScheduler", s.lr_scheduler},
          {"warmupSteps", s.warmup_steps},
          {"gradientAccumulation", s.gradient_accumulation},
          {"checkpointEvery", s.checkpoint_every},
          {"validationEvery", s.validation_every},
          {"validationImages", s.validation_images},
          {"validationPrompt", s.validation_prompt},
          {"seed", s.seed},
          {"hflip", s.hflip},
          {"noAugmentation", s.no_augmentation},
          {"centerCrop", s.center_crop},
          {"resume", s.resume}};
}

ProjectTraining training_from_json(const json& j) {
  ProjectTraining s;
  s.output_dir = get(j, "outputDir", s.output_dir);
  s.concepts.clear();
  if (const auto it = j.find("concepts"); it != j.end() && it->is_array())
    for (const auto& c : *it)
      if (c.is_object()) s.concepts.push_back(concept_from_json(c));
  if (s.concepts.empty()) s.concepts.emplace_back();
  s.steps = get(j, "steps", s.steps);
  s.learning_rate = get(j, "learningRate", s.learning_rate);
  s.batch_size = get(j, "batchSize", s.batch_size);
  s.resolution = get(j, "resolution", s.resolution);
  s.prior_weight = get(j, "priorWeight", s.prior_weight);
  s.freeze_mode = get(j, "freezeMode", s.freeze_mode);
  s.precision = get(j, "precision", s.precision);
  s.device = get(j, "device", s.device);
  s.gradient_checkpointing = get(j, "gradientCheckpointing", s.gradient_checkpointing);
  s.lr_scheduler = get(j, "lrScheduler", s.lr_scheduler);
  s.warmup_steps = get(j, "warmupSteps", s.warmup_steps);
  s.gradient_accumulation = get(j, "gradientAccumulation", s.gradient_accumulation);
  s.checkpoint_every = get(j, "checkpointEvery", s.checkpoint_every);
  s.validation_every = get(j, "validationEvery", s.validation_every);
  s.validation_images = get(j, "validationImages", s.validation_images);
  s.validation_prompt = get(j, "validationPrompt", s.validation_prompt);
  s.seed = get(j, "seed", s.seed);
  s.hflip = get(j, "hflip", s.hflip);
  s.no_augmentation = get(j, "noAugmentation", s.no_augmentation);
  s.center_crop = get(j, "centerCrop", s.center_crop);
  s.resume = get(j, "resume", s.resume);
  return s;
}

// Version 1 held one concept: its fields inside "training", its kind and class in "concept",
// and the class pictures as a folder (made by the model when short).
void migrate_version1(json& project) {
  json training = object(project, "training");
  const json& old = object(project, "concept");
  ProjectConcept c;
  c.kind = get(old, "kind", c.kind);
  c.class_name = get(old, "className", c.class_name);
  c.images = strings(training, "images");
  c.modifier_token = get(training, "modifierToken", c.modifier_token);
  c.initializer_token = get(training, "initializerToken", c.initializer_token);
  c.instance_prompt = get(training, "instancePrompt", c.instance_prompt);
  c.class_prompt = get(training, "classPrompt", c.class_prompt);
  c.num_class_images = get(training, "numClassImages", c.num_class_images);
  if (get(training, "priorPreservation", false)) {
    c.source_folder = get(training, "classDataDir", std::string());
    c.class_source =
        c.source_folder.empty() ? ClassImageSource::Generate : ClassImageSource::Folder;
  }
  training["concepts"] = json::array({concept_to_json(c)});
  project["training"] = training;
  project.erase("concept");
}

json generation_to_json(const ProjectGeneration& r) {
  return {{"weightsDir", r.weights_dir},
          {"strength", r.strength},
          {"prompt", r.prompt},
          {"negativePrompt", r.negative_prompt},
          {"steps", r.steps},
          {"guidance", r.guidance},
          {"scheduler", r.scheduler},
          // A string: JSON readers that hold numbers as doubles lose 64-bit seeds.
          {"seed", std::to_string(r.seed)},
          {"width", r.width},
          {"height", r.height},
          {"numImages", r.num_images}};
}

ProjectGeneration generation_from_json(const json& j) {
  ProjectGeneration r;
  r.weights_dir = get(j, "weightsDir", r.weights_dir);
  r.strength = get(j, "strength", r.strength);
  r.prompt = get(j, "prompt", r.prompt);
  r.negative_prompt = get(j, "negativePrompt", r.negative_prompt);
  r.steps = get(j, "steps", r.steps);
  r.guidance = get(j, "guidance", r.guidance);
  r.scheduler = get(j, "scheduler", r.scheduler);
  const std::string seed = get(j, "seed", std::string());
  try {
    r.seed = seed.empty() ? 0 : std::stoull(seed);
  } catch (const std::exception&) {
    r.seed = 0;  // not a number: the default seed
  }
  r.width = get(j, "width", r.width);
  r.height = get(j, "height", r.height);
  r.num_images = get(j, "numImages", r.num_images);
  return r;
}

}  // namespace

const char* class_image_source_name(ClassImageSource source) {
  return kSourceNames[static_cast<int>(source)];
}

ClassImageSource class_image_source_from_name(const std::string& name) {
  for (int i = 0; i < 5; ++i)
    if (name == kSourceNames[i]) return static_cast<ClassImageSource>(i);
  return ClassImageSource::None;
}

std::string ProjectConcept::effective_instance_prompt() const {
  return instance_prompt.empty() ? "photo of a " + modifier_token + " " + class_name
                                 : instance_prompt;
}

std::string ProjectConcept::effective_class_prompt() const {
  return class_prompt.empty() ? "photo of a " + class_name : class_prompt;
}

bool ProjectTraining::prior_preservation() const {
  if (concepts.empty()) return false;
  for (const ProjectConcept& c : concepts)
    if (c.class_source == ClassImageSource::None) return false;
  return true;
}

json project_to_json(const StudioProject& p) {
  json j = {{"format", "cdstudio-project"},
            {"version", StudioProject::kVersion},
            {"model", p.model},
            {"training", training_to_json(p.training)},
            {"generation", generation_to_json(p.generation)}};
  if (!p.prediction_type.empty()) j["prediction_type"] = p.prediction_type;
  if (!p.single_file_config.empty()) j["single_file_config"] = p.single_file_config;
  if (!p.single_file_vae.empty()) j["single_file_vae"] = p.single_file_vae;
  return j;
}

StudioProject project_from_json(const json& j, const std::string& origin) {
  if (!j.is_object() || get(j, "format", std::string()) != "cdstudio-project")
    throw ProjectFormatError(ProjectFormatError::Kind::NotAProject, 0,
                             origin + ": not a Custom Diffusion Studio project");
  const int version = get(j, "version", 0);
  if (version < 1 || version > StudioProject::kVersion)
    throw ProjectFormatError(
        ProjectFormatError::Kind::NewerVersion, version,
        origin + ": made by a newer version of the app (format " + std::to_string(version) + ")");
  json current = j;
  if (version == 1) migrate_version1(current);
  StudioProject p;
  p.model = get(current, "model", p.model);
  p.prediction_type = get(current, "prediction_type", p.prediction_type);
  p.single_file_config = get(current, "single_file_config", p.single_file_config);
  p.single_file_vae = get(current, "single_file_vae", p.single_file_vae);
  p.training = training_from_json(object(current, "training"));
  p.generation = generation_from_json(object(current, "generation"));
  return p;
}

StudioProject load_project(const std::filesystem::path& file) {
  return project_from_json(read_json(file), file.string());
}

void save_project(const std::filesystem::path& file, const StudioProject& project) {
  write_file_atomically(file, project_to_json(project).dump(4) + "\n");
}

}  // namespace cds
