// Key names and shapes of original (CompVis / LDM) single-file Stable Diffusion 1.x / 2.x
// checkpoints and their diffusers equivalents, in both directions. Mirrors diffusers'
// loaders/single_file_utils.py (file -> diffusers) and scripts/
// convert_diffusers_to_original_stable_diffusion.py (diffusers -> file). Names and shapes only:
// no torch here, so exporting tools and the GUI can plan a conversion from a file's header.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace cds {

using TensorShape = std::vector<int64_t>;
// Tensor name -> shape, e.g. a safetensors header or a model's named_parameters().
using ShapeMap = std::map<std::string, TensorShape>;

// What happens to the values on the way from the source key(s) to the target key.
enum class KeyOp {
  Copy,             // same values, same shape
  Conv1x1ToLinear,  // [O, I, 1, 1] (or [O, I, 1]) -> [O, I]: the VAE mid-attention weights
  LinearToConv1x1,  // [O, I] -> [O, I, 1, 1]
  SplitRows,   // row block `part` of `parts` equal blocks of the single source (in_proj -> q/k/v)
  ConcatRows,  // the sources stacked along dim 0, in order (q, k, v -> in_proj)
};

struct KeyMapping {
  std::string target;
  std::vector<std::string> sources;  // one, or q/k/v for ConcatRows
  KeyOp op = KeyOp::Copy;
  int part = 0;
  int parts = 1;
  TensorShape shape;  // the target's shape
};

struct KeyConversion {
  std::vector<KeyMapping> tensors;    // sorted by target name
  std::vector<std::string> ignored;   // source keys deliberately left out (EMA, schedule, ...)
  std::vector<std::string> unmapped;  // source keys this conversion does not understand
};

// The text encoder layout of a checkpoint: SD 1.x carries OpenAI CLIP in transformers' names
// under `cond_stage_model.transformer.`, SD 2.x OpenCLIP under `cond_stage_model.model.`.
enum class TextEncoderLayout { OpenAiClip, OpenClip };

// Key prefixes of the original layout.
extern const char* const kLdmUnetPrefix;      // "model.diffusion_model."
extern const char* const kLdmVaePrefix;       // "first_stage_model."
extern const char* const kLdmClipPrefix;      // "cond_stage_model.transformer."
extern const char* const kLdmOpenClipPrefix;  // "cond_stage_model.model."
extern const char* const kLdmEmaPrefix;       // "model_ema."

struct SingleFileKeyOptions {
  // OpenCLIP resblocks that become text encoder layers; -1: all but the last when the file
  // carries OpenCLIP's `text_projection` (a full ViT-H tower, of which SD 2 conditions on the
  // penultimate layer, so diffusers' 23-layer text encoder), else all (a file written from
  // diffusers, as its conversion script does, holds exactly the layers it uses).
  int64_t open_clip_layers = -1;
  // Take the UNet's `model_ema.*` copies instead of its main weights (where the file has them).
  bool use_ema = false;
};

// A whole single-file checkpoint -> diffusers keys named "<component>.<key>" with component
// unet, vae or text_encoder. Parts absent from the file are simply absent from the result.
// Noise-schedule buffers, EMA copies (unless use_ema), position_ids, OpenCLIP's
// text_projection / logit_scale / unused last resblock go to `ignored`; keys outside the known
// prefixes go to `unmapped`.
KeyConversion single_file_to_diffusers(const ShapeMap& checkpoint,
                                       const SingleFileKeyOptions& options = {});

// Diffusers keys named "<component>.<key>" (unet, vae, text_encoder) -> a single-file
// checkpoint in the original layout, as diffusers' conversion script writes it (no
// text_projection, no EMA, no schedule buffers). Other components go to `unmapped`.
KeyConversion diffusers_to_single_file(const ShapeMap& components, TextEncoderLayout layout);

// The per-component conversions, on keys without any prefix (a separate VAE file uses
// vae_from_ldm). Each maps every key it understands and lists the rest as `unmapped`.
KeyConversion unet_from_ldm(const ShapeMap& ldm);
KeyConversion unet_to_ldm(const ShapeMap& diffusers);
KeyConversion vae_from_ldm(const ShapeMap& ldm);
KeyConversion vae_to_ldm(const ShapeMap& diffusers);
KeyConversion clip_text_from_ldm(const ShapeMap& ldm);  // after cond_stage_model.transformer.
KeyConversion clip_text_to_ldm(const ShapeMap& diffusers);
KeyConversion open_clip_text_from_ldm(const ShapeMap& ldm, int64_t layers);  // -1: see above
KeyConversion open_clip_text_to_ldm(const ShapeMap& diffusers);

// The key under which an LDM EMA callback stores the copy of a UNet weight:
// "model.diffusion_model.input_blocks.0.0.weight" ->
// "model_ema.diffusion_modelinput_blocks00weight".
std::string ldm_ema_key(const std::string& ldm_unet_key);

// Keys of the checkpoint that start with `prefix`, with the prefix removed.
ShapeMap strip_prefix(const ShapeMap& keys, const std::string& prefix);

}  // namespace cds
