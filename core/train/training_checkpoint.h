// Resumable training checkpoints: `output_dir/checkpoint-N/` holds the inference-ready weights
// (the same files as the final output, so any checkpoint can be used to generate, unlike
// diffusers') plus what an exact resume needs: the embedding matrix, AdamW's moments, the step,
// the data order and both random generators. Written to a temporary folder, then renamed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

namespace cds {

class CustomDiffusionStep;
struct StableDiffusionModel;

struct TrainingPosition {
  int64_t global_step = 0;  // optimizer steps done
  int64_t epoch = 0;
  int64_t batch_in_epoch = 0;        // batches of this epoch already consumed
  std::vector<int64_t> permutation;  // this epoch's example order
  std::string dataset_rng;           // std::mt19937_64 state (save_rng_state)
  at::Tensor torch_rng;              // the noise generator's state
};

// Writes checkpoint-<global_step> (replacing one of the same step). `safe_serialization`
// chooses .safetensors or .bin for the inference weights. When it cannot be written (a full
// disk), throws FileError naming the checkpoint; the partial folder is removed and the earlier
// checkpoints are kept.
std::filesystem::path save_checkpoint(const std::filesystem::path& output_dir,
                                      CustomDiffusionStep& step, StableDiffusionModel& model,
                                      const TrainingPosition& position, bool safe_serialization);
// Restores weights, optimizer state and position from a checkpoint folder.
TrainingPosition load_checkpoint(const std::filesystem::path& dir, CustomDiffusionStep& step,
                                 StableDiffusionModel& model);
// "latest" or a folder; nullopt when "latest" finds none.
std::optional<std::filesystem::path> find_checkpoint(const std::filesystem::path& output_dir,
                                                     const std::string& which);
// Removes the oldest checkpoints so that at most `keep` remain.
void prune_checkpoints(const std::filesystem::path& output_dir, int keep);

// Cleans up after a run that was killed while writing: removes the hidden temporary files and
// folders of unfinished writes in `output_dir` and its validation folders, and puts back a
// checkpoint that was set aside for a replacement that never arrived. Returns what it removed.
std::vector<std::filesystem::path> remove_interrupted_writes(
    const std::filesystem::path& output_dir);

}  // namespace cds
