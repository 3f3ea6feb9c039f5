// Whole training runs on the demo model (core/model/demo_model.h; no reference data needed) from
// images the test makes: with and without prior preservation, two concepts, the outputs' names
// and shapes, that only the intended parameters change, resume equal to an uninterrupted run,
// cancel, and bad inputs.
#include "core/train/trainer.h"

#include <fstream>

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "core/io/tensor_file.h"
#include "core/train/lr_schedule.h"
#include "core/train/training_checkpoint.h"
#include "tests/demo_model_fixture.h"
#include "tests/test_support.h"

namespace fs = std::filesystem;

namespace cds {

namespace {

void make_images(const fs::path& dir, int count, int seed) {
  fs::create_directories(dir);
  cv::RNG rng(seed);
  for (int i = 0; i < count; ++i) {
    cv::Mat img(72 + 8 * i, 80, CV_8UC3);
    rng.fill(img, cv::RNG::UNIFORM, 0, 255);
    cv::imwrite((dir / (std::to_string(i) + ".png")).string(), img);
  }
}

TrainingConfig tiny_config(const test::TempDir& dir) {
  TrainingConfig c;
  c.pretrained_model_name_or_path = test::demo_model_dir().string();
  c.instance_data_dir = (dir / "instance").string();
  c.instance_prompt = "photo of a <new1> cat";
  c.modifier_token = "<new1>";
  c.initializer_token = "ktn";
  c.resolution = 64;
  c.train_batch_size = 2;
  c.max_train_steps = 4;
  c.checkpointing_steps = 2;
  c.learning_rate = 1e-3;  // large enough that every step visibly moves the weights
  c.seed = 5;
  c.output_dir = (dir / "out").string();
  return c;
}

StateDict read(const fs::path& file) { return load_safetensors(file); }

}  // namespace

TEST(Trainer, TrainsAndWritesDiffusersOutputs) {
  test::TempDir dir;
  make_images(dir / "instance", 4, 1);
  auto c = tiny_config(dir);
  std::vector<double> losses;
  run_training(c, [&](const TrainingEvent& e) {
    if (e.type == TrainingEvent::Type::Step) losses.push_back(e.loss);
  });
  ASSERT_EQ(losses.size(), 4u);
  for (double l : losses) EXPECT_TRUE(std::isfinite(l));
  const auto weights = read(dir / "out/pytorch_custom_diffusion_weights.safetensors");
  EXPECT_EQ(weights.size(), 8u);  // 4 cross-attention layers (down 1, mid 1, up 2) x to_k, to_v
  for (const auto& [name, t] : weights) {
    EXPECT_NE(name.find(".attn2.processor.to_"), std::string::npos) << name;
    EXPECT_EQ(t.sizes(), (std::vector<int64_t>{64, 32})) << name;
    EXPECT_EQ(t.scalar_type(), torch::kFloat);
  }
  const auto token = read(dir / "out/<new1>.safetensors");
  ASSERT_EQ(token.count("<new1>"), 1u);
  EXPECT_EQ(token.at("<new1>").sizes(), (std::vector<int64_t>{32}));
  EXPECT_EQ(SafetensorsFile::open(dir / "out/<new1>.safetensors").metadata().at("format"), "pt");
  EXPECT_TRUE(fs::exists(dir / "out/training_args.json"));
  EXPECT_TRUE(fs::exists(dir / "out/checkpoint-2/pytorch_custom_diffusion_weights.safetensors"));

  // Only the intended parameters changed: the K/V copies moved away from the original to_k/to_v.
  const auto base =
      load_safetensors(test::demo_model_dir() / "unet/diffusion_pytorch_model.safetensors");
  for (const auto& [name, t] : weights) {
    const auto layer = name.substr(0, name.find(".processor."));
    const auto original = base.at(
        layer + (name.find("to_k_") != std::string::npos ? ".to_k.weight" : ".to_v.weight"));
    EXPECT_GT((t - original).abs().max().item<double>(), 1e-6) << name;
  }
  const auto te = load_safetensors(test::demo_model_dir() / "text_encoder/model.safetensors");
  EXPECT_GT((token.at("<new1>") -
             te.at("text_model.embeddings.token_embedding.weight")[test::demo_vocab_id("ktn")])
                .abs()
                .max()
                .item<double>(),
            1e-6);
}

TEST(Trainer, PriorPreservationAndTwoConcepts) {
  test::TempDir dir;
  make_images(dir / "a", 3, 2);
  make_images(dir / "b", 2, 3);
  make_images(dir / "class_b", 2, 4);  // concept b already has its class images
  nlohmann::json list = nlohmann::json::array();
  list.push_back({{"instance_prompt", "photo of a <new1> cat"},
                  {"class_prompt", "cat"},
                  {"instance_data_dir", (dir / "a").string()},
                  {"class_data_dir", (dir / "class_a").string()}});
  list.push_back({{"instance_prompt", "photo of a <new2> dog"},
                  {"class_prompt", "dog"},
                  {"instance_data_dir", (dir / "b").string()},
                  {"class_data_dir", (dir / "class_b").string()}});
  std::ofstream(dir / "concepts.json") << list.dump();
  auto c = tiny_config(dir);
  c.concepts_list = (dir / "concepts.json").string();
  c.modifier_token = "<new1>+<new2>";
  c.initializer_token = "ktn+pll";
  c.with_prior_preservation = true;
  c.num_class_images = 2;
  c.class_image_steps = 2;
  c.sample_batch_size = 2;
  int class_events = 0;
  run_training(c, [&](const TrainingEvent& e) {
    class_events += e.type == TrainingEvent::Type::ClassImages;
  });
  EXPECT_EQ(class_events, 1);  // only concept a needed images
  EXPECT_EQ(std::distance(fs::directory_iterator(dir / "class_a"), {}), 2);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir / "class_b"), {}), 2);  // untouched
  const auto t1 = read(dir / "out/<new1>.safetensors").at("<new1>");
  const auto t2 = read(dir / "out/<new2>.safetensors").at("<new2>");
  const auto te = load_safetensors(test::demo_model_dir() / "text_encoder/model.safetensors")
                      .at("text_model.embeddings.token_embedding.weight");
  // Both tokens learned (diffusers' loop would have left the second frozen).
  EXPECT_GT((t1 - te[test::demo_vocab_id("ktn")]).abs().max().item<double>(), 1e-6);
  EXPECT_GT((t2 - te[test::demo_vocab_id("pll")]).abs().max().item<double>(), 1e-6);
}

TEST(Trainer, ResumeEqualsUninterruptedRun) {
  test::TempDir dir;
  make_images(dir / "instance", 5, 6);
  auto c = tiny_config(dir);
  c.hflip = true;  // exercise the augmentation RNG across the resume
  c.output_dir = (dir / "straight").string();
  run_training(c);

  c.output_dir = (dir / "interrupted").string();
  TrainingControl control;
  // A stop saves a checkpoint and the weights so far, then ends with JobCancelled.
  EXPECT_THROW(run_training(
                   c,
                   [&](const TrainingEvent& e) {
                     if (e.type == TrainingEvent::Type::Step && e.step == 2) control.cancel();
                   },
                   &control),
               JobCancelled);
  ASSERT_TRUE(fs::exists(dir / "interrupted/checkpoint-2"));
  EXPECT_TRUE(fs::exists(dir / "interrupted/pytorch_custom_diffusion_weights.safetensors"));
  c.resume_from_checkpoint = "latest";
  run_training(c);
  const auto a = read(dir / "straight/pytorch_custom_diffusion_weights.safetensors");
  const auto b = read(dir / "interrupted/pytorch_custom_diffusion_weights.safetensors");
  for (const auto& [name, t] : a) EXPECT_TRUE(torch::equal(t, b.at(name))) << name;
  EXPECT_TRUE(torch::equal(read(dir / "straight/<new1>.safetensors").at("<new1>"),
                           read(dir / "interrupted/<new1>.safetensors").at("<new1>")));
}

TEST(Trainer, BadInputsAreClearAndKeepUserFiles) {
  test::TempDir dir;
  auto c = tiny_config(dir);
  fs::create_directories(dir / "instance");
  test::write_bytes(dir / "instance/notes.txt", "not an image");
  EXPECT_THROW(run_training(c), FileError);  // no images
  test::write_bytes(dir / "instance/broken.png", "this is no png");
  EXPECT_THROW(run_training(c), FileError);
  fs::remove(dir / "instance/broken.png");
  make_images(dir / "instance", 2, 7);
  c.modifier_token = "cat</w>";  // already a vocabulary entry
  EXPECT_THROW(run_training(c), CoreError);
  c.modifier_token = "<new1>";
  c.with_prior_preservation = true;
  c.real_prior = true;
  c.class_data_dir = (dir / "missing-class-dir").string();
  EXPECT_THROW(run_training(c), FileError);
  c.with_prior_preservation = false;
  c.output_dir = "/proc/cds-cannot-write-here";
  EXPECT_THROW(run_training(c), FileError);
  // The user's files are all still there.
  EXPECT_TRUE(fs::exists(dir / "instance/notes.txt"));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir / "instance"), {}), 3);
}

}  // namespace cds

namespace cds {

TEST(Trainer, MixedPrecisionBFloat16KeepsTrainableWeightsInFloat32) {
  test::TempDir dir;
  make_images(dir / "instance", 2, 8);
  auto c = tiny_config(dir);
  c.mixed_precision = "bf16";
  c.max_train_steps = 2;
  std::vector<double> losses;
  run_training(c, [&](const TrainingEvent& e) {
    if (e.type == TrainingEvent::Type::Step) losses.push_back(e.loss);
  });
  ASSERT_EQ(losses.size(), 2u);
  for (double l : losses) EXPECT_TRUE(std::isfinite(l));
  for (const auto& [name, t] : read(dir / "out/pytorch_custom_diffusion_weights.safetensors"))
    EXPECT_EQ(t.scalar_type(), torch::kFloat) << name;
  c.mixed_precision = "fp16";  // no float16 matrix products on the CPU: a clear error
  EXPECT_THROW(run_training(c), CoreError);
}

}  // namespace cds

namespace cds {

TEST(TrainingConfig, JsonRoundTripAndValidation) {
  TrainingConfig c;
  c.pretrained_model_name_or_path = "m";
  c.instance_data_dir = "d";
  c.instance_prompt = "photo of a <new1> cat";
  c.max_train_steps = 7;
  c.seed = 123;
  c.hflip = true;
  c.learning_rate = 2e-5;
  const auto j = to_json(c);
  EXPECT_TRUE(j["checkpoints_total_limit"].is_null());
  const auto back = training_config_from_json(j);
  EXPECT_EQ(back.max_train_steps, std::optional<int64_t>(7));
  EXPECT_EQ(back.seed, std::optional<uint64_t>(123));
  EXPECT_FALSE(back.checkpoints_total_limit.has_value());
  EXPECT_TRUE(back.hflip);
  EXPECT_DOUBLE_EQ(back.learning_rate, 2e-5);
  EXPECT_EQ(to_json(back), j);
  EXPECT_NO_THROW(back.validate());
  auto bad = back;
  bad.resolution = 100;
  EXPECT_THROW(bad.validate(), CoreError);
  bad = back;
  bad.with_prior_preservation = true;
  EXPECT_THROW(bad.validate(), CoreError);  // no class folder
  EXPECT_THROW(training_config_from_json(nlohmann::json{{"resolution", "big"}}), CoreError);
}

}  // namespace cds

namespace cds {

TEST(LrSchedule, MatchesDiffusersLambdas) {
  const LrSchedule constant("constant", 500, 1000);
  EXPECT_EQ(constant.factor(0), 1.0);  // constant ignores warmup, as get_constant_schedule
  const LrSchedule warm("constant_with_warmup", 10, 100);
  EXPECT_DOUBLE_EQ(warm.factor(0), 0.0);
  EXPECT_DOUBLE_EQ(warm.factor(5), 0.5);
  EXPECT_DOUBLE_EQ(warm.factor(50), 1.0);
  const LrSchedule linear("linear", 10, 110);
  EXPECT_DOUBLE_EQ(linear.factor(10), 1.0);
  EXPECT_DOUBLE_EQ(linear.factor(60), 0.5);
  EXPECT_DOUBLE_EQ(linear.factor(200), 0.0);
  const LrSchedule cosine("cosine", 0, 100);
  EXPECT_DOUBLE_EQ(cosine.factor(0), 1.0);
  EXPECT_NEAR(cosine.factor(50), 0.5, 1e-12);
  EXPECT_NEAR(cosine.factor(100), 0.0, 1e-12);
  EXPECT_THROW(LrSchedule("exponential", 0, 10), CoreError);
}

TEST(TrainingCheckpoints, PruneKeepsTheNewestAndFindsTheLatest) {
  test::TempDir dir;
  for (int step : {10, 2, 30, 4})
    fs::create_directories(dir / ("checkpoint-" + std::to_string(step)));
  fs::create_directories(dir / "validation");
  EXPECT_EQ(find_checkpoint(dir.path(), "latest"), dir / "checkpoint-30");  // by number, not name
  prune_checkpoints(dir.path(), 2);
  EXPECT_FALSE(fs::exists(dir / "checkpoint-2"));
  EXPECT_FALSE(fs::exists(dir / "checkpoint-4"));
  EXPECT_TRUE(fs::exists(dir / "checkpoint-10"));
  EXPECT_TRUE(fs::exists(dir / "checkpoint-30"));
  EXPECT_TRUE(fs::exists(dir / "validation"));
  EXPECT_THROW(find_checkpoint(dir.path(), (dir / "nope").string()), FileError);
  test::TempDir empty;
  EXPECT_FALSE(find_checkpoint(empty.path(), "latest").has_value());
}

TEST(Trainer, CheckpointLimitAndAccumulation) {
  test::TempDir dir;
  make_images(dir / "instance", 2, 9);
  auto c = tiny_config(dir);
  c.train_batch_size = 1;
  c.gradient_accumulation_steps = 2;
  c.max_train_steps = 3;
  c.checkpointing_steps = 1;
  c.checkpoints_total_limit = 1;
  c.lr_scheduler = "linear";
  c.lr_warmup_steps = 1;
  std::vector<double> lrs;
  run_training(c, [&](const TrainingEvent& e) {
    if (e.type == TrainingEvent::Type::Step) lrs.push_back(e.learning_rate);
  });
  ASSERT_EQ(lrs.size(), 3u);      // 3 optimizer steps from 6 micro-batches
  EXPECT_DOUBLE_EQ(lrs[0], 0.0);  // the warmup's first step
  EXPECT_DOUBLE_EQ(lrs[1], 1e-3);
  EXPECT_DOUBLE_EQ(lrs[2], 1e-3 * 0.5);
  // Checkpoints at steps 1 and 2 (not at the last step), pruned to one.
  EXPECT_FALSE(fs::exists(dir / "out/checkpoint-1"));
  EXPECT_TRUE(fs::exists(dir / "out/checkpoint-2"));
}

}  // namespace cds
