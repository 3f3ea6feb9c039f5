// Textual-inversion embedding files (see embedding_file.h). The layouts accepted are those
// AUTOMATIC1111's create_embedding_from_data and ComfyUI's load_embed accept for SD 1.x/2.x.
#include "core/adapters/embedding_file.h"

#include <fstream>
#include <set>

#include <torch/torch.h>

#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "core/io/state_dict_pickle.h"
#include "core/io/tensor_file.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

std::string shape_text(at::IntArrayRef s) {
  std::string out = "[";
  for (size_t i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s[i]);
  return out + "]";
}

StateDict read_tensors(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) throw FileError(file, "no such embedding file");
  char head[2] = {0, 0};
  {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file, "cannot open");
    in.read(head, 2);
  }
  if (head[0] == 'P' && head[1] == 'K') return read_tensor_tree_pickle(file);
  return load_safetensors(file);
}

}  // namespace

at::Tensor read_embedding_vectors(const fs::path& file) {
  const auto tensors = read_tensors(file);
  if (tensors.count("clip_g") || tensors.count("clip_l"))
    throw FileError(
        file, "is an SDXL embedding (clip_g / clip_l), which SD 1.x and 2.x models cannot use");
  // A1111: string_to_param first (one entry), then the file's only tensor.
  std::vector<std::pair<std::string, at::Tensor>> candidates;
  for (const auto& [key, t] : tensors)
    if (key.rfind("string_to_param.", 0) == 0) candidates.emplace_back(key, t);
  if (candidates.empty())
    for (const auto& [key, t] : tensors) candidates.emplace_back(key, t);
  if (candidates.empty()) throw FileError(file, "holds no tensor, so it is no embedding");
  if (candidates.size() > 1) {
    // kohya's name is unambiguous even beside other entries.
    if (tensors.count("emb_params")) {
      candidates = {{"emb_params", tensors.at("emb_params")}};
    } else {
      throw FileError(
          file, "holds " + std::to_string(candidates.size()) + " tensors ('" + candidates[0].first +
                    "', '" + candidates[1].first +
                    "', ...); an embedding file holds one (it may be a LoRA or a model)");
    }
  }
  const auto& [key, t] = candidates.front();
  if (!t.is_floating_point() || t.dim() < 1 || t.dim() > 2 || t.numel() == 0)
    throw FileError(file, "'" + key + "' has shape " + shape_text(t.sizes()) + " of " +
                              std::string(c10::toString(t.scalar_type())) +
                              "; an embedding is floating point [width] or [vectors, width]");
  return (t.dim() == 1 ? t.unsqueeze(0) : t).to(torch::kCPU, torch::kFloat).contiguous();
}

std::vector<LoadedEmbedding> add_embedding_words(
    StableDiffusionModel& model, const std::vector<std::pair<std::string, at::Tensor>>& words,
    const fs::path& source) {
  auto& old = model.text_encoder->token_embedding();
  const int64_t width = old->weight.size(1);
  // Check everything before the tokenizer or the table change.
  std::set<std::string> seen;
  std::vector<LoadedEmbedding> out;
  const auto& added = model.tokenizer.added_tokens();
  const auto taken = [&](const std::string& t) {
    return model.tokenizer.token_to_id(t).has_value() || seen.count(t) ||
           std::find(added.begin(), added.end(), t) != added.end();
  };
  for (const auto& [word, vectors] : words) {
    if (word.empty()) throw FileError(source, "the embedding's prompt word is empty");
    if (vectors.size(1) != width)
      throw FileError(
          source, "the embedding \"" + word + "\" is " + std::to_string(vectors.size(1)) +
                      " wide but this model's text encoder uses " + std::to_string(width) + " (" +
                      (vectors.size(1) == 768    ? "an SD 1.x embedding?"
                       : vectors.size(1) == 1024 ? "an SD 2.x embedding?"
                                                 : "made for another model?") +
                      ")");
    LoadedEmbedding e;
    e.file = source;
    e.word = word;
    e.vectors = vectors.size(0);
    // A1111's multi-vector word, as diffusers names the extra tokens: word, word_1, word_2, ...
    for (int64_t i = 0; i < e.vectors; ++i)
      e.tokens.push_back(i == 0 ? word : word + "_" + std::to_string(i));
    for (const auto& t : e.tokens) {
      if (taken(t))
        throw FileError(source, "the word \"" + t +
                                    "\" is already a token of this model's tokenizer (another "
                                    "embedding, or a vocabulary word); give the embedding another "
                                    "word (FILE:WORD)");
      seen.insert(t);
    }
    out.push_back(std::move(e));
  }

  std::vector<int64_t> ids;
  for (const auto& e : out) {
    for (const auto& t : e.tokens) ids.push_back(model.tokenizer.add_token(t));
    if (e.tokens.size() > 1)
      model.tokenizer.expand_token(e.word,
                                   std::vector<std::string>(e.tokens.begin() + 1, e.tokens.end()));
  }
  torch::NoGradGuard no_grad;
  const int64_t rows =
      std::max<int64_t>(old->weight.size(0), static_cast<int64_t>(model.tokenizer.size()));
  auto table = old;
  if (rows > old->weight.size(0)) {
    // transformers' resize_token_embeddings: the old rows kept, new rows filled below.
    table = torch::nn::Embedding(rows, width);
    table->to(old->weight.device(), old->weight.scalar_type());
    table->weight.slice(0, 0, old->weight.size(0)).copy_(old->weight);
    table->weight.set_requires_grad(old->weight.requires_grad());
  }
  size_t next = 0;
  for (size_t w = 0; w < words.size(); ++w)
    for (int64_t v = 0; v < out[w].vectors; ++v)
      table->weight[ids[next++]].copy_(words[w].second[v]);
  if (table.get() != old.get()) {
    model.text_encoder->text_model->embeddings->replace_module("token_embedding", table);
    model.text_encoder->text_model->embeddings->token_embedding = table;
    model.text_encoder->text_model->config.vocab_size = rows;
  }
  return out;
}

LoadedEmbedding load_embedding_file(StableDiffusionModel& model, const fs::path& file,
                                    const std::string& word) {
  const auto vectors = read_embedding_vectors(file);
  const std::string name = word.empty() ? file.stem().string() : word;
  return add_embedding_words(model, {{name, vectors}}, file).front();
}

}  // namespace cds
