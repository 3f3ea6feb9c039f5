// Class images from the base model into retrieve.py's layout (see class_image_generation.h).
// ensure_class_images draws into a hidden staging folder; each image then moves into the
// ClassFolder with the class prompt as its caption.
#include "core/train/class_image_generation.h"

#include <system_error>

#include "core/error.h"
#include "core/train/class_folder.h"
#include "core/train/class_images.h"
#include "core/train/image_loading.h"
#include "core/train/trainer.h"

namespace cds {

namespace fs = std::filesystem;

int generateClassImages(StableDiffusionModel& model, const GenerateClassImagesOptions& options) {
  ClassFolder folder(options.classDataDir);
  const fs::path staging = options.classDataDir / ".generating";
  int added = 0;
  while (folder.count() < options.numClassImages) {
    if (options.cancel && options.cancel->load())
      throw CoreError("cancelled while making class images");
    // One batch at a time, so an interrupted run loses at most one batch and seeds follow the
    // folder's count (a re-run draws new images instead of repeating the old seeds).
    TrainingConfig config;
    config.num_class_images = std::min(options.batchSize, options.numClassImages - folder.count());
    config.sample_batch_size = options.batchSize;
    config.class_image_steps = options.steps;
    config.seed = options.seed + static_cast<uint64_t>(folder.count());
    Concept concept;
    concept.class_prompt = options.classPrompt;
    concept.class_data_dir = staging;
    std::error_code ec;
    fs::remove_all(staging, ec);  // our own scratch folder, never the person's images
    TrainingControl control;
    ensure_class_images(model, {concept}, config, {}, &control);
    int kept = 0;
    for (const auto& file : list_images(staging).images) {
      const auto result = folder.addFile(file, options.classPrompt,
                                         "generated:seed=" + std::to_string(*config.seed));
      if (result == ClassFolder::Added::Yes) ++kept;
    }
    fs::remove_all(staging, ec);
    if (kept == 0)
      throw CoreError("the model made no new class images (all duplicates or unreadable)");
    added += kept;
    if (options.progress) options.progress(folder.count(), options.numClassImages);
  }
  return added;
}

}  // namespace cds
