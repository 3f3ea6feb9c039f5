// Textual-inversion embeddings from other tools, loaded as new prompt words, the way
// AUTOMATIC1111 (modules/textual_inversion/textual_inversion.py create_embedding_from_data) and
// ComfyUI (comfy/sd1_clip.py load_embed) read them: a file's vectors stand for one word, its
// file stem unless another is given; a multi-vector embedding puts all its vectors where the
// word is written.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <ATen/core/Tensor.h>

#include "core/pipeline/stable_diffusion.h"

namespace cds {

// The vectors of an embedding file, float32 [n, width]. Layouts: a safetensors file with one
// tensor (diffusers' {"<token>": [width]}, kohya's {"emb_params": [n, width]}, any name, as
// AUTOMATIC1111 takes the only tensor), or with string_to_param.* (A1111's dict flattened); a
// PyTorch .pt/.bin file holding string_to_param (A1111) or a single tensor. Throws FileError
// naming the file for a truncated or unreadable file, SDXL's clip_g/clip_l pair, several
// tensors, or a tensor that is not [width] or [n, width] floating point.
at::Tensor read_embedding_vectors(const std::filesystem::path& file);

struct LoadedEmbedding {
  std::filesystem::path file;
  std::string word;                 // what prompts write
  int64_t vectors = 0;              // tokens the word stands for
  std::vector<std::string> tokens;  // added to the tokenizer: word, word_1, ...
};

// Adds the words and their vectors ([n, width] each) to the tokenizer and the text encoder's
// embedding table. Everything is checked first (a word that is empty or already a token, a width
// that is not the text encoder's, a word given twice): on error the model is unchanged, and the
// error names `source`.
std::vector<LoadedEmbedding> add_embedding_words(
    StableDiffusionModel& model, const std::vector<std::pair<std::string, at::Tensor>>& words,
    const std::filesystem::path& source);

// read_embedding_vectors + add_embedding_words for one file; `word` empty: the file stem.
LoadedEmbedding load_embedding_file(StableDiffusionModel& model, const std::filesystem::path& file,
                                    const std::string& word = "");

}  // namespace cds
