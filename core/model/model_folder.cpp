// Model folder and Hugging Face cache resolution (see model_folder.h). File naming follows
// diffusers' `_get_model_file` / `variant` rules and transformers' `model.safetensors` names.
#include "core/model/model_folder.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_file.h"
#include "core/model/configs.h"

namespace fs = std::filesystem;

namespace cds {

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

std::string trim(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

std::vector<fs::path> shards_of(const fs::path& index) {
  const auto j = read_json_object(index);
  const auto it = j.find("weight_map");
  if (it == j.end() || !it->is_object()) throw FileError(index, "has no \"weight_map\" object");
  std::set<std::string> names;
  for (const auto& [key, value] : it->items()) {
    if (!value.is_string())
      throw FileError(index, "weight_map entry \"" + key + "\" is not a file name");
    const auto name = value.get<std::string>();
    if (name.find('/') != std::string::npos || name.find("..") != std::string::npos)
      throw FileError(index, "weight_map names a file outside its folder: " + name);
    names.insert(name);
  }
  if (names.empty()) throw FileError(index, "weight_map is empty");
  std::vector<fs::path> files;
  for (const auto& n : names) {
    const auto shard = index.parent_path() / n;
    if (!is_file(shard))
      throw FileError(shard, "is missing (listed in " + index.filename().string() + ")");
    files.push_back(shard);
  }
  return files;
}

}  // namespace

ComponentWeights find_weight_files(const fs::path& dir, const std::string& variant) {
  // diffusers names its weights diffusion_pytorch_model.*, transformers model.safetensors /
  // pytorch_model.bin. A variant goes before the extension ("x.fp16.safetensors"); a variant's
  // shard index is "x.safetensors.index.fp16.json" (diffusers) or "x.fp16.safetensors.index.json".
  struct Candidate {
    std::string name;
    WeightFormat format;
    bool index;
    bool is_variant;
  };
  std::vector<Candidate> candidates;
  const std::vector<std::string> st_bases = {"diffusion_pytorch_model", "model"};
  const std::vector<std::string> bin_bases = {"diffusion_pytorch_model", "pytorch_model"};
  auto add = [&](const std::vector<std::string>& bases, const std::string& ext, WeightFormat f,
                 const std::string& v) {
    for (const auto& b : bases) {
      if (v.empty()) {
        candidates.push_back({b + "." + ext, f, false, false});
        candidates.push_back({b + "." + ext + ".index.json", f, true, false});
      } else {
        candidates.push_back({b + "." + v + "." + ext, f, false, true});
        candidates.push_back({b + "." + ext + ".index." + v + ".json", f, true, true});
        candidates.push_back({b + "." + v + "." + ext + ".index.json", f, true, true});
      }
    }
  };
  if (!variant.empty()) add(st_bases, "safetensors", WeightFormat::Safetensors, variant);
  add(st_bases, "safetensors", WeightFormat::Safetensors, "");
  if (!variant.empty()) add(bin_bases, "bin", WeightFormat::Pickle, variant);
  add(bin_bases, "bin", WeightFormat::Pickle, "");
  // A folder that ships only half-precision weights is still usable without asking for them.
  if (variant.empty()) {
    add(st_bases, "safetensors", WeightFormat::Safetensors, "fp16");
    add(bin_bases, "bin", WeightFormat::Pickle, "fp16");
  }

  for (const auto& c : candidates) {
    const auto p = dir / c.name;
    if (!is_file(p)) continue;
    ComponentWeights w;
    w.format = c.format;
    w.variant = c.is_variant ? (variant.empty() ? "fp16" : variant) : "";
    if (c.index) {
      w.index = p;
      w.files = shards_of(p);
    } else {
      w.files = {p};
    }
    return w;
  }
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw FileError(dir, "folder is missing");
  throw FileError(dir,
                  "has no weights: looked for diffusion_pytorch_model.safetensors, "
                  "model.safetensors, their .index.json shards" +
                      std::string(variant.empty() ? "" : ", " + variant + " variants") +
                      " and .bin files");
}

const ModelComponent* ModelFolder::find(const std::string& name) const {
  for (const auto& c : components_)
    if (c.name == name) return &c;
  return nullptr;
}

fs::path ModelFolder::component_dir(const std::string& name) const {
  const auto* c = find(name);
  if (!c) throw FileError(root_ / "model_index.json", "lists no \"" + name + "\" component");
  std::error_code ec;
  if (!fs::is_directory(c->dir, ec)) throw FileError(c->dir, "component folder is missing");
  return c->dir;
}

fs::path ModelFolder::config_file(const std::string& name) const {
  const auto dir = component_dir(name);
  const auto file = dir / (name == "scheduler" ? "scheduler_config.json" : "config.json");
  if (!is_file(file)) throw FileError(file, "is missing");
  return file;
}

ComponentWeights ModelFolder::weights(const std::string& name, const std::string& variant) const {
  return find_weight_files(component_dir(name), variant);
}

ModelFolder ModelFolder::open(const std::string& model, const std::string& revision) {
  std::error_code ec;
  fs::path root;
  if (fs::is_directory(model, ec)) {
    root = model;
  } else if (looks_like_repo_id(model)) {
    const auto snapshot = find_in_hf_cache(model, revision);
    if (!snapshot)
      throw CoreError(model + " is not a folder and is not in the Hugging Face cache at " +
                      hf_hub_cache_dir().string() + " (revision " + revision +
                      "); download it first or give the model's folder");
    root = *snapshot;
  } else {
    throw CoreError("model \"" + model + "\" is neither a folder nor a Hub name such as ORG/NAME");
  }

  ModelFolder mf;
  mf.root_ = root;
  const auto index_file = root / "model_index.json";
  if (!is_file(index_file)) throw FileError(index_file, "is missing: not a diffusers model folder");
  const auto index = read_json_object(index_file);
  if (auto it = index.find("_class_name"); it != index.end() && it->is_string())
    mf.pipeline_class_ = it->get<std::string>();
  for (const auto& [key, value] : index.items()) {
    if (key.empty() || key[0] == '_') continue;
    // Components are [library, class]; [null, null] marks an absent optional one.
    if (!value.is_array() || value.size() != 2 || !value[0].is_string() || !value[1].is_string())
      continue;
    mf.components_.push_back(
        {key, value[0].get<std::string>(), value[1].get<std::string>(), root / key});
  }
  return mf;
}

fs::path hf_hub_cache_dir() {
  if (auto v = env("HF_HUB_CACHE"); !v.empty()) return v;
  if (auto v = env("HUGGINGFACE_HUB_CACHE"); !v.empty()) return v;
  if (auto v = env("HF_HOME"); !v.empty()) return fs::path(v) / "hub";
  if (auto v = env("XDG_CACHE_HOME"); !v.empty()) return fs::path(v) / "huggingface" / "hub";
  return fs::path(env("HOME")) / ".cache" / "huggingface" / "hub";
}

bool looks_like_repo_id(const std::string& text) {
  static const std::regex pattern(R"(^[A-Za-z0-9][A-Za-z0-9_.\-]*/[A-Za-z0-9][A-Za-z0-9_.\-]*$)");
  return std::regex_match(text, pattern) && text.find("..") == std::string::npos;
}

std::optional<fs::path> find_in_hf_cache(const std::string& repo_id, const std::string& revision) {
  if (!looks_like_repo_id(repo_id)) return std::nullopt;
  const auto slash = repo_id.find('/');
  const auto repo_dir = hf_hub_cache_dir() /
                        ("models--" + repo_id.substr(0, slash) + "--" + repo_id.substr(slash + 1));
  std::error_code ec;
  if (!fs::is_directory(repo_dir / "snapshots", ec)) return std::nullopt;
  std::string commit;
  static const std::regex hash(R"(^[0-9a-f]{40}$)");
  if (std::regex_match(revision, hash)) {
    commit = revision;
  } else {
    std::ifstream ref(repo_dir / "refs" / revision);
    if (ref) std::getline(ref, commit);
    commit = trim(commit);
  }
  if (!commit.empty() && fs::is_directory(repo_dir / "snapshots" / commit, ec))
    return repo_dir / "snapshots" / commit;
  // No ref file (e.g. a copied cache): a single snapshot is unambiguous.
  std::vector<fs::path> snapshots;
  for (const auto& e : fs::directory_iterator(repo_dir / "snapshots", ec))
    if (e.is_directory()) snapshots.push_back(e.path());
  if (revision == "main" && snapshots.size() == 1) return snapshots.front();
  return std::nullopt;
}

std::vector<std::string> list_cached_pipelines() {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(hf_hub_cache_dir(), ec)) {
    const auto name = e.path().filename().string();
    if (name.rfind("models--", 0) != 0) continue;
    const auto rest = name.substr(8);
    const auto sep = rest.find("--");
    if (sep == std::string::npos) continue;
    const auto repo = rest.substr(0, sep) + "/" + rest.substr(sep + 2);
    const auto snapshot = find_in_hf_cache(repo);
    if (snapshot && is_file(*snapshot / "model_index.json")) out.push_back(repo);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace cds
