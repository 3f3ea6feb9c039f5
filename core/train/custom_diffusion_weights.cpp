// Custom Diffusion output files (see custom_diffusion_weights.h). Saving mirrors diffusers 0.31
// AttnProcsLayers / save_attn_procs and train_custom_diffusion.py's save_new_embed; loading mirrors
// UNet2DConditionLoadersMixin._process_custom_diffusion and load_textual_inversion.
#include "core/train/custom_diffusion_weights.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include <torch/torch.h>

#include "core/concepts/low_rank_delta.h"
#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "core/io/shape_text.h"
#include "core/io/state_dict_pickle.h"
#include "core/io/tensor_file.h"
#include "core/nn/custom_diffusion_processor.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

// A token's file is `<token>.safetensors`, so the token must be a plain file name.
void check_token_file_name(const std::string& token) {
  if (token.empty())
    throw CoreError("a modifier token is empty; it names its embedding file and cannot be");
  if (token.find('/') != std::string::npos || token.find('\0') != std::string::npos)
    throw CoreError("the modifier token \"" + token +
                    "\" contains '/', which a file name cannot hold (its embedding is saved as "
                    "<token>.safetensors); choose a token without it, e.g. <new1>");
  if (token == "." || token == "..")
    throw CoreError("the modifier token \"" + token +
                    "\" cannot be a file name; choose another, e.g. <new1>");
  if (token == kCustomDiffusionWeightsStem)
    throw CoreError("the modifier token \"" + token +
                    "\" would overwrite the weights file; choose another");
}

// The processor weights a Custom Diffusion file may hold, as `<layer>.processor.<sub key>`.
enum class Part { K, V, Q, OutWeight, OutBias };
constexpr std::array<std::pair<const char*, Part>, 5> kParts = {{
    {"to_k_custom_diffusion.weight", Part::K},
    {"to_v_custom_diffusion.weight", Part::V},
    {"to_q_custom_diffusion.weight", Part::Q},
    {"to_out_custom_diffusion.0.weight", Part::OutWeight},
    {"to_out_custom_diffusion.0.bias", Part::OutBias},
}};

std::optional<std::pair<std::string, Part>> split_key(const std::string& key) {
  static const std::string processor = ".processor.";
  for (const auto& [sub, part] : kParts) {
    const std::string suffix = processor + sub;
    if (key.size() > suffix.size() &&
        key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0)
      return std::make_pair(key.substr(0, key.size() - suffix.size()), part);
  }
  return std::nullopt;
}

// The layer's own tensor that a custom weight replaces (its "original" for blending).
torch::Tensor original_of(AttentionImpl& attn, Part part) {
  auto out = attn.to_out[0]->as<torch::nn::Linear>();
  switch (part) {
    case Part::K:
      return attn.to_k->weight;
    case Part::V:
      return attn.to_v->weight;
    case Part::Q:
      return attn.to_q->weight;
    case Part::OutWeight:
      return out->weight;
    case Part::OutBias:
      return out->bias;
  }
  return {};
}

torch::Tensor processor_tensor(CustomDiffusionProcessorImpl& p, Part part) {
  switch (part) {
    case Part::K:
      return p.train_kv ? p.to_k_custom_diffusion->weight : torch::Tensor();
    case Part::V:
      return p.train_kv ? p.to_v_custom_diffusion->weight : torch::Tensor();
    case Part::Q:
      return p.train_q_out ? p.to_q_custom_diffusion->weight : torch::Tensor();
    case Part::OutWeight:
      return p.train_q_out ? p.to_out_custom_diffusion[0]->as<torch::nn::Linear>()->weight
                           : torch::Tensor();
    case Part::OutBias:
      return p.train_q_out ? p.to_out_custom_diffusion[0]->as<torch::nn::Linear>()->bias
                           : torch::Tensor();
  }
  return {};
}

struct LayerWeights {
  Attention attn{nullptr};
  std::map<Part, torch::Tensor> parts;  // float32 CPU
  bool q_out() const {
    return parts.count(Part::Q) || parts.count(Part::OutWeight) || parts.count(Part::OutBias);
  }
};

// Groups the file's keys by attention layer and checks each against the UNet.
std::map<std::string, LayerWeights> check_weights(const fs::path& file, const StateDict& weights,
                                                  UNet2DConditionModel& unet) {
  std::map<std::string, Attention> layers;
  for (auto& [name, attn] : unet->attention_layers()) layers.emplace(name, attn);
  std::map<std::string, LayerWeights> out;
  for (const auto& [key, tensor] : weights) {
    const auto split = split_key(key);
    if (!split)
      throw FileError(file, "'" + key +
                                "' is not a Custom Diffusion processor weight (<layer>.processor." +
                                "to_k_custom_diffusion.weight, ...)");
    const auto layer = layers.find(split->first);
    if (layer == layers.end())
      throw FileError(
          file, "'" + key + "' names the attention layer '" + split->first +
                    "', which this model's UNet does not have (weights trained on another model?)");
    if (!tensor.is_floating_point())
      throw FileError(file, "'" + key + "' is " + std::string(c10::toString(tensor.scalar_type())) +
                                ", not a floating-point tensor");
    const auto expected = original_of(*layer->second, split->second);
    if (!expected.defined())
      throw FileError(file, "'" + key + "': the layer's output projection has no bias");
    if (tensor.sizes() != expected.sizes())
      throw FileError(file, "'" + key + "' has shape " + shape_text(tensor.sizes()) +
                                " but the layer needs " + shape_text(expected.sizes()) +
                                " (weights trained on another model?)");
    auto& group = out[split->first];
    group.attn = layer->second;
    group.parts[split->second] = tensor.detach().to(torch::kCPU, torch::kFloat);
  }
  // diffusers' CustomDiffusionAttnProcessor with weights always has key and value, and with
  // train_q_out the query and the whole output projection; its strict load_state_dict
  // refuses anything less, and so do we.
  for (const auto& [name, group] : out) {
    std::vector<std::pair<Part, const char*>> needed = {{Part::K, "to_k"}, {Part::V, "to_v"}};
    if (group.q_out()) {
      needed.insert(needed.end(), {{Part::Q, "to_q"}, {Part::OutWeight, "to_out.0.weight"}});
      if (original_of(*group.attn.ptr(), Part::OutBias).defined())
        needed.emplace_back(Part::OutBias, "to_out.0.bias");
    }
    for (const auto& [part, what] : needed)
      if (!group.parts.count(part))
        throw FileError(file, "the layer '" + name + "' has Custom Diffusion weights but no " +
                                  what + " weight (" + name + ".processor." +
                                  kParts[size_t(part)].first + ")");
  }
  if (out.empty()) throw FileError(file, "the file holds no Custom Diffusion weights");
  return out;
}

struct TokenEmbedding {
  fs::path file;
  std::string token;
  torch::Tensor row;  // float32 CPU [dim]
};

std::vector<TokenEmbedding> read_embeddings(const fs::path& dir, const ClipTokenizer& tokenizer,
                                            int64_t width, std::vector<fs::path>& ignored) {
  std::vector<TokenEmbedding> out;
  std::set<std::string> seen;
  for (const auto& file : embedding_files(dir)) {
    const auto dict = read_if_single_tensor(file);
    if (!dict) {
      ignored.push_back(file);
      continue;
    }
    const auto& [token, tensor] = *dict->begin();
    if (token.empty()) throw FileError(file, "the embedding's token (its key) is empty");
    if (!tensor.is_floating_point())
      throw FileError(file, "the embedding of \"" + token + "\" is not a floating-point tensor");
    // diffusers saves [dim]; textual-inversion files may carry a leading 1.
    const bool one_row = tensor.dim() == 1 || (tensor.dim() == 2 && tensor.size(0) == 1);
    if (!one_row)
      throw FileError(file, "the embedding of \"" + token + "\" has shape " +
                                shape_text(tensor.sizes()) +
                                "; only one vector per token is supported");
    if (tensor.size(-1) != width)
      throw FileError(file, "the embedding of \"" + token + "\" is " +
                                std::to_string(tensor.size(-1)) +
                                " wide but this model's text encoder uses " +
                                std::to_string(width) + " (trained on another model?)");
    const auto& added = tokenizer.added_tokens();
    if (tokenizer.token_to_id(token) ||
        std::find(added.begin(), added.end(), token) != added.end() || seen.count(token))
      throw FileError(
          file, "the token \"" + token +
                    "\" already exists in the tokenizer (another concept with the same token?)");
    seen.insert(token);
    out.push_back({file, token, tensor.detach().reshape({width}).to(torch::kCPU, torch::kFloat)});
  }
  return out;
}

// New w, given what the layer runs now (the original or an earlier concept's weight).
torch::Tensor blended(const torch::Tensor& custom, const torch::Tensor& original,
                      const torch::Tensor& current, bool first, double scale) {
  if (first) return scale * custom + (1 - scale) * original;
  return current + scale * (custom - original);
}

void install(const std::string& name, const LayerWeights& group, double scale) {
  AttentionImpl& attn = *group.attn.ptr();
  const auto existing = std::dynamic_pointer_cast<CustomDiffusionProcessorImpl>(attn.processor);
  const bool q_out = group.q_out() || (existing && existing->train_q_out);
  auto p = std::make_shared<CustomDiffusionProcessorImpl>(
      true, q_out, attn.inner_dim(), attn.options.cross_attention_dim, attn.options.out_bias);
  const auto options = attn.to_q->weight.options();
  p->to(options.device(), options.dtype().toScalarType());
  torch::NoGradGuard no_grad;
  for (const auto& [sub, part] : kParts) {
    auto target = processor_tensor(*p, part);
    if (!target.defined()) continue;
    const auto original = original_of(attn, part).detach().to(torch::kCPU, torch::kFloat);
    const auto previous = existing ? processor_tensor(*existing, part) : torch::Tensor();
    const auto current =
        previous.defined() ? previous.detach().to(torch::kCPU, torch::kFloat) : original;
    const auto custom = group.parts.find(part);
    const auto value = custom == group.parts.end()
                           ? current
                           : blended(custom->second, original, current, !previous.defined(), scale);
    if (value.sizes() != target.sizes())
      throw CoreError("the Custom Diffusion processor of '" + name + "' needs " +
                      shape_text(target.sizes()) + " for " + sub + ", got " +
                      shape_text(value.sizes()));
    target.copy_(value);
  }
  for (auto& param : p->parameters()) param.set_requires_grad(false);
  attn.set_processor(p);
}

}  // namespace

std::vector<fs::path> embedding_files(const fs::path& dir) {
  std::map<std::string, fs::path> by_stem;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const auto& path = it->path();
    const auto ext = path.extension().string();
    const auto stem = path.stem().string();
    if ((ext != ".safetensors" && ext != ".bin") || stem == kCustomDiffusionWeightsStem ||
        path.filename() == kCompressedWeightsFile || stem.empty() || stem[0] == '.' ||
        !it->is_regular_file(ec))
      continue;
    auto [slot, inserted] = by_stem.emplace(stem, path);
    if (!inserted && ext == ".safetensors") slot->second = path;
  }
  if (ec) throw FileError(dir, "cannot list the folder (" + ec.message() + ")");
  std::vector<fs::path> out;
  for (auto& [stem, path] : by_stem) out.push_back(path);
  return out;
}

std::optional<StateDict> read_if_single_tensor(const fs::path& file) {
  std::string head(2, '\0');
  {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file, "cannot open");
    in.read(head.data(), 2);
  }
  if (head == "PK") {
    auto dict = read_state_dict_pickle(file);
    return dict.size() == 1 ? std::optional<StateDict>(std::move(dict)) : std::nullopt;
  }
  if (SafetensorsFile::open(file).tensors().size() != 1) return std::nullopt;
  return load_safetensors(file);
}

std::vector<fs::path> save_custom_diffusion_weights(const fs::path& dir, UNet2DConditionModel& unet,
                                                    const std::vector<ModifierToken>& tokens,
                                                    ClipTextModel& text_encoder,
                                                    bool safe_serialization) {
  for (const auto& t : tokens) check_token_file_name(t.token);
  const auto params = custom_diffusion_parameters(unet);
  if (params.empty())
    throw CoreError(
        "the UNet carries no Custom Diffusion weights to save (install_custom_diffusion first)");
  const auto embedding = text_encoder->token_embedding()->weight.detach();
  for (const auto& t : tokens)
    if (t.id < 0 || t.id >= embedding.size(0))
      throw CoreError("the modifier token \"" + t.token + "\" has id " + std::to_string(t.id) +
                      ", outside the text encoder's embedding table");

  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw FileError(dir, "cannot create the output folder (" + ec.message() + ")");
  const std::string ext = safe_serialization ? ".safetensors" : ".bin";
  // save_attn_procs saves float32 as trained; safetensors' metadata {"format": "pt"} as diffusers.
  const auto save = [&](const fs::path& file, const StateDict& tensors) {
    if (safe_serialization)
      save_safetensors(file, tensors, {{"format", "pt"}});
    else
      write_state_dict_pickle(file, tensors);
    return file;
  };
  std::vector<fs::path> written;
  StateDict weights;
  for (const auto& [name, t] : params)
    weights[name] = t.detach().to(torch::kCPU, torch::kFloat).contiguous();
  written.push_back(save(dir / (std::string(kCustomDiffusionWeightsStem) + ext), weights));
  for (const auto& t : tokens)
    written.push_back(save(dir / (t.token + ext),
                           {{t.token, embedding[t.id].to(torch::kCPU, torch::kFloat).clone()}}));
  return written;
}

AppliedCustomDiffusion apply_custom_diffusion_weights(StableDiffusionModel& model,
                                                      const fs::path& dir, double scale) {
  if (!(scale >= 0 && scale <= 1))
    throw CoreError(
        "the Custom Diffusion weight scale must lie in [0, 1] (0: the base model, 1: the trained "
        "concept), not " +
        std::to_string(scale));
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw FileError(dir, "not a folder of Custom Diffusion weights");
  AppliedCustomDiffusion applied;
  applied.scale = scale;
  for (const char* ext : {".safetensors", ".bin"}) {
    const auto file = dir / (std::string(kCustomDiffusionWeightsStem) + ext);
    if (fs::is_regular_file(file, ec)) {
      applied.weights_file = file;
      applied.format = ext + 1;
      break;
    }
  }
  if (applied.weights_file.empty() && fs::is_regular_file(dir / kCompressedWeightsFile, ec)) {
    applied.weights_file = dir / kCompressedWeightsFile;
    applied.format = "compressed";
  }
  if (applied.weights_file.empty())
    throw FileError(dir, std::string("holds no ") + kCustomDiffusionWeightsStem +
                             ".safetensors or " + kCustomDiffusionWeightsStem + ".bin (nor " +
                             kCompressedWeightsFile + ")");

  // Read and check everything before the model changes.
  auto weights = load_weight_file(applied.weights_file);
  if (applied.format == "compressed")
    weights = expand_low_rank_deltas(applied.weights_file, weights, [&](const std::string& key) {
      return custom_diffusion_original(model.unet, key);
    });
  const auto layers = check_weights(applied.weights_file, weights, model.unet);
  const auto width = model.text_encoder->token_embedding()->weight.size(1);
  const auto embeddings = read_embeddings(dir, model.tokenizer, width, applied.ignored_files);

  for (const auto& [name, group] : layers) {
    install(name, group, scale);
    applied.layers.push_back(name);
    applied.train_q_out = applied.train_q_out || group.q_out();
  }
  std::vector<std::pair<std::string, torch::Tensor>> rows;
  for (const auto& e : embeddings) rows.emplace_back(e.token, e.row);
  add_token_rows(model, rows);
  for (const auto& e : embeddings) applied.tokens.push_back(e.token);
  return applied;
}

at::Tensor custom_diffusion_original(UNet2DConditionModel& unet, const std::string& key) {
  const auto split = split_key(key);
  if (!split) return {};
  for (auto& [name, attn] : unet->attention_layers())
    if (name == split->first) return original_of(*attn, split->second);
  return {};
}

std::vector<int64_t> add_token_rows(StableDiffusionModel& model,
                                    const std::vector<std::pair<std::string, at::Tensor>>& rows) {
  std::vector<int64_t> ids;
  if (rows.empty()) return ids;
  for (const auto& [token, row] : rows) ids.push_back(model.tokenizer.add_token(token));
  torch::NoGradGuard no_grad;
  auto& old = model.text_encoder->token_embedding();
  const int64_t size =
      std::max<int64_t>(old->weight.size(0), static_cast<int64_t>(model.tokenizer.size()));
  auto table = old;
  if (size > old->weight.size(0)) {
    table = torch::nn::Embedding(size, old->weight.size(1));
    table->to(old->weight.device(), old->weight.scalar_type());
    table->weight.slice(0, 0, old->weight.size(0)).copy_(old->weight);
    table->weight.set_requires_grad(old->weight.requires_grad());
  }
  for (size_t i = 0; i < rows.size(); ++i) table->weight[ids[i]].copy_(rows[i].second);
  if (table.get() != old.get()) {
    model.text_encoder->text_model->embeddings->replace_module("token_embedding", table);
    model.text_encoder->text_model->embeddings->token_embedding = table;
    model.text_encoder->text_model->config.vocab_size = size;
  }
  return ids;
}

}  // namespace cds
