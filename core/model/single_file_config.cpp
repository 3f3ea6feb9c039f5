// Base model settings for single files (see single_file_config.h).
#include "core/model/single_file_config.h"

#include "core/model/model_folder.h"

namespace cds {

std::vector<std::string> base_models_for(SdVersion version) {
  // runwayml's repository was withdrawn from the Hub; its copy lives on under the second name,
  // but caches made before hold the first.
  if (version == SdVersion::V1)
    return {"stable-diffusion-v1-5/stable-diffusion-v1-5", "runwayml/stable-diffusion-v1-5",
            "CompVis/stable-diffusion-v1-4"};
  return {"stabilityai/stable-diffusion-2-1", "stabilityai/stable-diffusion-2-1-base",
          "stabilityai/stable-diffusion-2", "stabilityai/stable-diffusion-2-base"};
}

std::vector<std::string> single_file_config_files() {
  return {"model_index.json",
          "tokenizer/vocab.json",
          "tokenizer/merges.txt",
          "tokenizer/special_tokens_map.json",
          "tokenizer/tokenizer_config.json",
          "scheduler/scheduler_config.json"};
}

bool has_tokenizer_and_scheduler(const std::filesystem::path& dir) {
  std::error_code ec;
  for (const char* f :
       {"tokenizer/vocab.json", "tokenizer/merges.txt", "scheduler/scheduler_config.json"})
    if (!std::filesystem::is_regular_file(dir / f, ec)) return false;
  return true;
}

std::optional<std::filesystem::path> find_cached_base_config(SdVersion version) {
  for (const auto& repo : base_models_for(version))
    if (const auto dir = find_in_hf_cache(repo); dir && has_tokenizer_and_scheduler(*dir))
      return dir;
  return std::nullopt;
}

MissingBaseConfig::MissingBaseConfig(const std::filesystem::path& file, const std::string& repo_id)
    : CoreError(file.string() +
                ": a single-file model has no tokenizer or scheduler settings, "
                "and no matching base model is in the Hugging Face cache; "
                "download the small files of " +
                repo_id +
                " (tokenizer and scheduler, no weights) while online, or give a diffusers "
                "folder of the same model family with --config DIR"),
      repo_id_(repo_id) {}

}  // namespace cds
