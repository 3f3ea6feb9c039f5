// Preparing a Stable Diffusion model for Custom Diffusion training, as
// train_custom_diffusion.py does before its loop: modifier tokens in the tokenizer and the text
// encoder's embedding table, Custom Diffusion processors on every UNet attention layer, and
// everything else frozen.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <torch/types.h>

#include "core/nn/clip_text_model.h"
#include "core/nn/unet_2d_condition.h"
#include "core/text/clip_tokenizer.h"

namespace cds {

struct ModifierToken {
  std::string token;        // "<new1>"
  int64_t id = 0;           // its row in the embedding table
  std::string initializer;  // "ktn"
  int64_t initializer_id = 0;
};

// Adds each token to the tokenizer and a row to the text encoder's embedding table, copied
// from its initializer's row. Initializers are looked up as single vocabulary entries, as the
// script's tokenizer.encode([token]) does; where the script silently falls back to
// <|endoftext|> for an unknown string, this refuses it. Throws CoreError for a token that
// already exists, an unknown initializer, or fewer initializers than tokens.
std::vector<ModifierToken> add_modifier_tokens(ClipTokenizer& tokenizer,
                                               ClipTextModel& text_encoder,
                                               const std::vector<std::string>& tokens,
                                               const std::vector<std::string>& initializers);

enum class FreezeMode {
  CrossAttnKV,  // --freeze_model crossattn_kv: train cross-attention key/value (default)
  CrossAttn,    // --freeze_model crossattn: also query and output
};
FreezeMode parse_freeze_mode(const std::string& name);  // throws CoreError

using NamedParameters = std::vector<std::pair<std::string, torch::Tensor>>;

// Installs CustomDiffusion processors on every attention layer (trainable copies on attn2,
// weightless on attn1) and returns the trainable processor weights under diffusers'
// save_attn_procs names ("down_blocks.1....attn2.processor.to_k_custom_diffusion.weight").
NamedParameters install_custom_diffusion(UNet2DConditionModel& unet, FreezeMode mode);

// requires_grad off for every parameter of the text encoder but the token embedding, and for
// every UNet parameter but the processors' (the VAE is frozen by the caller: it has no trainable
// part).
void freeze_for_custom_diffusion(ClipTextModel& text_encoder, UNet2DConditionModel& unet);

// The processors' weights currently installed, by save_attn_procs name.
NamedParameters custom_diffusion_parameters(UNet2DConditionModel& unet);

}  // namespace cds
