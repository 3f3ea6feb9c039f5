// Prior-preservation class images made by the base model when a concept's class folder has
// fewer than --num_class_images, as train_custom_diffusion.py does before training (its
// PromptDataset loop): named <index>-<sha1 of the image>.jpg, existing images never touched.
#pragma once

#include <vector>

#include "core/cancel_token.h"
#include "core/train/custom_diffusion_dataset.h"
#include "core/train/trainer.h"
#include "core/train/training_config.h"

namespace cds {

struct StableDiffusionModel;

// Returns the number of images generated. Stopped through `cancel` (checked at every denoising
// step): the images made so far stay, then JobCancelled.
int ensure_class_images(StableDiffusionModel& model, const std::vector<Concept>& concepts,
                        const TrainingConfig& config, const TrainingObserver& observer,
                        const CancelToken* cancel);

}  // namespace cds
