// The tensor names and shapes of a single-file checkpoint without building a model: for the
// CLI's base-model lookup and the Model page's summary. No torch in this header (the .ckpt
// reader behind it uses torch's zip reader; safetensors files are read from their header only).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "core/model/single_file_keys.h"

namespace cds {

struct SingleFileProbe {
  ShapeMap shapes;
  std::map<std::string, std::string> dtypes;    // tensor -> "F32", "F16", ...
  std::map<std::string, std::string> metadata;  // safetensors __metadata__
  std::optional<int64_t> global_step;           // .ckpt only
};

// Throws FileError naming the file when it cannot be read.
SingleFileProbe probe_single_file(const std::filesystem::path& file);

// The config (LoadOptions::config) to load `model` with: `config` as given; for a single file
// without one, "" when a matching base model is cached, else the folder `fetch` returns for the
// base model's ORG/NAME (a caller that may go online downloads single_file_config_files()).
// Throws FileError for a file of a kind this engine does not open.
std::string resolve_single_file_config(
    const std::string& model, const std::string& config,
    const std::function<std::filesystem::path(const std::string& repo_id)>& fetch);

}  // namespace cds
