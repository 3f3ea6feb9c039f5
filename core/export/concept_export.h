// Exporting a trained Custom Diffusion concept (an output folder: K/V weights and modifier
// tokens) to the files artists' tools read: textual-inversion embeddings, an exact LyCORIS
// "full" difference file, or a low-rank LoRA in kohya's naming. Which tool reads what, and how,
// is in docs/export-formats.md. The header is plain C++ so the GUI can call it without torch.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cds {

enum class ExportFormat { Embedding, Diff, Lora, Checkpoint };

// "embedding", "diff", "lora", "checkpoint"; nullopt for anything else.
std::optional<ExportFormat> parse_export_format(const std::string& name);
const char* export_format_name(ExportFormat format);

struct ExportOptions {
  ExportFormat format = ExportFormat::Diff;
  // Embedding: the folder that receives one <word>.safetensors per token. Diff and Lora: the
  // network file (.safetensors); Checkpoint: the model file (.safetensors, the base with the
  // concept merged in, original single-file layout). The token embeddings go beside it.
  std::filesystem::path output;
  // Lora: a fixed rank for every layer (capped at the layer's full rank), or, when 0, the
  // smallest rank per layer that keeps `energy` of the delta's squared singular values.
  int rank = 0;
  double energy = 0.99;
  // The prompt word of each modifier token, in the folder's token order (file-name order);
  // empty: derived from the token (prompt_word_for_token: "<new1>" -> "newone").
  std::vector<std::string> words;
  // Diff and Lora: also store the tokens inside the network file as LyCORIS/kohya bundled
  // embeddings (bundle_emb.<word>.string_to_param.*), which AUTOMATIC1111 reads with the LoRA.
  bool bundle_embeddings = true;
  std::string dtype = "fp32";  // of the stored tensors: fp32, fp16 or bf16
};

struct ExportedToken {
  std::string token;  // as trained, e.g. "<new1>"
  std::string word;   // what to write in other tools' prompts
  std::filesystem::path file;
};

struct ExportReport {
  std::vector<std::filesystem::path> files;  // every file written
  std::vector<ExportedToken> tokens;
  size_t layers = 0;  // weight tensors changed (to_k, to_v, ...)
  // Lora: ||dW - up*down||_F / ||dW||_F over all layers together, and the worst single layer,
  // both measured on the stored (rounded) factors. 0 for the exact formats.
  double relative_error = 0;
  double max_layer_relative_error = 0;
  int64_t max_rank = 0;
  std::vector<std::string> notes;  // things the person should know (one sentence each)
};

// Loads `base_model` (a diffusers folder or ORG/NAME in the Hugging Face cache) on the CPU in
// float32, applies the Custom Diffusion output folder `weights_dir` to it (checking that they
// fit), and writes options.format. Files are written atomically. Throws CoreError / FileError
// naming the file and the fault.
ExportReport export_concept(const std::string& base_model, const std::filesystem::path& weights_dir,
                            const ExportOptions& options);

}  // namespace cds
