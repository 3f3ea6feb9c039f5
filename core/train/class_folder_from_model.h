// The "generate" class image source: the base model makes the missing images of a class folder
// in retrieve.py's layout (core/train/class_folder.h). It wraps ensure_class_images, the
// trainer's version of train_custom_diffusion.py's class image loop, so both draw the same way.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "core/cancel_token.h"
#include "core/train/training_config.h"

namespace cds {

struct StableDiffusionModel;

struct GenerateClassImagesOptions {
  std::string class_prompt;
  std::filesystem::path class_data_dir;
  int num_class_images = 200;
  int batch_size = 4;  // images per pipeline call (--sample_batch_size)
  int steps = 50;      // as the training script's pipeline default
  uint64_t seed = 0;   // image i of the folder uses seed + i
  std::function<void(int have, int wanted)> progress;
  const CancelToken* cancel = nullptr;
};

// Returns the number of images added. Throws CoreError "cancelled ..." when cancel is set.
int generate_class_images(StableDiffusionModel& model, const GenerateClassImagesOptions& options);

}  // namespace cds
