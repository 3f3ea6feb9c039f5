// What a model folder holds, for `cdstudio-cli inspect` and the GUI's model page: components,
// the key figures of their configs, weight files, precision and parameter counts. Problems
// with one component are recorded on it rather than thrown, so a person sees all of them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/model/model_folder.h"

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
  bool usable() const;  // every required component present and without problems
};

// Throws only when the folder itself cannot be opened (see ModelFolder::open).
ModelSummary summarize_model(const std::string& model, const std::string& variant = "");

}  // namespace cds
