// A concept output folder's tensors, read against the base model they were trained on: the
// full Custom Diffusion weights (a compressed folder rebuilt from its factors) and the modifier
// tokens' embeddings, checked so that merging and compressing can rely on them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/concepts/concept_record.h"
#include "core/io/tensor_map.h"
#include "core/nn/unet_2d_condition.h"

namespace cds {

struct ConceptToken {
  std::string token;     // "<new1>"
  at::Tensor embedding;  // float32 CPU [dim]
};

struct ConceptWeights {
  std::filesystem::path dir;
  StateDict weights;  // float32 CPU, save_attn_procs keys ("<layer>.processor.to_k_...weight")
  std::vector<ConceptToken> tokens;  // in file-name order, as apply_custom_diffusion_weights
  bool q_out = false;                // also query/output weights (--freeze_model crossattn)
  bool compressed = false;           // read from custom_diffusion_compressed.safetensors
  ConceptRecord record;
};

// Reads `dir` (ours or diffusers', .safetensors or .bin, or our compressed form) against the
// base model's UNet and text width. Throws FileError naming the folder when it holds no weights,
// a key names a layer the base UNet lacks or has another shape ("trained on another base
// model"), a layer is incomplete, or a token's width differs from `token_width`.
ConceptWeights load_concept_weights(const std::filesystem::path& dir, UNet2DConditionModel& unet,
                                    int64_t token_width);

// The largest ||W - W0||_F / ||W0||_F over the concept's weights, and the key where it is.
// Training moves weights by a few percent; around 1.4 means unrelated weights of the same shape
// (a concept trained on another base model with the same layout).
std::pair<double, std::string> largest_relative_change(const ConceptWeights& concept,
                                                       UNet2DConditionModel& unet);

}  // namespace cds
