// Reading a concept folder's tensors against a base model (see concept_weights.h).
#include "core/concepts/concept_weights.h"

#include <map>
#include <set>

#include <torch/torch.h>

#include "core/concepts/low_rank_delta.h"
#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "core/io/shape_text.h"
#include "core/io/tensor_file.h"
#include "core/train/custom_diffusion_weights.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

// "<layer>.processor.<part>" -> "<layer>"
std::string layer_of(const std::string& key) { return key.substr(0, key.find(".processor.")); }

}  // namespace

ConceptWeights load_concept_weights(const fs::path& dir, UNet2DConditionModel& unet,
                                    int64_t token_width) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw FileError(dir, "is not a folder of Custom Diffusion weights");
  ConceptWeights c;
  c.dir = dir;
  c.record = read_concept_record(dir);
  const std::string stem = kCustomDiffusionWeightsStem;
  fs::path file;
  for (const char* ext : {".safetensors", ".bin"})
    if (file.empty() && fs::is_regular_file(dir / (stem + ext), ec)) file = dir / (stem + ext);
  const auto original = [&](const std::string& key) {
    return custom_diffusion_original(unet, key);
  };
  if (!file.empty()) {
    c.weights = load_weight_file(file);
  } else if (fs::is_regular_file(dir / kCompressedWeightsFile, ec)) {
    file = dir / kCompressedWeightsFile;
    c.compressed = true;
    c.weights = expand_low_rank_deltas(file, load_weight_file(file), original);
  } else {
    throw FileError(dir, "holds no " + stem + ".safetensors, " + stem + ".bin or " +
                             kCompressedWeightsFile + ": not a Custom Diffusion output folder");
  }
  if (c.weights.empty()) throw FileError(file, "holds no Custom Diffusion weights");

  std::map<std::string, std::set<std::string>> parts_by_layer;
  for (auto& [key, tensor] : c.weights) {
    const auto base = original(key);
    if (!base.defined())
      throw FileError(dir, "'" + key +
                               "' names no attention weight of the base model's UNet: this "
                               "concept was trained on another base model");
    if (!tensor.is_floating_point())
      throw FileError(file, "'" + key + "' is not a floating-point tensor");
    if (tensor.sizes() != base.sizes())
      throw FileError(dir, "'" + key + "' has shape " + shape_text(tensor.sizes()) +
                               " but the base model's layer has " + shape_text(base.sizes()) +
                               ": this concept was trained on another base model");
    tensor = tensor.detach().to(torch::kCPU, torch::kFloat).contiguous();
    const auto part = key.substr(key.find(".processor.") + 11);
    parts_by_layer[layer_of(key)].insert(part);
    if (part.rfind("to_q", 0) == 0 || part.rfind("to_out", 0) == 0) c.q_out = true;
  }
  // Every layer carries the same parts, as the trainer saves them (diffusers' processor loads
  // them strictly, so a partial layer would not load anywhere).
  const auto& first = *parts_by_layer.begin();
  for (const auto& [layer, parts] : parts_by_layer) {
    const bool has_kv =
        parts.count("to_k_custom_diffusion.weight") && parts.count("to_v_custom_diffusion.weight");
    if (!has_kv || parts.size() != first.second.size())
      throw FileError(file, "the layer '" + layer + "' carries " + std::to_string(parts.size()) +
                                " Custom Diffusion weights but '" + first.first + "' carries " +
                                std::to_string(first.second.size()) +
                                " (key and value are needed on every layer)");
  }

  for (const auto& path : embedding_files(dir)) {
    const auto one = read_if_single_tensor(path);
    if (!one) continue;
    const auto& [token, tensor] = *one->begin();
    if (!tensor.is_floating_point() || tensor.numel() != token_width || token.empty())
      throw FileError(path, "the embedding of \"" + token + "\" has shape " +
                                shape_text(tensor.sizes()) + " but the base model's text " +
                                "encoder is " + std::to_string(token_width) +
                                " wide: this concept was trained on another base model");
    c.tokens.push_back(
        {token, tensor.detach().reshape({token_width}).to(torch::kCPU, torch::kFloat)});
  }
  std::sort(c.tokens.begin(), c.tokens.end(),
            [](const ConceptToken& a, const ConceptToken& b) { return a.token < b.token; });
  return c;
}

std::pair<double, std::string> largest_relative_change(const ConceptWeights& concept,
                                                       UNet2DConditionModel& unet) {
  std::pair<double, std::string> worst{0.0, ""};
  for (const auto& [key, w] : concept.weights) {
    const auto base = custom_diffusion_original(unet, key).detach().to(torch::kCPU, torch::kDouble);
    const double norm = base.norm().item<double>();
    if (norm == 0) continue;
    const double change = (w.to(torch::kDouble) - base).norm().item<double>() / norm;
    if (change > worst.first) worst = {change, key};
  }
  return worst;
}

}  // namespace cds
