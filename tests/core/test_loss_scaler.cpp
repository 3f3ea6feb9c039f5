// fp16 loss scaling with torch.amp.GradScaler's defaults (core/train/loss_scaler.h).
#include <gtest/gtest.h>

#include "core/train/loss_scaler.h"

namespace cds {
namespace {

TEST(LossScaler, DisabledTakesEveryUpdateAtScaleOne) {
  LossScaler s;
  EXPECT_FALSE(s.enabled());
  EXPECT_EQ(s.scale(), 1.0);
  EXPECT_TRUE(s.update(true));  // nothing is skipped without scaling (fp32, bf16)
  EXPECT_EQ(s.scale(), 1.0);
  EXPECT_EQ(s.skipped_updates(), 0);
}

TEST(LossScaler, BacksOffOnOverflowAndGrowsAfter2000GoodUpdates) {
  LossScaler s = LossScaler::enabled_scaler();
  EXPECT_EQ(s.scale(), 65536.0);
  EXPECT_FALSE(s.update(true));
  EXPECT_EQ(s.scale(), 32768.0);
  EXPECT_EQ(s.skipped_updates(), 1);
  for (int i = 0; i < 1999; ++i) EXPECT_TRUE(s.update(false));
  EXPECT_EQ(s.scale(), 32768.0);
  EXPECT_EQ(s.growth_tracker(), 1999);
  EXPECT_TRUE(s.update(false));
  EXPECT_EQ(s.scale(), 65536.0);
  EXPECT_EQ(s.growth_tracker(), 0);
  // An overflow restarts the count towards the next growth.
  for (int i = 0; i < 1500; ++i) s.update(false);
  s.update(true);
  for (int i = 0; i < 1999; ++i) s.update(false);
  EXPECT_EQ(s.scale(), 32768.0);
}

TEST(LossScaler, KeepsScalingBelowOne) {
  // Seventeen overflows in a row take 2^16 below 1; overflows must still be caught there
  // (an earlier version treated a scale of exactly 1 as "no scaling" and let inf through).
  LossScaler s = LossScaler::enabled_scaler();
  for (int i = 0; i < 17; ++i) EXPECT_FALSE(s.update(true));
  EXPECT_EQ(s.scale(), 0.5);
  EXPECT_TRUE(s.enabled());
  EXPECT_FALSE(s.update(true));
  EXPECT_EQ(s.skipped_updates(), 18);
}

TEST(LossScaler, RestoresFromACheckpoint) {
  LossScaler s;
  s.restore(1024.0, 17, 3);
  EXPECT_TRUE(s.enabled());
  EXPECT_EQ(s.scale(), 1024.0);
  EXPECT_EQ(s.growth_tracker(), 17);
  EXPECT_EQ(s.skipped_updates(), 3);
}

}  // namespace
}  // namespace cds
