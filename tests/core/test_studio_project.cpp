// Project files (core/project/studio_project.h): the format the studio writes and
// `cdstudio-cli train --project` reads.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/io/json_file.h"
#include "core/project/project_run.h"
#include "core/project/studio_project.h"
#include "tests/core/project_test_files.h"
#include "tests/test_support.h"

namespace cds {
namespace {

using test::sample_project;

TEST(StudioProject, RoundTripsEveryField) {
  const StudioProject p = sample_project("/photos");
  const StudioProject q = project_from_json(project_to_json(p), "test");
  EXPECT_EQ(project_to_json(q), project_to_json(p));
  EXPECT_EQ(q.generation.seed, 18446744073709551615ull);
  EXPECT_EQ(q.training.concepts[1].class_source, ClassImageSource::Generate);
  EXPECT_TRUE(q.training.prior_preservation());
}

// A single-file model's settings (issue #11) travel in the file and on to the training run.
TEST(StudioProject, KeepsSingleFileSettings) {
  StudioProject p = sample_project("/photos");
  EXPECT_FALSE(project_to_json(p).contains("prediction_type"));  // automatic: not written
  p.model = "/models/sd21.safetensors";
  p.prediction_type = "v_prediction";
  p.single_file_config = "/models/sd21-config";
  p.single_file_vae = "/models/vae.safetensors";
  const StudioProject q = project_from_json(project_to_json(p), "test");
  EXPECT_EQ(q.prediction_type, "v_prediction");
  EXPECT_EQ(q.single_file_config, "/models/sd21-config");
  EXPECT_EQ(q.single_file_vae, "/models/vae.safetensors");
  const auto c = training_config_for_project(q, "concepts_list.json");
  EXPECT_EQ(c.prediction_type, "v_prediction");
  EXPECT_EQ(c.single_file_config, "/models/sd21-config");
  EXPECT_EQ(c.single_file_vae, "/models/vae.safetensors");
}

TEST(StudioProject, SavesAtomicallyAndLoads) {
  test::TempDir dir;
  const auto file = dir / "cat.cdproj";
  save_project(file, sample_project("/photos"));
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
  EXPECT_EQ(p.prediction_type, "");  // older files: automatic
  EXPECT_EQ(p.single_file_config, "");
  EXPECT_EQ(p.single_file_vae, "");
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

}  // namespace
}  // namespace cds
