// A whole Custom Diffusion run, as diffusers' train_custom_diffusion.py main(): class images
// (generated when missing), modifier tokens and processors, the epoch loop with gradient
// accumulation and the LR schedule, checkpoints that resume exactly and also hold
// inference-ready weights, validation images, and the final outputs. Reports through events and
// honours pause / resume / cancel between steps (the GUI and the CLI share this).
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "core/cancel_token.h"
#include "core/train/training_config.h"

namespace cds {

struct StableDiffusionModel;

struct TrainingEvent {
  enum class Type {
    Log,
    ClassImages,
    Started,
    Step,
    Validation,
    Checkpoint,
    Paused,
    Resumed,
    Finished,
    Cancelled
  };
  explicit TrainingEvent(Type t = Type::Log) : type(t) {}
  Type type;
  int64_t step = 0;  // optimizer steps done
  int64_t total_steps = 0;
  double loss = 0;  // of the last micro-batch
  double learning_rate = 0;
  double steps_per_second = 0;
  double elapsed_s = 0;
  double eta_s = 0;
  // On a GPU (Step events): the caching allocator's memory in use and its peak, and the card's
  // size.
  int64_t gpu_memory_bytes = 0;
  int64_t gpu_peak_bytes = 0;
  int64_t gpu_total_bytes = 0;
  std::string message;
  std::vector<std::filesystem::path> files;  // validation images, or the checkpoint folder
};
using TrainingObserver = std::function<void(const TrainingEvent&)>;

// Shared between the caller's thread and the training thread.
class TrainingControl {
 public:
  void pause();
  void resume();
  void cancel();
  bool paused() const { return paused_; }
  bool cancelled() const { return token_.cancelled(); }
  // The token the training's own loops (class pictures, previews) check.
  const CancelToken* cancel_token() const { return &token_; }
  // Runs `task` on the training thread with the model as it is now (its current weights) at
  // the next step boundary; while paused, at once. For test images during a pause.
  void run_with_model(std::function<void(StableDiffusionModel&)> task);

  // Used by the trainer: blocks while paused, running queued tasks; returns false on cancel.
  bool wait_between_steps(StableDiffusionModel& model, const TrainingObserver& observer);

 private:
  std::atomic<bool> paused_{false};
  CancelToken token_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void(StableDiffusionModel&)>> tasks_;
};

// Runs training to the end. Throws CoreError / FileError for bad settings or data before
// training starts and for a non-finite loss (the last checkpoint stays). Returns the folder
// holding the final weights. Cancelled through `control`: saves a checkpoint and the weights
// learned so far, reports a Cancelled event, then throws JobCancelled (core/cancel_token.h).
std::filesystem::path run_training(const TrainingConfig& config,
                                   const TrainingObserver& observer = {},
                                   TrainingControl* control = nullptr);

}  // namespace cds
