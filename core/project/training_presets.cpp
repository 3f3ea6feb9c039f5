// The kinds of concept and their training settings (see training_presets.h).
#include "core/project/training_presets.h"

namespace cds {

const std::vector<TrainingPreset>& training_presets() {
  static const std::vector<TrainingPreset> presets = {
      {"object", 1e-5, 250, "crossattn_kv", false, false},
      {"pet", 1e-5, 250, "crossattn_kv", false, false},
      {"face", 5e-6, 1500, "crossattn", true, false},
      {"style", 1e-5, 500, "crossattn_kv", false, true},
  };
  return presets;
}

const TrainingPreset& training_preset(const std::string& kind) {
  for (const TrainingPreset& p : training_presets())
    if (kind == p.kind) return p;
  return training_presets().front();
}

void apply_training_preset(const std::string& kind, ProjectTraining& training) {
  const TrainingPreset& p = training_preset(kind);
  training.learning_rate = p.learning_rate;
  training.steps = p.steps;
  training.freeze_mode = p.freeze_mode;
  training.no_augmentation = p.no_augmentation;
  training.hflip = p.hflip;
}

}  // namespace cds
