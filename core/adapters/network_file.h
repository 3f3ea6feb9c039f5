// LoRA and LyCORIS files in kohya's naming applied onto a loaded SD 1.x/2.x model, as
// AUTOMATIC1111 (extensions-builtin/Lora), ComfyUI (comfy/lora.py) and stable-diffusion.cpp
// (lora.hpp) apply them: each "lora_unet_<diffusers path with _>" / "lora_te_<text encoder path
// with _>" layer gets w += scale * delta, with delta = up * down * alpha / rank for a LoRA
// (lora_up.weight, lora_down.weight, alpha) and delta = diff for LyCORIS "full" (diff, diff_b).
// Bundled embeddings (bundle_emb.<word>.*) become prompt words, as AUTOMATIC1111 does.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/pipeline/stable_diffusion.h"

namespace cds {

struct AppliedNetwork {
  std::filesystem::path file;
  double scale = 1.0;
  size_t unet_layers = 0;          // UNet weights changed
  size_t text_encoder_layers = 0;  // text encoder weights changed
  size_t lora_layers = 0;          // of which low-rank (the rest are full differences)
  std::vector<std::string> words;  // bundled embeddings added as prompt words
};

// Reads `file` (safetensors, or a PyTorch .pt/.ckpt/.bin pickle), checks every key against the
// model (names, shapes, kinds) and only then changes it: on error the model is unchanged.
// Layers with a Custom Diffusion processor get the change on the weight that processor uses.
// Throws FileError with one sentence naming the file: a LoRA for SDXL (lora_te2_, or UNet
// layers in the input_blocks layout), a key of an unknown layout or a layer this model lacks, a
// shape that does not fit (made for another model), an adapter kind not supported (LoHa, LoKr,
// DoRA, ...), a truncated or unreadable file; CoreError for a scale that is not finite.
AppliedNetwork apply_network_file(StableDiffusionModel& model, const std::filesystem::path& file,
                                  double scale = 1.0);

}  // namespace cds
