// The disk fills up during a checkpoint, during the final weights and while the base model
// makes class pictures: a clear error naming the file, what was there before intact, no partial
// file that looks finished, and a later run with room again completes. The disk is a small
// tmpfs from with_small_disk.sh ($CDS_SMALL_DISK); the tests skip without one.
#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "core/io/tensor_file.h"
#include "core/model/demo_model.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/train/class_folder.h"
#include "core/train/class_folder_from_model.h"
#include "core/train/image_loading.h"
#include "core/train/trainer.h"
#include "tests/faults/small_disk.h"
#include "tests/test_support.h"

namespace cds {
namespace {

namespace fs = std::filesystem;

using test::fill_small_disk;
using test::small_disk;

struct DemoFiles {
  test::TempDir dir;  // on the ordinary disk: the model and photos are not what fills up
  DemoFiles() {
    write_demo_model(dir / "model");
    write_demo_images(dir / "photos", 4);
  }
};

TrainingConfig demo_config(const DemoFiles& demo, const fs::path& output_dir) {
  TrainingConfig c;
  c.pretrained_model_name_or_path = (demo.dir / "model").string();
  c.instance_data_dir = (demo.dir / "photos").string();
  c.instance_prompt = "photo of a <new1> toy";
  c.modifier_token = "<new1>";
  c.initializer_token = "ktn";
  c.resolution = 64;
  c.train_batch_size = 2;
  c.max_train_steps = 4;
  c.checkpointing_steps = 1;
  c.learning_rate = 1e-3;
  c.seed = 5;
  c.output_dir = output_dir.string();
  return c;
}

bool hidden(const fs::path& p) { return p.filename().string().front() == '.'; }

TEST(DiskFull, DuringACheckpointKeepsThePreviousOneAndResumes) {
  CDS_REQUIRE_SMALL_DISK();
  DemoFiles demo;
  auto c = demo_config(demo, demo.dir / "straight");
  run_training(c);

  const fs::path out = small_disk() / "out";
  c.output_dir = out.string();
  fs::path filler;
  try {
    run_training(c, [&](const TrainingEvent& e) {
      // Step 2 is reported before checkpoint-2 is written.
      if (e.type == TrainingEvent::Type::Step && e.step == 2) filler = fill_small_disk(8192);
    });
    FAIL() << "training went on with a full disk";
  } catch (const FileError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("checkpoint-2"), std::string::npos) << what;
    EXPECT_NE(what.find("No space left on device"), std::string::npos) << what;
    EXPECT_NE(what.find("checkpoint-1 is kept"), std::string::npos) << what;
  }
  // checkpoint-1 is whole, nothing of checkpoint-2 is left, no hidden leftovers.
  for (const auto& e : fs::directory_iterator(out)) {
    EXPECT_FALSE(hidden(e.path())) << e.path();
    EXPECT_NE(e.path().filename(), "checkpoint-2");
  }
  for (const auto& e : fs::directory_iterator(out / "checkpoint-1"))
    if (e.path().extension() == ".safetensors") EXPECT_NO_THROW(load_safetensors(e.path()));

  fs::remove(filler);  // room again: resume from checkpoint-1 and end where a clean run ends
  c.resume_from_checkpoint = "latest";
  run_training(c);
  for (const char* file : {"pytorch_custom_diffusion_weights.safetensors", "<new1>.safetensors"}) {
    const auto a = load_safetensors(demo.dir / "straight" / file);
    const auto b = load_safetensors(out / file);
    for (const auto& [name, t] : a) EXPECT_TRUE(torch::equal(t, b.at(name))) << file << name;
  }
}

TEST(DiskFull, DuringTheFinalWeightsKeepsThePersonsEarlierFiles) {
  CDS_REQUIRE_SMALL_DISK();
  DemoFiles demo;
  const fs::path out = small_disk() / "out";
  auto c = demo_config(demo, out);
  c.max_train_steps = 2;
  c.checkpointing_steps = 100;
  run_training(c);  // an earlier run's weights, which the next run would replace
  const std::string before = test::read_bytes(out / "pytorch_custom_diffusion_weights.safetensors");
  const std::string token_before = test::read_bytes(out / "<new1>.safetensors");

  c.seed = 6;
  fs::path filler;
  try {
    run_training(c, [&](const TrainingEvent& e) {
      if (e.type == TrainingEvent::Type::Step && e.step == 2) filler = fill_small_disk(8192);
    });
    FAIL() << "training reported success with a full disk";
  } catch (const FileError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(out.string()), std::string::npos) << what;
    EXPECT_NE(what.find("No space left on device"), std::string::npos) << what;
  }
  EXPECT_EQ(test::read_bytes(out / "pytorch_custom_diffusion_weights.safetensors"), before);
  EXPECT_EQ(test::read_bytes(out / "<new1>.safetensors"), token_before);
  for (const auto& e : fs::directory_iterator(out)) EXPECT_FALSE(hidden(e.path())) << e.path();
  fs::remove(filler);
}

TEST(DiskFull, WhileTheModelMakesClassPicturesKeepsTheFinishedOnes) {
  CDS_REQUIRE_SMALL_DISK();
  DemoFiles demo;
  auto model = load_stable_diffusion((demo.dir / "model").string());
  GenerateClassImagesOptions o;
  o.class_prompt = "toy";
  o.class_data_dir = small_disk() / "class";
  o.num_class_images = 3;
  o.batch_size = 1;
  o.steps = 2;
  o.seed = 3;
  fs::path filler;
  o.progress = [&](int have, int) {
    if (have == 1) filler = fill_small_disk(4096);
  };
  try {
    generate_class_images(model, o);
    FAIL() << "class pictures were reported made on a full disk";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("No space left on device"), std::string::npos) << e.what();
  }
  // The first picture is listed and whole; nothing half written carries a picture's name.
  const auto listed = read_class_folder_listing(o.class_data_dir);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_NO_THROW(load_image_rgb(listed[0].image));
  for (const auto& e : fs::recursive_directory_iterator(o.class_data_dir / "images"))
    EXPECT_NO_THROW(load_image_rgb(e.path())) << e.path();

  fs::remove(filler);
  o.progress = nullptr;
  EXPECT_EQ(generate_class_images(model, o), 2);
  EXPECT_EQ(read_class_folder_listing(o.class_data_dir).size(), 3u);
}

}  // namespace
}  // namespace cds
