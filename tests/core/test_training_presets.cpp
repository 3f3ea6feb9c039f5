// The training settings each kind of concept starts from (core/project/training_presets.h).
#include <gtest/gtest.h>

#include "core/project/training_presets.h"

namespace cds {
namespace {

TEST(TrainingPresets, FacesTrainGentlyAndLongOnAllCrossAttention) {
  ProjectTraining t;
  t.batch_size = 3;
  apply_training_preset("face", t);
  EXPECT_DOUBLE_EQ(t.learning_rate, 5e-6);
  EXPECT_EQ(t.steps, 1500);
  EXPECT_EQ(t.freeze_mode, "crossattn");
  EXPECT_TRUE(t.no_augmentation);
  EXPECT_FALSE(t.hflip);
  EXPECT_EQ(t.batch_size, 3);  // not a preset field
  apply_training_preset("style", t);
  EXPECT_EQ(t.steps, 500);
  EXPECT_EQ(t.freeze_mode, "crossattn_kv");
  EXPECT_TRUE(t.hflip);
  EXPECT_FALSE(t.no_augmentation);
  // The defaults of a new project are the object preset; unknown kinds get it too.
  const ProjectTraining fresh;
  apply_training_preset("spaceship", t);
  EXPECT_EQ(t.steps, fresh.steps);
  EXPECT_DOUBLE_EQ(t.learning_rate, fresh.learning_rate);
  EXPECT_EQ(t.freeze_mode, fresh.freeze_mode);
  EXPECT_EQ(std::string(training_presets().front().kind), ProjectConcept().kind);
}

}  // namespace
}  // namespace cds
