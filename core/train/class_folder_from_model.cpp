// Class images from the base model into retrieve.py's layout (see class_folder_from_model.h).
// ensure_class_images draws into a hidden staging folder; each image then moves into the
// ClassFolder with the class prompt as its caption.
#include "core/train/class_folder_from_model.h"

#include <system_error>

#include "core/error.h"
#include "core/train/class_folder.h"
#include "core/train/image_loading.h"
#include "core/train/script_class_images.h"
#include "core/train/trainer.h"

namespace cds {

namespace fs = std::filesystem;

int generate_class_images(StableDiffusionModel& model, const GenerateClassImagesOptions& options) {
  ClassFolder folder(options.class_data_dir);
  const fs::path staging = options.class_data_dir / ".generating";
  int added = 0;
  while (folder.count() < options.num_class_images) {
    check_cancelled(options.cancel, "while making class images");
    // One batch at a time, so an interrupted run loses at most one batch and seeds follow the
    // folder's count (a re-run draws new images instead of repeating the old seeds).
    TrainingConfig config;
    config.num_class_images =
        std::min(options.batch_size, options.num_class_images - folder.count());
    config.sample_batch_size = options.batch_size;
    config.class_image_steps = options.steps;
    config.seed = options.seed + static_cast<uint64_t>(folder.count());
    Concept concept;
    concept.class_prompt = options.class_prompt;
    concept.class_data_dir = staging;
    std::error_code ec;
    fs::remove_all(staging, ec);  // our own scratch folder, never the person's images
    ensure_class_images(model, {concept}, config, {}, options.cancel);
    int kept = 0;
    for (const auto& file : list_images(staging).images) {
      const auto result = folder.add_file(file, options.class_prompt,
                                          "generated:seed=" + std::to_string(*config.seed));
      if (result == ClassFolder::Added::Yes) ++kept;
    }
    fs::remove_all(staging, ec);
    if (kept == 0)
      throw CoreError("the model made no new class images (all duplicates or unreadable)");
    added += kept;
    if (options.progress) options.progress(folder.count(), options.num_class_images);
  }
  return added;
}

}  // namespace cds
