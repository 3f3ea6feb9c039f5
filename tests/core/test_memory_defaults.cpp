// The training settings the studio picks per device (core/train/memory_defaults.h).
#include <gtest/gtest.h>

#include "core/train/memory_defaults.h"

namespace cds {
namespace {

CudaDeviceInfo card(double gib, int major) {
  CudaDeviceInfo d;
  d.name = "test card";
  d.total_bytes = static_cast<int64_t>(gib * (int64_t{1} << 30));
  d.capability_major = major;
  return d;
}

TEST(MemoryDefaults, ProcessorTrainsInFloat32WithoutCheckpointing) {
  const TrainingMemoryDefaults d = training_memory_defaults(nullptr);
  EXPECT_EQ(d.mixed_precision, "no");
  EXPECT_FALSE(d.gradient_checkpointing);
}

TEST(MemoryDefaults, EightGigabyteAmpereCardGetsBf16AndSaveMemory) {
  const CudaDeviceInfo rtx3070 = card(7.8, 8);
  const TrainingMemoryDefaults d = training_memory_defaults(&rtx3070);
  EXPECT_EQ(d.mixed_precision, "bf16");
  EXPECT_TRUE(d.gradient_checkpointing);
}

TEST(MemoryDefaults, OlderCardsUseFp16) {
  const CudaDeviceInfo gtx1080 = card(8.0, 6), rtx2060 = card(6.0, 7);
  EXPECT_EQ(training_memory_defaults(&gtx1080).mixed_precision, "fp16");
  EXPECT_EQ(training_memory_defaults(&rtx2060).mixed_precision, "fp16");
  EXPECT_TRUE(training_memory_defaults(&rtx2060).gradient_checkpointing);
}

TEST(MemoryDefaults, SaveMemoryUpToTwelveGibibytes) {
  const CudaDeviceInfo rtx3060 = card(12.0, 8), rtx4080 = card(16.0, 8), h100 = card(80.0, 9);
  EXPECT_TRUE(training_memory_defaults(&rtx3060).gradient_checkpointing);
  EXPECT_FALSE(training_memory_defaults(&rtx4080).gradient_checkpointing);
  EXPECT_FALSE(training_memory_defaults(&h100).gradient_checkpointing);
  EXPECT_EQ(training_memory_defaults(&h100).mixed_precision, "bf16");
}

TEST(MemoryDefaults, UnknownMemoryCountsAsSmallCard) {
  const CudaDeviceInfo unknown = card(0, 8);
  EXPECT_TRUE(training_memory_defaults(&unknown).gradient_checkpointing);
}

}  // namespace
}  // namespace cds
