// Project files (core/project/studio_project.h) and a project's training run
// (core/project/project_run.h): the format the studio writes and `cdstudio-cli train --project`
// reads.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/io/json_file.h"
#include "core/project/project_run.h"
#include "core/project/studio_project.h"
#include "core/project/training_presets.h"
#include "tests/test_support.h"

namespace cds {
namespace {

StudioProject sample(const std::filesystem::path& photos) {
  StudioProject p;
  p.model = "/models/sd15";
  ProjectConcept a;
  a.class_name = "cat";
  a.modifier_token = "<new1>";
  a.initializer_token = "ktn";
  a.images = {(photos / "a.png").string(), (photos / "b.png").string()};
  a.class_source = ClassImageSource::Fetch;
  a.class_data_dir = "/data/cat";
  a.num_class_images = 150;
  ProjectConcept b;
  b.class_name = "wooden pot";
  b.modifier_token = "<new2>";
  b.initializer_token = "pll";
  b.instance_prompt = "a <new2> pot on a table";
  b.images = {(photos / "c.png").string()};
  b.class_source = ClassImageSource::Generate;
  b.class_data_dir = "/data/pot";
  b.num_class_images = 200;
  p.training.concepts = {a, b};
  p.training.output_dir = "/runs/out";
  p.training.steps = 300;
  p.training.learning_rate = 2e-5;
  p.training.batch_size = 2;
  p.training.resolution = 256;
  p.training.precision = "bf16";
  p.training.device = "cuda:0";
  p.training.gradient_checkpointing = true;
  p.training.resume = true;
  p.training.seed = 7;
  p.generation.prompt = "a <new1> cat";
  p.generation.seed = 18446744073709551615ull;  // the largest 64-bit seed survives JSON
  p.generation.scheduler = "dpm++2m";
  return p;
}

TEST(StudioProject, RoundTripsEveryField) {
  const StudioProject p = sample("/photos");
  const StudioProject q = project_from_json(project_to_json(p), "test");
  EXPECT_EQ(project_to_json(q), project_to_json(p));
  EXPECT_EQ(q.generation.seed, 18446744073709551615ull);
  EXPECT_EQ(q.training.concepts[1].class_source, ClassImageSource::Generate);
  EXPECT_TRUE(q.training.prior_preservation());
}

TEST(StudioProject, SavesAtomicallyAndLoads) {
  test::TempDir dir;
  const auto file = dir / "cat.cdproj";
  save_project(file, sample("/photos"));
  const StudioProject q = load_project(file);
  EXPECT_EQ(q.training.steps, 300);
  EXPECT_EQ(q.model, "/models/sd15");
  // Nothing but the project is left beside it.
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path()))
    files += e.is_regular_file();
  EXPECT_EQ(files, 1);
}

TEST(StudioProject, AbsentOrMistypedKeysKeepTheirDefaults) {
  const auto j = nlohmann::json::parse(R"({"format": "cdstudio-project", "version": 2,
      "training": {"steps": "many", "learningRate": 3e-5, "resolution": 384.0,
                   "concepts": [{"className": "dog", "classSource": "telepathy"}]}})");
  const StudioProject p = project_from_json(j, "test");
  EXPECT_EQ(p.training.steps, ProjectTraining().steps);
  EXPECT_DOUBLE_EQ(p.training.learning_rate, 3e-5);
  EXPECT_EQ(p.training.resolution, 384);
  ASSERT_EQ(p.training.concepts.size(), 1u);
  EXPECT_EQ(p.training.concepts[0].class_name, "dog");
  EXPECT_EQ(p.training.concepts[0].modifier_token, "<new1>");
  EXPECT_EQ(p.training.concepts[0].class_source, ClassImageSource::None);
  EXPECT_FALSE(p.training.prior_preservation());
}

TEST(StudioProject, MigratesVersionOne) {
  const auto j = nlohmann::json::parse(R"({"format": "cdstudio-project", "version": 1,
      "model": "m", "concept": {"kind": "pet", "className": "cat"},
      "training": {"images": ["/p/1.png", "/p/2.png"], "modifierToken": "<cat1>",
                   "priorPreservation": true, "classDataDir": "/mine/cats", "steps": 120}})");
  const StudioProject p = project_from_json(j, "old.cdproj");
  ASSERT_EQ(p.training.concepts.size(), 1u);
  const ProjectConcept& c = p.training.concepts[0];
  EXPECT_EQ(c.kind, "pet");
  EXPECT_EQ(c.modifier_token, "<cat1>");
  EXPECT_EQ(c.images, (std::vector<std::string>{"/p/1.png", "/p/2.png"}));
  EXPECT_EQ(c.class_source, ClassImageSource::Folder);
  EXPECT_EQ(c.source_folder, "/mine/cats");
  EXPECT_EQ(p.training.steps, 120);
}

TEST(StudioProject, RefusesOtherFilesWithTheirNameAndKind) {
  try {
    project_from_json(nlohmann::json::parse(R"({"format": "something"})"), "x.cdproj");
    FAIL() << "no error";
  } catch (const ProjectFormatError& e) {
    EXPECT_EQ(e.kind, ProjectFormatError::Kind::NotAProject);
    EXPECT_NE(std::string(e.what()).find("x.cdproj"), std::string::npos);
  }
  try {
    project_from_json(nlohmann::json::parse(R"({"format": "cdstudio-project", "version": 9})"),
                      "new.cdproj");
    FAIL() << "no error";
  } catch (const ProjectFormatError& e) {
    EXPECT_EQ(e.kind, ProjectFormatError::Kind::NewerVersion);
    EXPECT_EQ(e.version, 9);
  }
  test::TempDir dir;
  test::write_bytes(dir / "cut.cdproj", R"({"format": "cdstudio-project", "vers)");
  try {
    load_project(dir / "cut.cdproj");
    FAIL() << "no error";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("cut.cdproj"), std::string::npos);
  }
}

TEST(ProjectRun, ConfigMeansWhatTheTrainPageSets) {
  const StudioProject p = sample("/photos");
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
  StudioProject p = sample("/photos");
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
  StudioProject p = sample(dir / "photos");
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
