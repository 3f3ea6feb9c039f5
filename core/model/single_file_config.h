// Where a single-file checkpoint's tokenizer and scheduler settings come from: a --config
// diffusers folder (or cached ORG/NAME), else a matching base model in the Hugging Face cache,
// as diffusers' from_single_file fetches the config of its default repository per model type
// (DIFFUSERS_DEFAULT_PIPELINE_PATHS). Also what a single file turned out to be, for the GUI.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/model/single_file_architecture.h"

namespace cds {

// Cached base models whose tokenizer and scheduler fit a version, in order of preference; the
// first is the one to download when none is cached.
std::vector<std::string> base_models_for(SdVersion version);

// The files of a base model a single file needs (paths inside the repository): model_index.json,
// the tokenizer's four files and the scheduler config; no weights.
std::vector<std::string> single_file_config_files();

// Whether `dir` holds tokenizer/vocab.json, tokenizer/merges.txt and
// scheduler/scheduler_config.json.
bool has_tokenizer_and_scheduler(const std::filesystem::path& dir);

// The first cached base model of base_models_for(version) with a tokenizer and a scheduler.
std::optional<std::filesystem::path> find_cached_base_config(SdVersion version);

// No folder with the tokenizer and scheduler settings: names the file, the base model to
// download and the --config flag.
class MissingBaseConfig : public CoreError {
 public:
  MissingBaseConfig(const std::filesystem::path& file, const std::string& repo_id);
  const std::string& repo_id() const { return repo_id_; }

 private:
  std::string repo_id_;
};

// What loading a single file found and chose, for the log and the Model page.
struct SingleFileInfo {
  std::string family;             // "Stable Diffusion 1.x" / "Stable Diffusion 2.x"
  std::string prediction_type;    // "epsilon" / "v_prediction"
  std::string prediction_reason;  // where that came from
  std::string precision;          // dtype of the stored weights: "F16", "F32", "BF16+F32"
  bool has_ema = false;           // the file carries model_ema.* copies
  bool used_ema = false;
  std::string vae_source;     // "in the checkpoint", a file, or a folder
  std::string config_source;  // the folder the tokenizer and scheduler came from ("" unknown)
  std::optional<int64_t> global_step;
  int64_t unet_parameters = 0;
  int64_t vae_parameters = 0;
  int64_t text_encoder_parameters = 0;
};

}  // namespace cds
