// The CLI's part in opening single-file checkpoints: when a file's matching base model is not in
// the Hugging Face cache and no --config is given, download only that base model's tokenizer and
// scheduler files (the engine itself never goes online). No torch in this header.
#pragma once

#include <string>

namespace cds::cli {

// The --config value to load `model` with: `config` as given; for a single file without one,
// "" when a matching base model is cached, else the folder of the base model's small files,
// downloaded now. Throws FileError for a file of another kind, CoreError (naming the file, the
// base model to download and --config) when offline.
std::string single_file_config_for(const std::string& model, const std::string& config);

}  // namespace cds::cli
