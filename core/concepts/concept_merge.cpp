// Merging Custom Diffusion concepts (see concept_merge.h). Mirrors the original repository's
// src/composenW.py: target features from "<token> <class>" captions at the token's positions,
// their wanted outputs from each concept's own weights, ordinary captions as regularization, and
// the closed-form update per key/value projection (constrained_update.h). Query/output weights
// act on image features, which these text constraints do not describe: their changes are added.
#include "core/concepts/concept_merge.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/concepts/concept_output.h"
#include "core/concepts/concept_weights.h"
#include "core/concepts/constrained_update.h"
#include "core/concepts/general_captions.h"
#include "core/concepts/merge_features.h"
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/tensor_file.h"
#include "core/train/custom_diffusion_weights.h"

namespace cds {

namespace fs = std::filesystem;

std::optional<MergeMethod> parse_merge_method(const std::string& name) {
  if (name == "constrained") return MergeMethod::Constrained;
  if (name == "add") return MergeMethod::Add;
  return std::nullopt;
}

const char* merge_method_name(MergeMethod method) {
  return method == MergeMethod::Add ? "add" : "constrained";
}

namespace {

bool same_base(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

// "<new1>" -> "<new1_2>"; a token without angle brackets gets the suffix at its end.
std::string numbered_token(const std::string& token, int n) {
  if (token.size() > 1 && token.back() == '>')
    return token.substr(0, token.size() - 1) + "_" + std::to_string(n) + ">";
  return token + "_" + std::to_string(n);
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}

// Key and value see the text features; query and output see the image.
bool is_text_projection(const std::string& key) {
  return key.find(".processor.to_k_custom_diffusion.") != std::string::npos ||
         key.find(".processor.to_v_custom_diffusion.") != std::string::npos;
}

std::string percent(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g%%", 100 * x);
  return text;
}

double relative(const at::Tensor& error, const at::Tensor& reference) {
  const double r = reference.norm().item<double>();
  const double e = error.norm().item<double>();
  return r > 0 ? e / r : e;
}

// The concept's prompts with `override` as class prompt, and a made-up instance prompt per
// token when the folder records none (so that a later merge of the result finds its targets).
std::vector<ConceptPrompts> prompts_of(const ConceptWeights& c, const std::string& override) {
  auto prompts = c.record.concepts;
  for (auto& p : prompts)
    if (!override.empty()) p.class_prompt = override;
  for (const auto& t : c.tokens) {
    bool found = false;
    for (const auto& p : prompts)
      found = found || p.instance_prompt.find(t.token) != std::string::npos;
    if (found) continue;
    std::string cls = override;
    for (const auto& p : prompts)
      if (cls.empty()) cls = p.class_prompt;
    prompts.push_back({"photo of a " + t.token + (cls.empty() ? "" : " " + cls), cls, ""});
  }
  return prompts;
}

}  // namespace

MergeReport merge_concepts(const MergeOptions& options, const fs::path& output) {
  if (options.concepts.empty())
    throw CoreError("merging needs at least one concept folder (--weights)");
  if (options.base_model.empty())
    throw CoreError("merging needs the base model the concepts were trained on (--base)");
  torch::NoGradGuard no_grad;
  auto model = load_stable_diffusion(options.base_model);
  const auto width = model.text_encoder->token_embedding()->weight.size(1);
  std::vector<ConceptWeights> concepts;
  for (const auto& c : options.concepts)
    concepts.push_back(load_concept_weights(c.folder, model.unet, width));

  MergeReport report;
  report.output = output;
  report.method = options.method;
  for (const auto& c : concepts)
    report.notes.insert(report.notes.end(), c.record.notes.begin(), c.record.notes.end());

  // Concepts of another base model: a recorded base that differs, or weights far from this
  // base's (training moves them by a few percent; unrelated weights differ by about 140%).
  if (!options.allow_different_bases) {
    for (size_t i = 0; i < concepts.size(); ++i)
      for (size_t j = i + 1; j < concepts.size(); ++j) {
        const auto& a = concepts[i].record.base_model;
        const auto& b = concepts[j].record.base_model;
        if (!a.empty() && !b.empty() && !same_base(a, b))
          throw CoreError(concepts[j].dir.string() + " was trained on \"" + b + "\" but " +
                          concepts[i].dir.string() + " on \"" + a +
                          "\": concepts of different base models cannot be merged (if both name "
                          "the same model, pass --allow_different_bases)");
      }
    for (const auto& c : concepts) {
      const auto [change, key] = largest_relative_change(c, model.unet);
      if (change > 1.0)
        throw FileError(c.dir, "its weights differ from " + options.base_model + "'s by " +
                                   percent(change) + " at '" + key +
                                   "' (training changes them by a few percent): it was trained "
                                   "on another base model (pass --allow_different_bases to "
                                   "merge anyway)");
    }
  }

  // Mixed kinds: concepts without query/output weights count as leaving them unchanged.
  for (const auto& c : concepts)
    if (!c.q_out)
      for (const auto& other : concepts)
        if (other.q_out) {
          report.notes.push_back(
              c.dir.string() + " trained only key/value weights while " + other.dir.string() +
              " also trained query/output (--freeze_model crossattn): the query/output changes "
              "are added, with " +
              c.dir.string() + "'s counted as none");
          break;
        }

  // Clashing tokens get numbered names; the concept's prompts follow.
  std::vector<std::vector<ConceptPrompts>> prompts;
  std::set<std::string> used;
  for (size_t i = 0; i < concepts.size(); ++i) {
    auto& c = concepts[i];
    auto p = prompts_of(c, options.concepts[i].class_prompt);
    std::vector<std::string> names;
    for (auto& t : c.tokens) {
      std::string name = t.token;
      const auto& base_added = model.tokenizer.added_tokens();
      const auto taken = [&](const std::string& t) {
        return used.count(t) || model.tokenizer.token_to_id(t) ||
               std::find(base_added.begin(), base_added.end(), t) != base_added.end();
      };
      for (int n = 2; taken(name); ++n) name = numbered_token(t.token, n);
      if (name != t.token) {
        report.notes.push_back("the token " + t.token + " of " + c.dir.string() +
                               " is taken by an earlier concept (or the base model): it is " +
                               name + " in the merged folder; write " + name +
                               " in prompts for this concept");
        for (auto& q : p) replace_all(q.instance_prompt, t.token, name);
        t.token = name;
      }
      used.insert(name);
      names.push_back(name);
    }
    report.tokens.push_back(names);
    prompts.push_back(p);
  }

  std::set<std::string> keys;
  for (const auto& c : concepts)
    for (const auto& [key, w] : c.weights) keys.insert(key);
  const auto base_of = [&](const std::string& key) {
    return custom_diffusion_original(model.unet, key).detach().to(torch::kCPU, torch::kDouble);
  };
  const auto weight_of = [&](size_t i, const std::string& key) {
    const auto it = concepts[i].weights.find(key);
    return it == concepts[i].weights.end() ? base_of(key) : it->second.to(torch::kDouble);
  };
  const auto added = [&](const std::string& key) {
    const auto w0 = base_of(key);
    auto w = w0.clone();
    for (size_t i = 0; i < concepts.size(); ++i) w += weight_of(i, key) - w0;
    return w;
  };

  StateDict merged;
  if (concepts.size() == 1) {
    report.notes.push_back("one concept: nothing to merge; its weights are written unchanged");
    merged = concepts[0].weights;
  } else if (options.method == MergeMethod::Add &&
             std::any_of(concepts.begin(), concepts.end(),
                         [](const ConceptWeights& c) { return c.tokens.empty(); })) {
    // Without tokens there are no target captions to measure the sum on; it is written as is.
    for (const auto& key : keys) merged[key] = added(key).to(torch::kFloat).contiguous();
  } else {
    // Features with every concept's token in place.
    std::vector<ConceptToken> all_tokens;
    for (const auto& c : concepts)
      all_tokens.insert(all_tokens.end(), c.tokens.begin(), c.tokens.end());
    add_concept_tokens(model, all_tokens);
    std::vector<at::Tensor> targets;
    for (size_t i = 0; i < concepts.size(); ++i) {
      if (concepts[i].tokens.empty())
        throw FileError(concepts[i].dir,
                        "has no modifier token, so no captions tell what it must keep; merge it "
                        "with --method add");
      std::vector<at::Tensor> rows;
      for (const auto& t : concepts[i].tokens)
        rows.push_back(target_features(
            model, target_captions(t.token, prompts[i], options.concepts[i].class_prompt),
            t.token));
      targets.push_back(torch::cat(rows, 0));
      report.target_features += targets.back().size(0);
    }
    auto captions = general_captions(options.general_captions);
    for (size_t i = 0; i < concepts.size(); ++i) {
      size_t found = 0;
      for (const auto& p : prompts[i]) {
        auto lines = class_folder_captions(p.class_data_dir, options.class_captions);
        if (!p.class_prompt.empty()) lines.push_back(p.class_prompt);
        found += lines.size();
        captions.insert(captions.end(), lines.begin(), lines.end());
      }
      if (!found)
        report.notes.push_back(concepts[i].dir.string() +
                               " records no class prompt or class captions (give its "
                               "--class_prompt): only the general captions regularize it");
    }
    report.regularization_captions = captions.size();
    const auto C_reg = text_features(model, captions);
    report.regularization_features = C_reg.size(0);
    const auto C = torch::cat(targets, 0);

    double worst_singular_error = 0;
    double worst_condition = 0;
    for (const auto& key : keys) {
      const auto w0 = base_of(key);
      const auto w_add = added(key);
      MergedLayer layer;
      layer.key = key;
      at::Tensor w = w_add;
      if (is_text_projection(key)) {
        std::vector<at::Tensor> wanted;
        for (size_t i = 0; i < concepts.size(); ++i)
          wanted.push_back(torch::matmul(targets[i], weight_of(i, key).t()));  // [n_i, out]
        if (options.method == MergeMethod::Constrained) {
          ConstrainedSolveInfo info;
          // Measured as it will be stored: float32.
          w = constrained_update(w0, C, torch::cat(wanted, 0), C_reg, options.ridge, &info)
                  .to(torch::kFloat)
                  .to(torch::kDouble);
          layer.constrained = true;
          layer.constraints = info.constraints;
          layer.rank = info.rank;
          layer.condition = info.condition;
          worst_condition = std::max(worst_condition, info.condition);
          report.ridge = std::max(report.ridge, info.ridge);
          if (info.rank < info.constraints) {
            report.singular = true;
            worst_singular_error = std::max(worst_singular_error, info.target_relative_error);
          }
        }
        for (size_t i = 0; i < concepts.size(); ++i) {
          layer.target_error =
              std::max(layer.target_error,
                       relative(torch::matmul(targets[i], w.t()) - wanted[i], wanted[i]));
          layer.target_error_add =
              std::max(layer.target_error_add,
                       relative(torch::matmul(targets[i], w_add.t()) - wanted[i], wanted[i]));
        }
        const auto reg0 = torch::matmul(C_reg, w0.t());
        layer.regularization_change = relative(torch::matmul(C_reg, (w - w0).t()), reg0);
        layer.regularization_change_add = relative(torch::matmul(C_reg, (w_add - w0).t()), reg0);
      }
      merged[key] = w.to(torch::kFloat).contiguous();
      report.layers.push_back(layer);
    }
    if (report.singular)
      report.notes.push_back(
          "the concepts' target features are linearly dependent (for example two concepts with "
          "the same token embedding and class): solved by least squares (pseudo-inverse); the "
          "largest remaining target error is " +
          percent(worst_singular_error));
    if (worst_condition > 1e4)
      report.notes.push_back(
          "the concepts' target features are nearly dependent (condition number " +
          std::to_string(worst_condition) +
          "): the merged weights grow large to tell them apart; compare the target errors "
          "with the added changes' and consider --method add");
  }

  // The output folder, with a record so that the result can be merged again.
  ConceptRecord record;
  record.kind = "merged";
  record.base_model = options.base_model;
  for (const auto& p : prompts) record.concepts.insert(record.concepts.end(), p.begin(), p.end());
  auto record_json = to_json(record);
  record_json["method"] = merge_method_name(options.method);
  record_json["sources"] = nlohmann::json::array();
  for (const auto& c : concepts) record_json["sources"].push_back(c.dir.string());
  record_json["notes"] = report.notes;

  ConceptOutputFolder out(output);
  save_safetensors(out.dir() / (std::string(kCustomDiffusionWeightsStem) + ".safetensors"), merged,
                   {{"format", "pt"}});
  for (const auto& c : concepts)
    for (const auto& t : c.tokens)
      save_safetensors(out.dir() / (t.token + ".safetensors"),
                       {{t.token, t.embedding.contiguous()}}, {{"format", "pt"}});
  write_file_atomically(out.dir() / kConceptRecordFile, record_json.dump(2) + "\n");
  report.files = out.commit();
  return report;
}

}  // namespace cds
