// Loading a Stable Diffusion 1.x / 2.x single-file checkpoint (`.safetensors` or `.ckpt` in the
// original CompVis / LDM layout), as diffusers' StableDiffusionPipeline.from_single_file: the
// weights are renamed to diffusers' keys (core/model/single_file_keys.h), the configs inferred
// from their shapes, the tokenizer and scheduler taken from a matching base model.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "core/io/tensor_map.h"
#include "core/model/single_file_config.h"
#include "core/model/single_file_keys.h"
#include "core/pipeline/stable_diffusion.h"

namespace cds {

// Whether `model` names a checkpoint file rather than a folder or ORG/NAME.
bool is_single_file_model(const std::string& model);

struct CheckpointFile {
  StateDict tensors;                            // as stored (dtype kept)
  std::map<std::string, std::string> metadata;  // safetensors __metadata__
  std::optional<int64_t> global_step;           // .ckpt only
};

// A safetensors file (by content) or a PyTorch zip pickle read with the safe unpickler (the
// tensors of "state_dict", nested or not; global_step kept; other plain entries left out).
// Throws FileError naming the file.
CheckpointFile read_checkpoint_file(const std::filesystem::path& file);

ShapeMap shapes_of(const StateDict& tensors);

// The tensors of `plan`'s targets made from `from` (renamed, reshaped, q/k/v split or fused),
// in the stored dtype. Every source must be in `from`.
StateDict apply_key_conversion(const KeyConversion& plan, const StateDict& from);

// Loads every component from the file (the VAE from options.vae when given), on the options'
// device and dtype. Throws FileError / CoreError naming the file; MissingBaseConfig when no
// tokenizer and scheduler settings can be found and options.fetch_config is not set.
StableDiffusionModel load_stable_diffusion_single_file(const std::filesystem::path& file,
                                                       const LoadOptions& options = {});

}  // namespace cds
