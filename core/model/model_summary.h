// What a model folder holds, for `cdstudio-cli inspect` and the GUI's model page: components,
// the key figures of their configs, weight files, precision and parameter counts. Problems
// with one component are recorded on it rather than thrown, so a person sees all of them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model/model_folder.h"
#include "core/model/single_file_config.h"

namespace cds {

struct ComponentSummary {
  std::string name;
  std::string class_name;
  std::filesystem::path dir;
  std::vector<std::pair<std::string, std::string>> figures;  // "hidden size" -> "768"
  std::vector<std::filesystem::path> weight_files;
  std::string weight_format;  // "safetensors" / "PyTorch pickle" / "" (no weights expected)
  std::string precision;      // dtype of the floating-point weights: "F32", "F16", "F16+F32"
  int64_t parameters = 0;     // elements of the floating-point tensors
  std::string problem;        // empty when the component looks usable
};

struct ModelSummary {
  std::filesystem::path root;
  std::string pipeline_class;
  std::string family;  // "Stable Diffusion 1.x", "Stable Diffusion 2.x", or a description
  std::vector<ComponentSummary> components;
  // Set for a single checkpoint file: what was inferred from it (the tokenizer and scheduler
  // components then describe the base model they would come from).
  std::optional<SingleFileInfo> single_file;
  bool usable() const;  // every required component present and without problems
};

// Throws only when the folder itself cannot be opened (see ModelFolder::open), or, for a single
// checkpoint file, when it cannot be read or is of a kind this engine does not open.
ModelSummary summarize_model(const std::string& model, const std::string& variant = "");

// A single-file SD 1.x / 2.x checkpoint: components, configs and SingleFileInfo inferred from
// its tensor names and shapes (safetensors: the header only), without loading a model. The
// settings a person may give (LoadOptions' prediction_type, config folder, vae file) change
// what it reports as the loader would.
ModelSummary summarize_single_file(const std::filesystem::path& file,
                                   const std::string& prediction_type = "",
                                   const std::string& config = "", const std::string& vae = "");

}  // namespace cds
