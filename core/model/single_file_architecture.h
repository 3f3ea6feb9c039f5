// What a single-file Stable Diffusion checkpoint is, read from its tensor names and shapes: the
// kind of file (refusing SDXL, SD3, FLUX, inpainting, LoRA... with a sentence naming the file),
// SD 1.x or 2.x, the component configs (diffusers' rules of single_file_utils.py
// create_*_diffusers_config_from_ldm and its default SD 1.5 / 2.1 configs), and the prediction
// type, which the weights cannot tell. No torch: the GUI summarizes files with it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "core/model/configs.h"
#include "core/model/single_file_keys.h"

namespace cds {

enum class SdVersion { V1, V2 };

// Throws FileError naming `file` when its keys are not those of a Stable Diffusion 1.x / 2.x
// text-to-image checkpoint in the original layout: a LoRA, an embedding, SDXL, SD3, FLUX, a
// ControlNet, an inpainting (9-channel) or instruct-pix2pix (8-channel) UNet, a diffusers
// component, a file without UNet or without text encoder.
void check_single_file_kind(const std::filesystem::path& file, const ShapeMap& keys);

// SD 1.x or 2.x by the text encoder's layout (OpenCLIP means 2.x) or, as diffusers tests, a
// cross-attention width of 1024.
SdVersion single_file_version(const ShapeMap& keys);

// Configs from diffusers-named shapes (the targets of single_file_to_diffusers, without the
// "unet." / "vae." / "text_encoder." prefix). `resolution` is the image size the model was
// trained at (512, or 768 for SD 2.x v-prediction models), giving the sample sizes. Throws
// FileError naming `file` and the missing tensor when the weights are incomplete.
UNetConfig infer_unet_config(const std::filesystem::path& file, const ShapeMap& unet,
                             SdVersion version, int64_t resolution, int64_t vae_scale_factor);
VaeConfig infer_vae_config(const std::filesystem::path& file, const ShapeMap& vae,
                           int64_t resolution);
ClipTextConfig infer_clip_text_config(const std::filesystem::path& file, const ShapeMap& text,
                                      TextEncoderLayout layout);

struct PredictionChoice {
  std::string type;    // "epsilon" or "v_prediction"
  std::string reason;  // where it came from, for the summary and the log
};

// The prediction type, first found of: the user's `override` ("epsilon" / "v_prediction"),
// the file's safetensors metadata (modelspec.prediction_type "v"/"epsilon",
// modelspec.architecture "...-v", kohya's ss_v_parameterization), the `config_folder` type
// (a --config folder's scheduler), then diffusers' rule: SD 1.x predicts noise; SD 2.x is
// v-prediction (stable-diffusion-2-1, 768 px) except the 2-base checkpoint, recognised as
// diffusers does by global_step 875000. Throws CoreError for an unknown override.
PredictionChoice choose_prediction_type(SdVersion version,
                                        const std::map<std::string, std::string>& metadata,
                                        std::optional<int64_t> global_step,
                                        const std::string& override,
                                        const std::optional<std::string>& config_folder = {});

}  // namespace cds
