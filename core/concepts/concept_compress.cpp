// Low-rank compression of a concept's weight changes (see concept_compress.h). As the original
// repository's compress step: SVD of W - W0 per weight, the top singular values kept.
#include "core/concepts/concept_compress.h"

#include <cmath>
#include <map>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/concepts/concept_output.h"
#include "core/concepts/concept_weights.h"
#include "core/concepts/low_rank_delta.h"
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/tensor_file.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/train/custom_diffusion_weights.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

// One weight's change, decomposed once; truncated for every keep tried.
struct Decomposed {
  at::Tensor base, weight;  // float64 W0 and W
  at::Tensor U, S, Vh;      // of W - W0 (matrices only)
  bool matrix = false;
};

int64_t rank_for(double keep, int64_t full) {
  return std::clamp<int64_t>(static_cast<int64_t>(std::ceil(keep * double(full) - 1e-9)), 1, full);
}

int64_t folder_bytes(const fs::path& dir, std::vector<std::pair<fs::path, int64_t>>* files) {
  int64_t total = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const auto size = static_cast<int64_t>(entry.file_size());
    total += size;
    if (files) files->emplace_back(entry.path().filename(), size);
  }
  return total;
}

double relative(const at::Tensor& error, const at::Tensor& reference) {
  const double r = reference.norm().item<double>();
  return r > 0 ? error.norm().item<double>() / r : error.norm().item<double>();
}

}  // namespace

CompressReport compress_concept(const CompressOptions& options, const fs::path& output) {
  if (options.keep < 0 || options.keep > 1 || std::isnan(options.keep))
    throw CoreError("the fraction of singular values to keep must lie in (0, 1], not " +
                    std::to_string(options.keep));
  if (options.target_bytes < 0) throw CoreError("the target size must be positive");
  if (options.base_model.empty())
    throw CoreError(
        "compressing needs the base model the concept was trained on (--base): the "
        "low-rank part is the change from its weights");
  torch::NoGradGuard no_grad;
  auto model = load_stable_diffusion(options.base_model);
  const auto width = model.text_encoder->token_embedding()->weight.size(1);
  const auto concept = load_concept_weights(options.weights, model.unet, width);
  const auto [change, change_key] = largest_relative_change(concept, model.unet);
  CompressReport report;
  report.output = output;
  report.expanded = options.expand;
  report.notes = concept.record.notes;
  if (change > 1.0)
    throw FileError(options.weights, "its weights differ from " + options.base_model + "'s by " +
                                         std::to_string(int(100 * change)) + "% at '" + change_key +
                                         "': it was trained on another base model");

  std::map<std::string, Decomposed> parts;
  for (const auto& [key, w] : concept.weights) {
    Decomposed d;
    d.base = custom_diffusion_original(model.unet, key).detach().to(torch::kCPU, torch::kDouble);
    d.weight = w.to(torch::kDouble);
    d.matrix = w.dim() == 2;
    if (d.matrix) std::tie(d.U, d.S, d.Vh) = torch::linalg_svd(d.weight - d.base, false);
    parts[key] = d;
  }
  std::error_code ec;
  for (const char* ext : {".safetensors", ".bin"}) {
    const auto f = options.weights / (std::string(kCustomDiffusionWeightsStem) + ext);
    if (fs::is_regular_file(f, ec)) {
      report.input_bytes += static_cast<int64_t>(fs::file_size(f));
      break;
    }
  }
  if (concept.compressed)
    report.input_bytes +=
        static_cast<int64_t>(fs::file_size(options.weights / kCompressedWeightsFile));
  for (const auto& t : concept.tokens)
    for (const char* ext : {".safetensors", ".bin"})
      if (fs::is_regular_file(options.weights / (t.token + ext), ec)) {
        report.input_bytes +=
            static_cast<int64_t>(fs::file_size(options.weights / (t.token + ext)));
        break;
      }

  ConceptRecord record = concept.record;
  record.kind = options.expand ? "expanded" : "compressed";
  if (record.base_model.empty()) record.base_model = options.base_model;

  ConceptOutputFolder out(output);
  // Writes the weights (factors or full) for `keep` into the temporary folder and returns the
  // folder's size; fills the report's layers.
  const auto write = [&](double keep) {
    report.layers.clear();
    report.keep = keep;
    StateDict tensors;
    for (const auto& [key, d] : parts) {
      CompressedLayer layer;
      layer.key = key;
      layer.full_bytes = d.weight.numel() * 4;
      at::Tensor rebuilt;
      if (!d.matrix) {
        const auto delta = (d.weight - d.base).to(torch::kFloat);
        rebuilt = d.base + delta.to(torch::kDouble);
        if (!options.expand) tensors[key + kDeltaSuffix] = delta.contiguous();
        layer.bytes = delta.numel() * 4;
      } else {
        layer.full_rank = d.S.size(0);
        layer.rank = rank_for(keep, layer.full_rank);
        const auto up = (d.U.slice(1, 0, layer.rank) * d.S.slice(0, 0, layer.rank))
                            .to(torch::kFloat)
                            .contiguous();                                              // [out, r]
        const auto down = d.Vh.slice(0, 0, layer.rank).to(torch::kFloat).contiguous();  // [r, in]
        rebuilt = d.base + torch::matmul(up.to(torch::kDouble), down.to(torch::kDouble));
        if (!options.expand) {
          tensors[key + kUpSuffix] = up;
          tensors[key + kDownSuffix] = down;
        }
        layer.bytes = (up.numel() + down.numel()) * 4;
      }
      if (options.expand) {
        rebuilt = rebuilt.to(torch::kFloat);
        tensors[key] = rebuilt.contiguous();
        layer.bytes = layer.full_bytes;
      }
      const auto r64 = rebuilt.to(torch::kDouble);
      layer.delta_error = relative(r64 - d.weight, d.weight - d.base);
      layer.weight_error = relative(r64 - d.weight, d.weight);
      report.layers.push_back(layer);
    }
    if (options.expand) {
      save_safetensors(out.dir() / (std::string(kCustomDiffusionWeightsStem) + ".safetensors"),
                       tensors, {{"format", "pt"}});
    } else {
      save_safetensors(out.dir() / kCompressedWeightsFile, tensors,
                       {{"format", "pt"},
                        {"cdstudio_format", kCompressedFormat},
                        {"base_model", options.base_model}});
    }
    auto j = to_json(record);
    j["source"] = options.weights.string();
    // An integer, so that the record grows with keep (a size target's search needs the folder's
    // size to grow with it; 0.469 prints longer than 0.5).
    j["keep_per_million"] = static_cast<int64_t>(std::llround(keep * 1e6));
    write_file_atomically(out.dir() / kConceptRecordFile, j.dump(2) + "\n");
    return folder_bytes(out.dir(), nullptr);
  };

  for (const auto& t : concept.tokens)
    save_safetensors(out.dir() / (t.token + ".safetensors"), {{t.token, t.embedding.contiguous()}},
                     {{"format", "pt"}});
  double keep = options.keep > 0 ? options.keep : 1.0;
  if (options.keep == 0 && options.target_bytes > 0 && !options.expand) {
    // The folder grows with keep: the largest of 1/1000, 2/1000, ... 1 that fits.
    int lo = 1, hi = 1000;
    if (write(lo / 1000.0) > options.target_bytes)
      throw CoreError("the compressed folder cannot be as small as " +
                      std::to_string(options.target_bytes) +
                      " bytes: keeping one singular "
                      "value per weight takes " +
                      std::to_string(folder_bytes(out.dir(), nullptr)) + " bytes");
    while (lo < hi) {
      const int mid = (lo + hi + 1) / 2;
      if (write(mid / 1000.0) <= options.target_bytes)
        lo = mid;
      else
        hi = mid - 1;
    }
    keep = lo / 1000.0;
  } else if (options.target_bytes > 0 && options.expand) {
    report.notes.push_back("--size does not apply with --expand: full weights have a fixed size");
  }
  write(keep);
  report.files.clear();
  out.commit();
  report.output_bytes = folder_bytes(output, &report.files);
  std::sort(report.files.begin(), report.files.end());
  return report;
}

}  // namespace cds
