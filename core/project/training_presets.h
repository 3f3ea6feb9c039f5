// The training settings each kind of concept starts from (the studio's Kind: object, pet, face,
// style), kept once in the engine. They follow the diffusers Custom Diffusion guide: faces train
// gently and long, on all of cross-attention, without the zoom augmentation; styles a little
// longer, with mirrored copies. Plain C++ (no Qt, no torch).
#pragma once

#include <string>
#include <vector>

#include "core/project/studio_project.h"

namespace cds {

struct TrainingPreset {
  const char* kind;  // "object", "pet", "face", "style" (a concept's `kind`)
  double learning_rate;
  int steps;
  const char* freeze_mode;  // --freeze_model
  bool no_augmentation;     // --noaug
  bool hflip;               // --hflip
};

// In the order the studio offers them; the first is the default.
const std::vector<TrainingPreset>& training_presets();
// The preset of `kind`; the first (object) for an unknown kind.
const TrainingPreset& training_preset(const std::string& kind);
// Sets the preset's fields of `training`; the others stay.
void apply_training_preset(const std::string& kind, ProjectTraining& training);

}  // namespace cds
