// Training checkpoints (see training_checkpoint.h).
#include "core/train/training_checkpoint.h"

#include <algorithm>
#include <regex>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/json_file.h"
#include "core/io/tensor_file.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/train/custom_diffusion_weights.h"
#include "core/train/train_step.h"

namespace fs = std::filesystem;

namespace cds {

namespace {

constexpr const char* kStateFile = "training_state.json";
constexpr const char* kTensorsFile = "training_state.safetensors";

std::vector<std::pair<int64_t, fs::path>> list_checkpoints(const fs::path& output_dir) {
  static const std::regex name(R"(^checkpoint-(\d+)$)");
  std::vector<std::pair<int64_t, fs::path>> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(output_dir, ec)) {
    std::smatch m;
    const auto n = e.path().filename().string();
    if (e.is_directory() && std::regex_match(n, m, name))
      out.emplace_back(std::stoll(m[1]), e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

torch::optim::AdamWParamState& adam_state(CustomDiffusionStep& step, const torch::Tensor& p) {
  auto& states = step.optimizer().state();
  void* const key = p.unsafeGetTensorImpl();  // libtorch 2.x keys optimizer state by TensorImpl
  auto it = states.find(key);
  if (it == states.end()) {
    auto s = std::make_unique<torch::optim::AdamWParamState>();
    s->step(0);
    s->exp_avg(torch::zeros_like(p));
    s->exp_avg_sq(torch::zeros_like(p));
    it = states.emplace(key, std::move(s)).first;
  }
  return static_cast<torch::optim::AdamWParamState&>(*it->second);
}

// The processors' weights of a checkpoint, in whichever format it was written.
StateDict checkpoint_weights(const fs::path& dir) {
  for (const char* ext : {".safetensors", ".bin"}) {
    const auto file = dir / (std::string(kCustomDiffusionWeightsStem) + ext);
    if (fs::exists(file)) return load_weight_file(file);
  }
  throw FileError(dir,
                  "has no " + std::string(kCustomDiffusionWeightsStem) + " file: not a checkpoint");
}

}  // namespace

namespace {
void write_checkpoint_files(const fs::path& temp_dir, CustomDiffusionStep& step,
                            StableDiffusionModel& model, const TrainingPosition& position,
                            bool safe_serialization);
}  // namespace

fs::path save_checkpoint(const fs::path& output_dir, CustomDiffusionStep& step,
                         StableDiffusionModel& model, const TrainingPosition& position,
                         bool safe_serialization) {
  const std::string name = "checkpoint-" + std::to_string(position.global_step);
  const auto final_dir = output_dir / name;
  const auto temp_dir = output_dir / ("." + name + ".tmp");
  std::error_code ec;
  fs::remove_all(temp_dir, ec);
  fs::create_directories(temp_dir, ec);
  if (ec) throw FileError(temp_dir, "cannot create the checkpoint folder (" + ec.message() + ")");
  try {
    write_checkpoint_files(temp_dir, step, model, position, safe_serialization);
  } catch (const std::exception& e) {
    // A full disk or an I/O fault: no half checkpoint stays behind, and the earlier ones are
    // untouched, so a resume starts from the last complete one.
    fs::remove_all(temp_dir, ec);
    const auto kept = find_checkpoint(output_dir, "latest");
    throw FileError(final_dir, std::string("was not saved: ") + e.what() +
                                   (kept ? "; " + kept->filename().string() + " is kept" : ""));
  }
  // Replacing a checkpoint of the same step: the old one is set aside until the new one is in
  // place, so a kill in between leaves one of them (remove_interrupted_writes puts it back).
  const auto old_dir = output_dir / ("." + name + ".old");
  if (fs::exists(final_dir)) {
    fs::remove_all(old_dir, ec);
    fs::rename(final_dir, old_dir, ec);
  }
  fs::rename(temp_dir, final_dir, ec);
  if (ec)
    throw FileError(final_dir, "cannot move the checkpoint into place (" + ec.message() + ")");
  fs::remove_all(old_dir, ec);
  return final_dir;
}

namespace {

void write_checkpoint_files(const fs::path& temp_dir, CustomDiffusionStep& step,
                            StableDiffusionModel& model, const TrainingPosition& position,
                            bool safe_serialization) {
  save_custom_diffusion_weights(temp_dir, model.unet, step.tokens(), model.text_encoder,
                                safe_serialization);

  torch::NoGradGuard no_grad;
  StateDict tensors;
  const auto embedding = step.token_embedding_weight();
  if (!step.tokens().empty()) {
    // The whole matrix: AdamW's weight decay shrinks its other rows a little every step.
    tensors["token_embedding.weight"] = embedding.detach().to(torch::kCPU);
    auto& s = adam_state(step, embedding);
    for (const auto& t : step.tokens()) {
      tensors["token_embedding.exp_avg." + std::to_string(t.id)] =
          s.exp_avg()[t.id].to(torch::kCPU);
      tensors["token_embedding.exp_avg_sq." + std::to_string(t.id)] =
          s.exp_avg_sq()[t.id].to(torch::kCPU);
    }
  }
  int64_t adam_step = 0;
  for (const auto& [name, p] : step.processor_parameters()) {
    auto& s = adam_state(step, p);
    tensors["exp_avg." + name] = s.exp_avg().to(torch::kCPU);
    tensors["exp_avg_sq." + name] = s.exp_avg_sq().to(torch::kCPU);
    adam_step = s.step();
  }
  if (position.torch_rng.defined()) tensors["torch_rng_state"] = position.torch_rng;
  save_safetensors(temp_dir / kTensorsFile, tensors);

  nlohmann::json j;
  j["global_step"] = position.global_step;
  j["epoch"] = position.epoch;
  j["batch_in_epoch"] = position.batch_in_epoch;
  j["permutation"] = position.permutation;
  j["dataset_rng"] = position.dataset_rng;
  j["adam_step"] = adam_step;
  j["learning_rate"] = step.learning_rate();
  if (step.loss_scaler().enabled())  // fp16: the resumed run continues with the same scale
    j["loss_scaler"] = {{"scale", step.loss_scaler().scale()},
                        {"growth_tracker", step.loss_scaler().growth_tracker()},
                        {"skipped_updates", step.loss_scaler().skipped_updates()}};
  write_file_atomically(temp_dir / kStateFile, j.dump(1));
}

}  // namespace

TrainingPosition load_checkpoint(const fs::path& dir, CustomDiffusionStep& step,
                                 StableDiffusionModel& model) {
  (void)model;
  const auto j = read_json_object(dir / kStateFile);
  const auto tensors = load_safetensors(dir / kTensorsFile);
  auto get = [&](const std::string& key) -> const torch::Tensor& {
    const auto it = tensors.find(key);
    if (it == tensors.end())
      throw FileError(dir / kTensorsFile, "has no \"" + key + "\": not a checkpoint of this run");
    return it->second;
  };
  TrainingPosition pos;
  try {
    pos.global_step = j.at("global_step").get<int64_t>();
    pos.epoch = j.at("epoch").get<int64_t>();
    pos.batch_in_epoch = j.at("batch_in_epoch").get<int64_t>();
    pos.permutation = j.at("permutation").get<std::vector<int64_t>>();
    pos.dataset_rng = j.at("dataset_rng").get<std::string>();
  } catch (const nlohmann::json::exception& e) {
    throw FileError(dir / kStateFile, std::string("is incomplete: ") + e.what());
  }
  const int64_t adam_step = j.value("adam_step", int64_t{0});
  if (const auto it = j.find("loss_scaler"); it != j.end() && it->is_object()) {
    LossScaler scaler;
    try {
      scaler.restore(it->at("scale").get<double>(), it->at("growth_tracker").get<int64_t>(),
                     it->at("skipped_updates").get<int64_t>());
    } catch (const nlohmann::json::exception& e) {
      throw FileError(dir / kStateFile, std::string("has a damaged loss_scaler: ") + e.what());
    }
    step.restore_loss_scaler(scaler);
  }
  torch::NoGradGuard no_grad;
  if (!step.tokens().empty()) {
    auto embedding = step.token_embedding_weight();
    const auto& saved = get("token_embedding.weight");
    if (saved.sizes() != embedding.sizes())
      throw FileError(dir / kTensorsFile, "its embedding table does not fit this run's tokens");
    embedding.copy_(saved);
    auto& s = adam_state(step, embedding);
    s.step(adam_step);
    for (const auto& t : step.tokens()) {
      s.exp_avg()[t.id].copy_(get("token_embedding.exp_avg." + std::to_string(t.id)));
      s.exp_avg_sq()[t.id].copy_(get("token_embedding.exp_avg_sq." + std::to_string(t.id)));
    }
  }
  const auto weights = checkpoint_weights(dir);
  for (const auto& [name, p] : step.processor_parameters()) {
    const auto it = weights.find(name);
    if (it == weights.end() || it->second.sizes() != p.sizes())
      throw FileError(dir, "its weights do not fit this run (" + name + ")");
    p.copy_(it->second);
    auto& s = adam_state(step, p);
    s.step(adam_step);
    s.exp_avg().copy_(get("exp_avg." + name));
    s.exp_avg_sq().copy_(get("exp_avg_sq." + name));
  }
  if (tensors.count("torch_rng_state")) pos.torch_rng = tensors.at("torch_rng_state");
  step.set_learning_rate(j.value("learning_rate", step.learning_rate()));
  return pos;
}

std::optional<fs::path> find_checkpoint(const fs::path& output_dir, const std::string& which) {
  if (which != "latest") {
    if (!fs::is_directory(which)) throw FileError(which, "is not a checkpoint folder");
    return fs::path(which);
  }
  const auto all = list_checkpoints(output_dir);
  if (all.empty()) return std::nullopt;
  return all.back().second;
}

void prune_checkpoints(const fs::path& output_dir, int keep) {
  auto all = list_checkpoints(output_dir);
  std::error_code ec;
  while (static_cast<int>(all.size()) > std::max(keep, 0)) {
    // Renamed first: a kill during the removal leaves a hidden folder, never a half checkpoint
    // that "latest" could pick.
    const auto doomed = output_dir / ("." + all.front().second.filename().string() + ".removing");
    fs::rename(all.front().second, doomed, ec);
    fs::remove_all(ec ? all.front().second : doomed, ec);
    all.erase(all.begin());
  }
}

std::vector<fs::path> remove_interrupted_writes(const fs::path& output_dir) {
  // What save_checkpoint, prune_checkpoints and AtomicFile leave when the process dies between
  // starting and finishing a write: ".checkpoint-N.tmp", ".checkpoint-N.removing",
  // ".checkpoint-N.old" folders and ".NAME.tmp-XXXXXXXX" files.
  static const std::regex checkpoint_temp(R"(^\.(checkpoint-\d+)\.(tmp|old|removing)$)");
  static const std::regex file_temp(R"(^\..+\.tmp-[0-9a-f]{8}$)");
  std::vector<fs::path> removed;
  std::vector<fs::path> folders = {output_dir};
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(output_dir / "validation", ec))
    if (e.is_directory()) folders.push_back(e.path());
  for (const auto& folder : folders) {
    std::vector<fs::path> entries;
    for (const auto& e : fs::directory_iterator(folder, ec)) entries.push_back(e.path());
    for (const auto& path : entries) {
      const auto n = path.filename().string();
      std::smatch m;
      if (std::regex_match(n, m, checkpoint_temp)) {
        // A checkpoint set aside for its replacement that never arrived is the only copy.
        if (m[2] == "old" && !fs::exists(folder / m[1].str())) {
          fs::rename(path, folder / m[1].str(), ec);
          if (!ec) continue;
        }
      } else if (!std::regex_match(n, file_temp)) {
        continue;
      }
      fs::remove_all(path, ec);
      if (!ec) removed.push_back(path);
    }
  }
  return removed;
}

}  // namespace cds
