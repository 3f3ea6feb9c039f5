// Concept export (see concept_export.h). The changes are taken from the model itself after the
// output folder is applied (custom weight - base weight per projection), so every check of
// apply_custom_diffusion_weights (layer names, shapes, tokens) holds for the export too. Key
// names follow kohya's sd-scripts (networks/lora.py: "lora_unet_" + the diffusers module path
// with dots as underscores), which AUTOMATIC1111/Forge, ComfyUI and stable-diffusion.cpp map.
#include "core/export/concept_export.h"

#include <cmath>
#include <map>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/export/merged_checkpoint.h"
#include "core/export/prompt_word.h"
#include "core/io/tensor_file.h"
#include "core/nn/custom_diffusion_processor.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/train/custom_diffusion_weights.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

// One changed weight: the diffusers module path ("down_blocks.0.attentions.0.transformer_blocks
// .0.attn2.to_k") and custom - base, float32 on the CPU.
struct LayerDelta {
  std::string module;
  torch::Tensor weight;
  torch::Tensor bias;  // only the output projection with --freeze_model crossattn
};

struct TokenRow {
  std::string token;
  torch::Tensor row;  // [dim]
};

torch::Tensor cpu_float(const torch::Tensor& t) {
  return t.detach().to(torch::kCPU, torch::kFloat).contiguous();
}

std::vector<LayerDelta> layer_deltas(StableDiffusionModel& model,
                                     const AppliedCustomDiffusion& applied) {
  std::map<std::string, Attention> layers;
  for (auto& [name, attn] : model.unet->attention_layers()) layers.emplace(name, attn);
  std::vector<LayerDelta> out;
  for (const auto& name : applied.layers) {
    auto& attn = *layers.at(name);
    auto p = std::dynamic_pointer_cast<CustomDiffusionProcessorImpl>(attn.processor);
    if (!p || !p->train_kv) continue;
    out.push_back({name + ".to_k",
                   cpu_float(p->to_k_custom_diffusion->weight) - cpu_float(attn.to_k->weight),
                   {}});
    out.push_back({name + ".to_v",
                   cpu_float(p->to_v_custom_diffusion->weight) - cpu_float(attn.to_v->weight),
                   {}});
    if (p->train_q_out) {
      out.push_back({name + ".to_q",
                     cpu_float(p->to_q_custom_diffusion->weight) - cpu_float(attn.to_q->weight),
                     {}});
      auto mine = p->to_out_custom_diffusion[0]->as<torch::nn::Linear>();
      auto theirs = attn.to_out[0]->as<torch::nn::Linear>();
      LayerDelta d{name + ".to_out.0", cpu_float(mine->weight) - cpu_float(theirs->weight), {}};
      if (theirs->bias.defined()) d.bias = cpu_float(mine->bias) - cpu_float(theirs->bias);
      out.push_back(std::move(d));
    }
  }
  return out;
}

std::string kohya_name(const std::string& module) {
  std::string name = "lora_unet_" + module;
  for (auto& c : name)
    if (c == '.') c = '_';
  return name;
}

torch::ScalarType stored_dtype(const std::string& name) {
  if (name == "fp32") return torch::kFloat;
  if (name == "fp16") return torch::kHalf;
  if (name == "bf16") return torch::kBFloat16;
  throw CoreError("the export precision is fp32, fp16 or bf16, not \"" + name + "\"");
}

std::vector<std::string> words_for(const std::vector<TokenRow>& tokens,
                                   const std::vector<std::string>& given) {
  if (!given.empty() && given.size() != tokens.size())
    throw CoreError("the concept has " + std::to_string(tokens.size()) + " token(s) but " +
                    std::to_string(given.size()) +
                    " prompt word(s) were given; give one per token");
  std::vector<std::string> words;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const auto word = given.empty() ? prompt_word_for_token(tokens[i].token, words) : given[i];
    const auto problem = prompt_word_problem(word);
    if (!problem.empty())
      throw CoreError("\"" + word + "\" cannot be the prompt word of " + tokens[i].token + ": " +
                      problem);
    for (const auto& w : words)
      if (w == word) throw CoreError("the prompt word \"" + word + "\" is given twice");
    words.push_back(word);
  }
  return words;
}

// The metadata every network file carries: kohya's keys that AUTOMATIC1111's and Forge's LoRA
// pages show and use to tell SD 1.x from 2.x (ss_v2, ss_base_model_version), plus our own.
std::map<std::string, std::string> network_metadata(const StableDiffusionModel& model,
                                                    const fs::path& weights_dir,
                                                    const fs::path& output,
                                                    const std::vector<ExportedToken>& tokens) {
  // SD 2.x: OpenCLIP's text encoder (1024 wide, GELU) and linear projections in the UNet.
  const auto& text = model.text_encoder->text_model->config;
  const bool v2 = text.hidden_size == 1024 || text.hidden_act == "gelu" ||
                  model.unet->config.use_linear_projection;
  nlohmann::json words = nlohmann::json::object();
  nlohmann::json tags = nlohmann::json::object();
  for (const auto& t : tokens) {
    words[t.token] = t.word;
    tags[t.word] = 1;
  }
  return {{"format", "pt"},
          {"ss_output_name", output.stem().string()},
          {"ss_sd_model_name", fs::path(model.source).filename().string()},
          {"ss_base_model_version", v2 ? "sd_v2" : "sd_v1"},
          {"ss_v2", v2 ? "True" : "False"},
          // Tools list these as the concept's trigger words.
          {"ss_tag_frequency", nlohmann::json{{"concept", tags}}.dump()},
          {"cds_source", "Custom Diffusion Studio export of " + weights_dir.filename().string()},
          {"cds_prompt_words", words.dump()}};
}

void write_embeddings(const std::vector<TokenRow>& tokens, std::vector<ExportedToken>& exported,
                      const fs::path& folder, torch::ScalarType dtype, ExportReport& report) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw FileError(folder, "cannot create the folder (" + ec.message() + ")");
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto& e = exported[i];
    e.file = folder / (e.word + ".safetensors");
    // kohya's and ComfyUI's layout: one tensor "emb_params" [vectors, width]; AUTOMATIC1111
    // reads any single tensor, stable-diffusion.cpp any tensor of the text encoder's width.
    save_safetensors(e.file, {{"emb_params", tokens[i].row.unsqueeze(0).to(dtype)}},
                     {{"format", "pt"}, {"cds_token", e.token}, {"cds_prompt_word", e.word}});
    report.files.push_back(e.file);
  }
}

void add_bundle(StateDict& file, const std::vector<TokenRow>& tokens,
                const std::vector<ExportedToken>& exported, torch::ScalarType dtype) {
  // AUTOMATIC1111's networks.py reads "bundle_emb.<name>.string_to_param.<key>" as the
  // embedding <name>, used in prompts by that name while the LoRA is active.
  for (size_t i = 0; i < tokens.size(); ++i)
    file["bundle_emb." + exported[i].word + ".string_to_param.*"] =
        tokens[i].row.unsqueeze(0).to(dtype);
}

struct LowRank {
  torch::Tensor up, down;  // [out, r], [r, in]
  int64_t rank = 0;
};

// Truncated SVD split evenly (sqrt of the singular values on each side), computed in float64.
LowRank low_rank(const torch::Tensor& delta, int fixed_rank, double energy) {
  const auto m = delta.to(torch::kDouble);
  auto [u, s, vh] = torch::linalg_svd(m, /*full_matrices=*/false);
  const int64_t full = s.size(0);
  int64_t r = full;
  if (fixed_rank > 0) {
    r = std::min<int64_t>(fixed_rank, full);
  } else {
    const auto power = s.square();
    const auto total = power.sum().item<double>();
    const auto kept = power.cumsum(0);
    r = 1;
    while (r < full && kept[r - 1].item<double>() < energy * total) ++r;
  }
  const auto root = s.slice(0, 0, r).sqrt();
  return {u.slice(1, 0, r) * root.unsqueeze(0), root.unsqueeze(1) * vh.slice(0, 0, r), r};
}

void write_network(StableDiffusionModel& model, const std::vector<LayerDelta>& deltas,
                   const std::vector<TokenRow>& tokens, std::vector<ExportedToken>& exported,
                   const fs::path& weights_dir, const ExportOptions& o, ExportReport& report) {
  const auto dtype = stored_dtype(o.dtype);
  if (o.output.extension() != ".safetensors")
    throw FileError(o.output, "the network file must end in .safetensors");
  write_embeddings(tokens, exported, o.output.parent_path().empty() ? "." : o.output.parent_path(),
                   dtype, report);
  StateDict file;
  auto meta = network_metadata(model, weights_dir, o.output, exported);
  bool bias_changed = false;
  if (o.format == ExportFormat::Diff) {
    // LyCORIS "full": the exact difference per weight (<name>.diff) and bias (<name>.diff_b).
    for (const auto& d : deltas) {
      file[kohya_name(d.module) + ".diff"] = d.weight.to(dtype);
      if (d.bias.defined()) file[kohya_name(d.module) + ".diff_b"] = d.bias.to(dtype);
    }
    meta["ss_network_module"] = "lycoris.kohya";
    meta["ss_network_args"] = R"({"algo": "full"})";
  } else {
    if (o.rank < 0) throw CoreError("the LoRA rank must be positive");
    if (o.rank == 0 && !(o.energy > 0 && o.energy <= 1))
      throw CoreError("the kept energy must lie in (0, 1], not " + std::to_string(o.energy));
    double err2 = 0, norm2 = 0;
    for (const auto& d : deltas) {
      const auto name = kohya_name(d.module);
      if (d.bias.defined()) {
        file[name + ".diff_b"] = d.bias.to(dtype);
        bias_changed = true;
      }
      const double norm = d.weight.norm().item<double>();
      if (norm == 0) continue;  // an unchanged layer needs no factors
      const auto lr = low_rank(d.weight, o.rank, o.energy);
      const auto up = lr.up.to(dtype), down = lr.down.to(dtype);
      file[name + ".lora_up.weight"] = up;
      file[name + ".lora_down.weight"] = down;
      // alpha = rank: the loaders' alpha / rank scale is 1, so up * down is the delta itself.
      file[name + ".alpha"] = torch::tensor(static_cast<float>(lr.rank));
      const double err =
          (d.weight.to(torch::kDouble) - up.to(torch::kDouble).matmul(down.to(torch::kDouble)))
              .norm()
              .item<double>();
      err2 += err * err;
      norm2 += norm * norm;
      report.max_layer_relative_error = std::max(report.max_layer_relative_error, err / norm);
      report.max_rank = std::max(report.max_rank, lr.rank);
    }
    report.relative_error = norm2 > 0 ? std::sqrt(err2 / norm2) : 0;
    const std::string dim = o.rank > 0 ? std::to_string(o.rank) : "Dynamic";
    meta["ss_network_module"] = "networks.lora";
    meta["ss_network_dim"] = dim;
    meta["ss_network_alpha"] = dim;
    meta["cds_relative_error"] = std::to_string(report.relative_error);
    meta["cds_max_layer_relative_error"] = std::to_string(report.max_layer_relative_error);
    meta["cds_max_rank"] = std::to_string(report.max_rank);
    if (o.rank == 0) meta["cds_kept_energy"] = std::to_string(o.energy);
    if (bias_changed)
      report.notes.push_back(
          "The concept also changed output-projection biases (trained with --freeze_model "
          "crossattn); they are stored as .diff_b, which ComfyUI and stable-diffusion.cpp apply "
          "but AUTOMATIC1111 ignores in a LoRA: use --format diff there.");
  }
  if (o.bundle_embeddings) add_bundle(file, tokens, exported, dtype);
  save_safetensors(o.output, file, meta);
  report.files.push_back(o.output);
}

}  // namespace

std::optional<ExportFormat> parse_export_format(const std::string& name) {
  if (name == "embedding") return ExportFormat::Embedding;
  if (name == "diff") return ExportFormat::Diff;
  if (name == "lora") return ExportFormat::Lora;
  if (name == "checkpoint") return ExportFormat::Checkpoint;
  return std::nullopt;
}

const char* export_format_name(ExportFormat format) {
  switch (format) {
    case ExportFormat::Embedding:
      return "embedding";
    case ExportFormat::Diff:
      return "diff";
    case ExportFormat::Lora:
      return "lora";
    case ExportFormat::Checkpoint:
      return "checkpoint";
  }
  return "";
}

ExportReport export_concept(const std::string& base_model, const fs::path& weights_dir,
                            const ExportOptions& o) {
  if (o.output.empty()) throw CoreError("no output path given for the export");
  stored_dtype(o.dtype);  // refuse a bad precision before loading anything
  // A file beside the concept's own would be read back as one of its token embeddings.
  fs::path folder = o.format == ExportFormat::Embedding ? o.output : o.output.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (fs::exists(folder, ec) && fs::equivalent(folder, weights_dir, ec))
    throw FileError(o.output, "lies in the concept's own folder; export to another folder");
  auto model = load_stable_diffusion(base_model);
  const int64_t base_vocab = model.text_encoder->token_embedding()->weight.size(0);
  const auto applied = apply_custom_diffusion_weights(model, weights_dir, 1.0);
  const auto deltas = layer_deltas(model, applied);
  std::vector<TokenRow> tokens;
  const auto& table = model.text_encoder->token_embedding()->weight;
  for (const auto& t : applied.tokens)
    tokens.push_back({t, cpu_float(table[*model.tokenizer.token_to_id(t)])});

  ExportReport report;
  report.layers = deltas.size();
  const auto words = words_for(tokens, o.words);
  for (size_t i = 0; i < tokens.size(); ++i) {
    report.tokens.push_back({tokens[i].token, words[i], {}});
    if (!prompt_word_fits_stable_diffusion_cpp(words[i]))
      report.notes.push_back(
          "stable-diffusion.cpp matches only words of letters a-z, so it "
          "cannot use the prompt word \"" +
          words[i] + "\"; choose another with --name to use it there.");
  }
  if (o.format == ExportFormat::Embedding) {
    if (tokens.empty()) throw FileError(weights_dir, "holds no modifier token embedding to export");
    write_embeddings(tokens, report.tokens, o.output, stored_dtype(o.dtype), report);
    if (!deltas.empty())
      report.notes.push_back(
          "An embedding carries only the new words, not the concept's attention weights: "
          "export a diff or lora as well for the full concept.");
    return report;
  }
  if (deltas.empty())
    throw FileError(weights_dir,
                    "changes no attention weight, so there is nothing to export as a " +
                        std::string(export_format_name(o.format)));
  if (o.format == ExportFormat::Checkpoint) {
    if (o.output.extension() != ".safetensors")
      throw FileError(o.output, "the checkpoint file must end in .safetensors");
    const auto dtype = stored_dtype(o.dtype);
    write_embeddings(tokens, report.tokens,
                     o.output.parent_path().empty() ? "." : o.output.parent_path(), dtype, report);
    // kohya's ss_* keys describe networks; a model file keeps only what says where it came from.
    auto meta = network_metadata(model, weights_dir, o.output, report.tokens);
    for (auto it = meta.begin(); it != meta.end();)
      it = it->first.rfind("ss_", 0) == 0 ? meta.erase(it) : std::next(it);
    write_merged_checkpoint(model, base_vocab, o.output, dtype, meta);
    report.files.push_back(o.output);
    if (!tokens.empty())
      report.notes.push_back(
          "A checkpoint cannot carry new words: use the embedding files written beside it "
          "(AUTOMATIC1111, Forge and stable-diffusion.cpp: the embeddings folder; ComfyUI: "
          "models/embeddings).");
    return report;
  }
  write_network(model, deltas, tokens, report.tokens, weights_dir, o, report);
  return report;
}

}  // namespace cds
