// The compressed form of a Custom Diffusion concept (the paper's sec. 4, "compression"): each
// trained weight's change from the base model, W - W0, kept as two low-rank factors up @ down
// from its largest singular values. Only this project reads it (apply_custom_diffusion_weights
// and the concept tools); `cdstudio-cli compress --expand` writes diffusers' full form.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "core/concepts/compressed_format.h"
#include "core/io/tensor_map.h"

namespace cds {

// The full weights under save_attn_procs names: original(K) + up @ down (or + delta), in
// float32, summed in float64. `original` returns the base model's tensor for a weight key, or an
// undefined tensor when the model has no such layer. Throws FileError naming `file` and the key
// for an unknown suffix, a missing partner factor, a key the model lacks, or mismatched shapes.
StateDict expand_low_rank_deltas(const std::filesystem::path& file, const StateDict& factors,
                                 const std::function<at::Tensor(const std::string&)>& original);

}  // namespace cds
