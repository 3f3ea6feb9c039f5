// A model with a concept applied, merged and written as one original-layout (CompVis/LDM)
// single-file checkpoint, the kind AUTOMATIC1111, Forge, ComfyUI and stable-diffusion.cpp open
// as a model. Keys come from core/model/single_file_keys.h (diffusers' conversion script).
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include <c10/core/ScalarType.h>

#include "core/pipeline/stable_diffusion.h"

namespace cds {

// Writes `model` (UNet with its Custom Diffusion processors' weights merged into the layers they
// replace, VAE, text encoder with its embedding table cut back to `base_vocab` rows: a
// checkpoint has no tokenizer, so new words travel as embedding files) to `file`, atomically.
// SD 2.x models (OpenCLIP text encoder) get OpenCLIP's key layout. Throws CoreError when a
// weight has no place in the single-file layout.
void write_merged_checkpoint(StableDiffusionModel& model, int64_t base_vocab,
                             const std::filesystem::path& file, c10::ScalarType dtype,
                             const std::map<std::string, std::string>& metadata);

}  // namespace cds
