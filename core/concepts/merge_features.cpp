// Text features for the constrained merge (see merge_features.h).
#include "core/concepts/merge_features.h"

#include <algorithm>
#include <fstream>
#include <set>

#include <torch/torch.h>

#include "core/error.h"
#include "core/train/custom_diffusion_weights.h"

namespace cds {

namespace fs = std::filesystem;

void add_concept_tokens(StableDiffusionModel& model, const std::vector<ConceptToken>& tokens) {
  std::vector<std::pair<std::string, at::Tensor>> rows;
  for (const auto& t : tokens) rows.emplace_back(t.token, t.embedding);
  add_token_rows(model, rows);
}

std::vector<std::string> target_captions(const std::string& token,
                                         const std::vector<ConceptPrompts>& prompts,
                                         const std::string& class_override) {
  std::vector<std::string> out;
  const auto add = [&](const std::string& c) {
    if (!c.empty() && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  };
  for (const auto& p : prompts) {
    const auto at = p.instance_prompt.find(token);
    if (at == std::string::npos) continue;
    add(p.instance_prompt);
    add(p.instance_prompt.substr(at));
  }
  if (!out.empty()) return out;
  std::string cls = class_override;
  for (const auto& p : prompts)
    if (cls.empty()) cls = p.class_prompt;
  const std::string phrase = cls.empty() ? token : token + " " + cls;
  add("photo of a " + phrase);
  add(phrase);
  return out;
}

at::Tensor text_features(StableDiffusionModel& model, const std::vector<std::string>& captions,
                         const std::string& from_token, bool with_end) {
  torch::NoGradGuard no_grad;
  std::optional<int64_t> from_id;
  if (!from_token.empty()) {
    const auto ids = model.tokenizer.encode(from_token);
    if (ids.size() == 3) from_id = ids[1];  // BOS, the token, EOS
  }
  const size_t limit = static_cast<size_t>(model.tokenizer.model_max_length());
  std::vector<std::vector<int64_t>> encoded;
  for (const auto& c : captions) {
    auto ids = model.tokenizer.encode(c);
    if (ids.size() > limit) {
      ids.resize(limit);
      ids.back() = model.tokenizer.eos_id();
    }
    encoded.push_back(std::move(ids));
  }
  std::vector<at::Tensor> rows;
  const auto device = model.text_encoder->token_embedding()->weight.device();
  constexpr size_t kBatch = 32;
  for (size_t start = 0; start < encoded.size(); start += kBatch) {
    const size_t end = std::min(encoded.size(), start + kBatch);
    size_t length = 0;
    for (size_t i = start; i < end; ++i) length = std::max(length, encoded[i].size());
    // Padding after the end-of-text token leaves the earlier (causal) outputs unchanged.
    auto ids = torch::full({int64_t(end - start), int64_t(length)}, model.tokenizer.pad_id(),
                           torch::kLong);
    for (size_t i = start; i < end; ++i)
      for (size_t j = 0; j < encoded[i].size(); ++j) ids[i - start][j] = encoded[i][j];
    const auto hidden = model.text_encoder->forward(ids.to(device))
                            .last_hidden_state.to(torch::kCPU, torch::kDouble);  // [B, T, C]
    for (size_t i = start; i < end; ++i) {
      const auto& e = encoded[i];
      int64_t first = 1;
      if (from_id) {
        const auto it = std::find(e.begin() + 1, e.end(), *from_id);
        if (it != e.end()) first = it - e.begin();
      }
      const int64_t end_row = int64_t(e.size()) - (with_end ? 0 : 1);
      if (end_row > first) rows.push_back(hidden[i - start].slice(0, first, end_row));
    }
  }
  if (rows.empty())
    return torch::zeros({0, model.text_encoder->token_embedding()->weight.size(1)}, torch::kDouble);
  return torch::cat(rows, 0);
}

at::Tensor target_features(StableDiffusionModel& model, const std::vector<std::string>& captions,
                           const std::string& token) {
  return text_features(model, captions, token, /*with_end=*/false);
}

std::vector<std::string> class_folder_captions(const fs::path& class_data_dir, size_t limit) {
  std::vector<std::string> out;
  if (class_data_dir.empty()) return out;
  std::ifstream in(class_data_dir / "caption.txt", std::ios::binary);
  std::string line;
  std::set<std::string> seen;
  while (out.size() < limit && std::getline(in, line)) {
    if (out.empty() && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty() && seen.insert(line).second) out.push_back(line);
  }
  return out;
}

}  // namespace cds
