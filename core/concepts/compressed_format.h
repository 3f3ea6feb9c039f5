// The names of the compressed concept folder form (low_rank_delta.h), without torch, for the
// studio's widgets and the tests that only look at files.
#pragma once

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

}  // namespace cds
