// A project's training run (core/project/project_run.h): what the Train page and
// `cdstudio-cli train --project` start, from the same code.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/io/json_file.h"
#include "core/project/project_run.h"
#include "tests/core/project_test_files.h"
#include "tests/test_support.h"

namespace cds {
namespace {

using test::sample_project;

TEST(ProjectRun, ConfigMeansWhatTheTrainPageSets) {
  const StudioProject p = sample_project("/photos");
  const TrainingConfig c = training_config_for_project(p, "/runs/out/concepts_list.json");
  EXPECT_EQ(c.pretrained_model_name_or_path, "/models/sd15");
  EXPECT_EQ(c.concepts_list, "/runs/out/concepts_list.json");
  EXPECT_TRUE(c.with_prior_preservation);
  EXPECT_TRUE(c.real_prior);  // the studio gathers every class folder before training
  EXPECT_EQ(c.num_class_images, 200);
  EXPECT_EQ(c.modifier_token, "<new1>+<new2>");
  EXPECT_EQ(c.initializer_token, "ktn+pll");
  EXPECT_EQ(c.max_train_steps.value(), 300);
  EXPECT_EQ(c.train_batch_size, 2);
  EXPECT_EQ(c.sample_batch_size, 2);
  EXPECT_EQ(c.resolution, 256);
  EXPECT_EQ(c.mixed_precision, "bf16");
  EXPECT_EQ(c.device, "cuda:0");
  EXPECT_TRUE(c.gradient_checkpointing);
  EXPECT_EQ(c.resume_from_checkpoint, "latest");
  EXPECT_EQ(c.seed.value(), 7u);
  EXPECT_EQ(c.validation_prompt, "photo of a <new1> cat");
  EXPECT_EQ(c.output_dir, "/runs/out");
  EXPECT_NO_THROW(c.validate());

  StudioProject q = p;
  q.training.concepts[1].class_source = ClassImageSource::None;
  q.training.precision = "weird";
  const TrainingConfig d = training_config_for_project(q, "x");
  EXPECT_FALSE(d.with_prior_preservation);
  EXPECT_EQ(d.mixed_precision, "no");
}

TEST(ProjectRun, ProblemsAreSentencesNamingTheConcept) {
  StudioProject p = sample_project("/photos");
  EXPECT_TRUE(project_training_problems(p).empty());
  p.model.clear();
  p.training.concepts[1].modifier_token = "<new1>";
  p.training.concepts[0].images.clear();
  p.training.concepts[0].class_source = ClassImageSource::None;
  p.training.resolution = 250;
  const auto problems = project_training_problems(p);
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_NE(problems[0].find("no base model"), std::string::npos);
  EXPECT_NE(problems[1].find("Concept 1 has no photos"), std::string::npos);
  EXPECT_NE(problems[2].find("Concept 2 uses the word <new1>"), std::string::npos);
  EXPECT_NE(problems[3].find("some concepts but not all"), std::string::npos);
  EXPECT_NE(problems[4].find("multiple of 8"), std::string::npos);
}

TEST(ProjectRun, PreparesTheRunFolder) {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "photos");
  for (const char* name : {"a.png", "b.png", "c.png"})
    test::write_bytes(dir / "photos" / name, name);
  StudioProject p = sample_project(dir / "photos");
  p.training.output_dir = (dir / "out").string();
  // A photo left from an earlier run with more photos must not stay in training.
  std::filesystem::create_directories(dir / "out/instance-images/1");
  test::write_bytes(dir / "out/instance-images/1/99-old.png", "old");
  const TrainingConfig c = prepare_project_run(p);
  EXPECT_EQ(c.concepts_list, (dir / "out/concepts_list.json").string());
  EXPECT_TRUE(std::filesystem::exists(dir / "out/instance-images/1/00-a.png"));
  EXPECT_TRUE(std::filesystem::exists(dir / "out/instance-images/1/01-b.png"));
  EXPECT_FALSE(std::filesystem::exists(dir / "out/instance-images/1/99-old.png"));
  EXPECT_TRUE(std::filesystem::exists(dir / "out/instance-images/2/00-c.png"));
  const auto list = read_json(dir / "out/concepts_list.json");
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["instance_prompt"], "photo of a <new1> cat");
  EXPECT_EQ(list[0]["class_prompt"], "photo of a cat");
  EXPECT_EQ(list[1]["instance_prompt"], "a <new2> pot on a table");
  EXPECT_EQ(list[1]["class_data_dir"], "/data/pot");
  EXPECT_EQ(list[1]["instance_data_dir"],
            std::filesystem::absolute(dir / "out/instance-images/2").string());

  p.training.concepts[0].images.push_back((dir / "photos/missing.png").string());
  try {
    prepare_project_run(p);
    FAIL() << "no error";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("missing.png"), std::string::npos);
  }
}

}  // namespace
}  // namespace cds
