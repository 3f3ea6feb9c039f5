// The samplers' names, kept once for the engine, the CLI and the studio
// (core/schedulers/scheduler_names.h).
#include <set>

#include <gtest/gtest.h>

#include "core/schedulers/scheduler_names.h"

namespace cds {
namespace {

TEST(SchedulerNames, EachIdHasOneSamplerNameAndDiffusersClass) {
  std::set<std::string> ids, samplers, classes;
  for (const SchedulerName& s : scheduler_catalog()) {
    ids.insert(s.id);
    samplers.insert(s.sampler);
    classes.insert(s.diffusers_class);
    EXPECT_EQ(scheduler_name_for_class(s.diffusers_class), s.id);
    EXPECT_EQ(find_scheduler(s.id), &s);
  }
  EXPECT_EQ(ids.size(), scheduler_catalog().size());
  EXPECT_EQ(samplers.size(), scheduler_catalog().size());
  EXPECT_EQ(classes.size(), scheduler_catalog().size());
  EXPECT_EQ(scheduler_names().size(), scheduler_catalog().size());
  EXPECT_EQ(scheduler_names().front(), "dpm++2m");  // offered first
}

TEST(SchedulerNames, SamplerNamesAreAutomatic1111s) {
  // What AUTOMATIC1111 writes in "Sampler:" for these methods.
  EXPECT_EQ(sampler_name("dpm++2m"), "DPM++ 2M");
  EXPECT_EQ(sampler_name("euler-a"), "Euler a");
  EXPECT_EQ(sampler_name("euler"), "Euler");
  EXPECT_EQ(sampler_name("ddim"), "DDIM");
  EXPECT_EQ(sampler_name("pndm"), "PLMS");
  EXPECT_EQ(sampler_name("unknown-thing"), "unknown-thing");
  EXPECT_EQ(scheduler_name_for_class("LMSDiscreteScheduler"), "");
  EXPECT_EQ(find_scheduler("DPM++ 2M"), nullptr);
  EXPECT_EQ(scheduler_names_text(), "dpm++2m, euler-a, euler, ddim, pndm, ddpm");
}

}  // namespace
}  // namespace cds
