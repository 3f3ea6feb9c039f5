// Custom Diffusion's output files both ways: writing what train_custom_diffusion.py writes at the
// end (unet.save_attn_procs + save_new_embed), and loading them onto a base model as diffusers'
// load_attn_procs (_process_custom_diffusion) + load_textual_inversion do.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/io/tensor_map.h"
#include "core/nn/clip_text_model.h"
#include "core/nn/unet_2d_condition.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/train/custom_diffusion_setup.h"

namespace cds {

// diffusers' CUSTOM_DIFFUSION_WEIGHT_NAME(_SAFE) without the extension.
inline constexpr const char* kCustomDiffusionWeightsStem = "pytorch_custom_diffusion_weights";

// Writes `dir/pytorch_custom_diffusion_weights.safetensors` (the processors' weights under
// save_attn_procs names, float32, metadata {"format": "pt"}) and one `dir/<token>.safetensors`
// per modifier token ({"<token>": float32 [dim]}, metadata {"format": "pt"}); with
// safe_serialization false the same as torch.save `.bin` files (torch.load(weights_only=True)
// reads them). Two differences from diffusers' .bin: the token file stores only its row, not the
// whole embedding matrix; and the weights file has no `{}` entry per weightless attn1 processor
// (our pickle writer writes tensors only). diffusers' own loader only needs those entries when
// processors are installed with set_attn_processor(dict), which wants every layer named; that
// already fails the same way for diffusers' default .safetensors file, and load_attn_procs
// installs nothing without its private _pipeline argument anyway (diffusers issue #9320), so
// loading in diffusers fills the missing names with the current processors in both cases.
// Creates `dir`; every file is written atomically. Returns the files written. Throws CoreError
// for a token that cannot be a file name, a UNet without Custom Diffusion processors, or an I/O
// fault.
std::vector<std::filesystem::path> save_custom_diffusion_weights(
    const std::filesystem::path& dir, UNet2DConditionModel& unet,
    const std::vector<ModifierToken>& tokens, ClipTextModel& text_encoder,
    bool safe_serialization = true);

struct AppliedCustomDiffusion {
  std::filesystem::path weights_file;
  std::string format;               // "safetensors" or "bin"
  std::vector<std::string> tokens;  // added to the tokenizer, in file-name order
  std::vector<std::string> layers;  // attention layers now running Custom Diffusion weights
  bool train_q_out = false;  // the file also holds query/output weights (--freeze_model crossattn)
  double scale = 1.0;
  // *.safetensors / *.bin files of the folder that are no token embedding (more than one tensor).
  std::vector<std::filesystem::path> ignored_files;
};

// Loads a Custom Diffusion output folder (ours or diffusers', .safetensors or .bin, with or
// without the `{}` attn1 entries) onto `model`: Custom Diffusion processors on the layers the
// weights file names (train_kv / train_q_out from the keys present; other layers keep their
// processors), and every other *.safetensors / *.bin file of the folder that holds one tensor
// as a one-token embedding (tokenizer.add_token + a new embedding row); files with more tensors
// (a checkpoint's training state) are skipped and listed. Where a stem exists as both, the
// .safetensors file is used, as diffusers prefers it.
//
// `scale` in [0, 1] is the concept strength: w = scale * custom + (1 - scale) * original for
// every custom weight (0: the base model's UNet, 1: the trained one). It does not touch the
// token embeddings, which have no original. Applying a second folder onto a layer that already
// carries custom weights adds its change: w = current + scale * (custom - original) (a delta
// sum, like merging LoRAs; not the paper's constrained multi-concept merge).
//
// Everything is checked before the model changes, so on error the model is as it was. Throws
// CoreError naming the file and key: no weights file, an unreadable file, a key that matches no
// attention layer or is no Custom Diffusion weight, a wrong shape, an incomplete layer, a token
// that already exists or whose width differs from the text encoder's, a scale outside [0, 1].
//
// A compressed folder (core/concepts/low_rank_delta.h: custom_diffusion_compressed.safetensors,
// low-rank factors of each weight's change instead of the weights) loads the same way: each
// weight is rebuilt as this model's original plus up @ down before the checks above; `format`
// is then "compressed". Only this project reads that form; diffusers needs the full weights
// (`cdstudio-cli compress --expand`).
AppliedCustomDiffusion apply_custom_diffusion_weights(StableDiffusionModel& model,
                                                      const std::filesystem::path& dir,
                                                      double scale = 1.0);

// The base-model tensor that the Custom Diffusion weight `key` (a save_attn_procs name such as
// "<layer>.processor.to_k_custom_diffusion.weight") replaces: the layer's to_k / to_v / to_q
// weight or to_out.0 weight / bias. Undefined when the key names no such layer or part of this
// UNet. For merging and compressing, which work on changes from the base.
at::Tensor custom_diffusion_original(UNet2DConditionModel& unet, const std::string& key);

// A concept folder's embedding files: every *.safetensors / *.bin but the weights files and
// hidden files (.safetensors wins over a .bin of the same stem), in file-name order.
std::vector<std::filesystem::path> embedding_files(const std::filesystem::path& dir);

// A file's tensors when it holds exactly one (a token embedding); nullopt for other files, such
// as a checkpoint's training_state.safetensors, whose tensors are not read.
std::optional<StateDict> read_if_single_tensor(const std::filesystem::path& file);

// Adds each token to the tokenizer and its row to the text encoder's embedding table
// (transformers' resize_token_embeddings, then table[id] = row, as diffusers'
// load_textual_inversion does). Callers check first that the tokens are new and the rows as wide
// as the table. Returns the tokens' ids. Concept folders, merged concepts and textual-inversion
// files all add their words through it.
std::vector<int64_t> add_token_rows(StableDiffusionModel& model,
                                    const std::vector<std::pair<std::string, at::Tensor>>& rows);

}  // namespace cds
