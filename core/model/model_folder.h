// A Stable Diffusion model in diffusers layout: a folder with model_index.json and one
// sub-folder per component, or a Hugging Face cache entry (models--ORG--NAME/snapshots/REV/)
// named as ORG/NAME. Finds each component's config and weight files (safetensors preferred,
// fp16 variants, sharded indexes, PyTorch .bin as a fallback). No tensors are read here.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cds {

enum class WeightFormat { Safetensors, Pickle };

struct ComponentWeights {
  std::vector<std::filesystem::path> files;  // one, or the shards of an index
  WeightFormat format = WeightFormat::Safetensors;
  std::string variant;                         // "fp16" when a variant file was chosen, else ""
  std::optional<std::filesystem::path> index;  // the *.index.json of sharded weights
};

struct ModelComponent {
  std::string name;        // "unet", "vae", "text_encoder", "tokenizer", "scheduler", ...
  std::string library;     // "diffusers" / "transformers"
  std::string class_name;  // "UNet2DConditionModel", "CLIPTokenizer", ...
  std::filesystem::path dir;
};

class ModelFolder {
 public:
  // `model` is a folder, or ORG/NAME looked up in the Hugging Face cache at `revision`
  // (a branch/tag name under refs/, or a commit hash). Throws CoreError saying what was
  // looked for and where.
  static ModelFolder open(const std::string& model, const std::string& revision = "main");

  const std::filesystem::path& root() const { return root_; }
  const std::string& pipeline_class() const { return pipeline_class_; }
  const std::vector<ModelComponent>& components() const { return components_; }
  const ModelComponent* find(const std::string& name) const;
  // The component's folder; throws FileError when model_index.json does not list it or the
  // folder is missing.
  std::filesystem::path component_dir(const std::string& name) const;
  // config.json (scheduler: scheduler_config.json) of a component; throws when missing.
  std::filesystem::path config_file(const std::string& name) const;
  // Weight files of a model component; `variant` ("fp16") is preferred when present.
  ComponentWeights weights(const std::string& name, const std::string& variant = "") const;

 private:
  std::filesystem::path root_;
  std::string pipeline_class_;
  std::vector<ModelComponent> components_;
};

// Weight files in a component folder (see ModelFolder::weights). Throws FileError listing the
// file names that were looked for when none is there, or naming a missing shard.
ComponentWeights find_weight_files(const std::filesystem::path& component_dir,
                                   const std::string& variant = "");

// The hub cache folder: $HF_HUB_CACHE, else $HF_HOME/hub, else $XDG_CACHE_HOME/huggingface/hub,
// else ~/.cache/huggingface/hub (huggingface_hub's rules).
std::filesystem::path hf_hub_cache_dir();
// Whether `text` has the shape of a Hub repository id (ORG/NAME).
bool looks_like_repo_id(const std::string& text);
// The snapshot folder of ORG/NAME at a revision, or nullopt when it is not in the cache.
std::optional<std::filesystem::path> find_in_hf_cache(const std::string& repo_id,
                                                      const std::string& revision = "main");
// ORG/NAME of every cached repository whose main snapshot has a model_index.json.
std::vector<std::string> list_cached_pipelines();

}  // namespace cds
