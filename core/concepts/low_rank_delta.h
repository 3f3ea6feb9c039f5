// The compressed form of a Custom Diffusion concept (the paper's sec. 4, "compression"): each
// trained weight's change from the base model, W - W0, kept as two low-rank factors up @ down
// from its largest singular values. Only this project reads it (apply_custom_diffusion_weights
// and the concept tools); `cdstudio-cli compress --expand` writes diffusers' full form.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "core/io/tensor_map.h"

namespace cds {

// The file that replaces pytorch_custom_diffusion_weights.safetensors in a compressed folder.
// A different name on purpose: diffusers' load_attn_procs then says the folder has no weights
// instead of failing on keys it does not know. The token files stay as they are.
inline constexpr const char* kCompressedWeightsFile = "custom_diffusion_compressed.safetensors";
// Its metadata's "cdstudio_format" value (besides diffusers' {"format": "pt"}).
inline constexpr const char* kCompressedFormat = "custom_diffusion_low_rank_delta/1";

// Keys of the file, after the save_attn_procs key K of the weight they rebuild:
//   K + ".up"    float32 [out, rank]   and   K + ".down"  float32 [rank, in]  (matrices)
//   K + ".delta" float32, the whole change (the output bias: a vector has no low rank)
inline constexpr const char* kUpSuffix = ".up";
inline constexpr const char* kDownSuffix = ".down";
inline constexpr const char* kDeltaSuffix = ".delta";

// The full weights under save_attn_procs names: original(K) + up @ down (or + delta), in
// float32, summed in float64. `original` returns the base model's tensor for a weight key, or an
// undefined tensor when the model has no such layer. Throws FileError naming `file` and the key
// for an unknown suffix, a missing partner factor, a key the model lacks, or mismatched shapes.
StateDict expand_low_rank_deltas(const std::filesystem::path& file, const StateDict& factors,
                                 const std::function<at::Tensor(const std::string&)>& original);

}  // namespace cds
