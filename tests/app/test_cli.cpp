// cdstudio-cli as a person runs it: exit codes, JSON lines, and error messages. Tests that need
// a model but not parity with diffusers run on the demo model (tests/demo_model_fixture.h).
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/io/png_file.h"
#include "core/io/safetensors_file.h"
#include "core/model/demo_model.h"
#include "core/project/studio_project.h"
#include "tests/app/cli_runner.h"
#include "tests/core/hostile_images.h"
#include "tests/demo_concept.h"
#include "tests/demo_model_fixture.h"
#include "tests/test_support.h"

namespace cds {

namespace {

using Result = test::CliResult;

Result run(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return test::run_cli(args, stdin_text);
}

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  size_t start = 0;
  while (start < out.size()) {
    const auto end = out.find('\n', start);
    const auto line = out.substr(start, end - start);
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace

TEST(Cli, UsageAndUnknownCommand) {
  auto r = run({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("usage: cdstudio-cli"), std::string::npos);
  r = run({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("unknown command"), std::string::npos);
  r = run({"tokenize", "--bogus"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("unknown option --bogus"), std::string::npos);
  EXPECT_EQ(run({"tokenize", "--help"}).exit_code, 0);
  EXPECT_EQ(run({"inspect", "--help"}).exit_code, 0);
}

// The CLI restarts itself with passive OpenMP waiting unless the person chose a policy.
TEST(Cli, WaitsPassivelyUnlessToldOtherwise) {
  const char* saved = std::getenv("OMP_WAIT_POLICY");
  const std::string restore = saved ? saved : "";
  unsetenv("OMP_WAIT_POLICY");
  auto r = run({"--version"});
  EXPECT_NE(r.out.find("OMP_WAIT_POLICY=PASSIVE"), std::string::npos) << r.out;
  setenv("OMP_WAIT_POLICY", "ACTIVE", 1);
  r = run({"--version"});
  EXPECT_NE(r.out.find("OMP_WAIT_POLICY=ACTIVE"), std::string::npos) << r.out;
  if (saved)
    setenv("OMP_WAIT_POLICY", restore.c_str(), 1);
  else
    unsetenv("OMP_WAIT_POLICY");
}

TEST(Cli, MissingModelIsOneClearLine) {
  test::TempDir dir;
  const auto r = run({"tokenize", "--model", (dir / "nothing").string(), "cat"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("error:"), std::string::npos) << r.out;
  const auto i = run({"inspect", dir.path().string()});
  EXPECT_EQ(i.exit_code, 1);
  EXPECT_NE(i.out.find("model_index.json"), std::string::npos) << i.out;
}

// Errors after progress lines ("\r3 of 200 class images") start a line of their own.
TEST(Cli, RetrieveErrorsStartTheirOwnLine) {
  test::TempDir dir;
  auto r = run({"retrieve", "--source", "clip-retrieval", "--server",
                "http://127.0.0.1:9/knn-service", "--class_prompt", "cat", "--class_data_dir",
                (dir / "class").string(), "--num_class_images", "2"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  auto at = r.out.find("cdstudio-cli retrieve: error:");
  ASSERT_NE(at, std::string::npos) << r.out;
  EXPECT_TRUE(at == 0 || r.out[at - 1] == '\n') << r.out;
  EXPECT_NE(r.out.find("--source openverse"), std::string::npos) << r.out;  // another source

  std::filesystem::create_directories(dir / "one");
  const std::vector<uint8_t> pixels(16 * 16 * 3, 128);
  write_png(dir / "one" / "a.png", pixels.data(), 16, 16);
  r = run({"retrieve", "--source", "folder", "--folder", (dir / "one").string(), "--class_prompt",
           "cat", "--class_data_dir", (dir / "class").string(), "--num_class_images", "3"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  at = r.out.find("cdstudio-cli retrieve: error:");
  ASSERT_NE(at, std::string::npos) << r.out;
  EXPECT_TRUE(at == 0 || r.out[at - 1] == '\n') << r.out;
  EXPECT_NE(r.out.find("ran out"), std::string::npos) << r.out;
}

TEST(GoldenCli, TokenizeMatchesTransformers) {
  CDS_REQUIRE_GOLDEN();
  const auto golden =
      nlohmann::json::parse(test::read_bytes(test::golden_dir() / "cases/tokenizer.json"));
  std::vector<std::string> args = {"tokenize", "--model", (test::golden_dir() / "tiny-sd").string(),
                                   "--"};
  std::vector<nlohmann::json> expected;
  for (const auto& rec : golden["records"]) {
    if (rec["tokenizer"] != "sd_v1") continue;
    args.push_back(rec["prompt"].get<std::string>());
    expected.push_back(rec);
  }
  const auto r = run(args);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), expected.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i]["text"], expected[i]["prompt"]);
    EXPECT_EQ(lines[i]["ids"], expected[i]["input_ids_77"]) << expected[i]["prompt"];
    const auto unpadded = expected[i]["input_ids_unpadded"].size();
    EXPECT_EQ(lines[i]["length"].get<size_t>(), unpadded);
    EXPECT_EQ(lines[i]["truncated"].get<bool>(), unpadded > 77);
  }
}

TEST(Cli, TokenizeAddedTokensAndStdin) {
  const auto tokenizer = (test::demo_model_dir() / "tokenizer").string();
  const auto r =
      run({"tokenize", "--tokenizer", tokenizer, "--add-token", "<new1>", "--add-token", "<new2>"},
          "photo of a<new1>cat\n-leading dash\n\n");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["ids"][4], test::demo_vocab_size());  // the first added token's id
  EXPECT_EQ(lines[2]["length"], 2);  // an empty line is an empty prompt: BOS, EOS
  const auto dup = run({"tokenize", "--tokenizer", tokenizer, "--add-token", "cat</w>", "x"});
  EXPECT_EQ(dup.exit_code, 1);
  EXPECT_NE(dup.out.find("cat</w>"), std::string::npos) << dup.out;
}

TEST(Cli, InspectDemoModel) {
  const auto model = test::demo_model_dir();
  const auto r = run({"inspect", model.string(), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  const auto unet = SafetensorsFile::open(model / "unet/diffusion_pytorch_model.safetensors");
  int64_t parameters = 0;  // every tensor of the demo UNet's file is a float32 weight
  for (const auto& e : unet.tensors()) parameters += e.numel();
  EXPECT_EQ(j["components"]["unet"]["weights"]["parameters"], parameters);
  EXPECT_EQ(j["components"]["unet"]["weights"]["precision"], "F32");
  EXPECT_EQ(j["family"], "Stable Diffusion 1.x-style (cross-attention 32)");
  EXPECT_TRUE(j["usable"].get<bool>());
  const auto text = run({"inspect", model.string()});
  EXPECT_EQ(text.exit_code, 0) << text.out;
  EXPECT_NE(text.out.find("Ready to use."), std::string::npos);
}

// diffusers' own saved folders (v1 and v2 layouts) read as what they are.
TEST(GoldenCli, InspectTinyModel) {
  CDS_REQUIRE_GOLDEN();
  const auto r = run({"inspect", (test::golden_dir() / "tiny-sd").string(), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["components"]["unet"]["weights"]["parameters"], 1427012);
  EXPECT_EQ(j["components"]["unet"]["weights"]["precision"], "F32");
  EXPECT_EQ(j["family"], "Stable Diffusion 1.x-style (cross-attention 32)");
  EXPECT_TRUE(j["usable"].get<bool>());
  const auto text = run({"inspect", (test::golden_dir() / "tiny-sd-v2").string()});
  EXPECT_EQ(text.exit_code, 0) << text.out;
  EXPECT_NE(text.out.find("Ready to use."), std::string::npos);
}

}  // namespace cds

namespace cds {

namespace {

// A float32 tensor of a safetensors file as a vector (the CLI tests stay torch-free).
std::vector<float> read_floats(const std::filesystem::path& file, const std::string& name,
                               std::vector<int64_t>* shape = nullptr) {
  const auto st = SafetensorsFile::open(file);
  const auto* e = st.find(name);
  if (!e) return {};
  if (shape) *shape = e->shape;
  std::vector<float> v(static_cast<size_t>(e->numel()));
  std::memcpy(v.data(), st.data(*e), e->byte_size());
  return v;
}

// The largest difference between our image (CHW, as --output-tensor writes it) and diffusers'
// (HWC numpy), both 3 x side x side; infinity when either is smaller.
double max_abs_diff_chw_hwc(const std::vector<float>& chw, const std::vector<float>& hwc,
                            int side) {
  const size_t n = size_t(3) * size_t(side) * size_t(side);
  if (chw.size() < n || hwc.size() < n) return std::numeric_limits<double>::infinity();
  double worst = 0;
  for (int c = 0; c < 3; ++c)
    for (int y = 0; y < side; ++y)
      for (int x = 0; x < side; ++x)
        worst = std::max(worst, std::abs(double(chw[size_t((c * side + y) * side + x)]) -
                                         hwc[size_t((y * side + x) * 3 + c)]));
  return worst;
}

}  // namespace

TEST(GoldenCli, GenerateReproducesDiffusersImage) {
  CDS_REQUIRE_GOLDEN();
  test::TempDir dir;
  const auto golden = test::golden_dir() / "cases/pipeline.safetensors";
  {
    const auto st = SafetensorsFile::open(golden);
    const auto* e = st.find("latents_init");
    ASSERT_NE(e, nullptr);
    write_safetensors(dir / "latents.safetensors",
                      {{"latents", e->dtype, e->shape, st.data(*e), e->byte_size()}});
  }
  for (const char* scheduler : {"ddim", "pndm"}) {
    const auto r = run({"generate",
                        "--model",
                        (test::golden_dir() / "tiny-sd").string(),
                        "--prompt",
                        "a photo of a cat",
                        "--steps",
                        "10",
                        "--guidance",
                        "7.5",
                        "--scheduler",
                        scheduler,
                        "--width",
                        "64",
                        "--height",
                        "64",
                        "--latents",
                        (dir / "latents.safetensors").string(),
                        "--seed",
                        "42",
                        "--output",
                        (dir / "out.png").string(),
                        "--output-tensor",
                        (dir / "image.safetensors").string()});
    ASSERT_EQ(r.exit_code, 0) << r.out;
    std::vector<int64_t> shape;
    const auto ours = read_floats(dir / "image.safetensors", "image", &shape);  // [1, 3, 64, 64]
    const auto theirs =
        read_floats(golden, std::string(scheduler) + ".image_np");  // [1, 64, 64, 3]
    ASSERT_EQ(shape, (std::vector<int64_t>{1, 3, 64, 64}));
    double worst = 0;
    for (int c = 0; c < 3; ++c)
      for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
          worst = std::max(
              worst, std::abs(double(ours[(c * 64 + y) * 64 + x]) - theirs[(y * 64 + x) * 3 + c]));
    EXPECT_LT(worst, 1e-4) << scheduler;
    const auto text = read_png_text(dir / "out.png");
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text[0].first, "parameters");
    EXPECT_NE(text[0].second.find("a photo of a cat"), std::string::npos);
    EXPECT_NE(text[0].second.find("Seed: 42"), std::string::npos);
  }
}

TEST(GoldenCli, GenerateWithWeights) {
  CDS_REQUIRE_GOLDEN();
  test::TempDir dir;
  const auto inference = test::golden_dir() / "cases/saved_output_inference.safetensors";
  {
    const auto st = SafetensorsFile::open(inference);
    const auto* e = st.find("latents_init");
    ASSERT_NE(e, nullptr);
    write_safetensors(dir / "latents.safetensors",
                      {{"latents", e->dtype, e->shape, st.data(*e), e->byte_size()}});
  }
  // diffusers' saved_output holds both serialisations; a training output folder holds one.
  const auto concept_dir = dir / "concept";
  std::filesystem::create_directories(concept_dir);
  for (const char* name : {"pytorch_custom_diffusion_weights.safetensors", "<new1>.safetensors"})
    std::filesystem::copy_file(test::golden_dir() / "cases/saved_output" / name,
                               concept_dir / name);
  const auto r = run({"generate",
                      "--model",
                      (test::golden_dir() / "tiny-sd").string(),
                      "--weights",
                      concept_dir.string(),
                      "--prompt",
                      "photo of a <new1> cat",
                      "--scheduler",
                      "ddim",
                      "--steps",
                      "10",
                      "--width",
                      "64",
                      "--height",
                      "64",
                      "--latents",
                      (dir / "latents.safetensors").string(),
                      "--output",
                      (dir / "out.png").string(),
                      "--output-tensor",
                      (dir / "image.safetensors").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("token <new1>"), std::string::npos) << r.out;
  std::vector<int64_t> shape;
  const auto ours = read_floats(dir / "image.safetensors", "image", &shape);  // [1, 3, 64, 64]
  const auto theirs = read_floats(inference, "image");                        // [1, 64, 64, 3]
  ASSERT_EQ(shape, (std::vector<int64_t>{1, 3, 64, 64}));
  EXPECT_LT(max_abs_diff_chw_hwc(ours, theirs, 64), 1e-4);
  // Bad --weights arguments: Cli.TrainThenGenerateWithTheConcept.
}

TEST(Cli, GenerateRejectsBadArguments) {
  const auto model = test::demo_model_dir().string();
  auto r = run({"generate", "--model", model, "--prompt", "cat", "--width", "63"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("multiples of 8"), std::string::npos) << r.out;
  r = run({"generate", "--model", model, "--prompt", "cat", "--scheduler", "magic"});
  EXPECT_EQ(r.exit_code, 2);
  r = run({"generate", "--model", model, "--prompt", "cat", "--steps", "many"});
  EXPECT_EQ(r.exit_code, 2);
  r = run({"generate", "--model", model, "--prompt", "cat", "--dtype", "fp16", "--steps", "1"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("bf16"), std::string::npos) << r.out;
  r = run(
      {"generate", "--model", model, "--prompt", "cat", "--latents", "/nonexistent.safetensors"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("/nonexistent.safetensors"), std::string::npos) << r.out;
}

}  // namespace cds

namespace cds {

TEST(Cli, TrainThenGenerateWithTheConcept) {
  test::TempDir dir;
  write_demo_images(dir / "photos", 4);
  const auto model = test::demo_model_dir().string();
  auto r = run({"train",
                "--pretrained_model_name_or_path=" + model,
                "--instance_data_dir",
                (dir / "photos").string(),
                "--instance_prompt",
                "photo of a <new1> cat",
                "--modifier_token",
                "<new1>",
                "--initializer_token",
                "ktn",
                "--resolution",
                "64",
                "--train_batch_size",
                "2",
                "--max_train_steps",
                "2",
                "--seed",
                "1",
                "--output_dir",
                (dir / "out").string(),
                "--report_to",
                "wandb"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("--report_to has no effect"), std::string::npos) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir / "out/pytorch_custom_diffusion_weights.safetensors"));
  EXPECT_TRUE(std::filesystem::exists(dir / "out/<new1>.safetensors"));
  r = run({"generate", "--model", model, "--weights", (dir / "out").string(), "--prompt",
           "a <new1> cat", "--steps", "2", "--width", "64", "--height", "64", "--seed", "3",
           "--output", (dir / "x.png").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir / "x.png"));
  // Bad --weights arguments: a scale outside [0, 1], a folder that is not there.
  r = run({"generate", "--model", model, "--prompt", "cat", "--weights", (dir / "out").string(),
           "--weights-scale", "2"});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  r = run({"generate", "--model", model, "--prompt", "cat", "--weights", (dir / "nothing").string(),
           "--steps", "1"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find((dir / "nothing").string()), std::string::npos) << r.out;
  // A training error is one clear line and exit code 1 or 2.
  r = run({"train", "--pretrained_model_name_or_path", model, "--instance_data_dir",
           (dir / "nothing").string(), "--instance_prompt", "x", "--output_dir",
           (dir / "out2").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("nothing"), std::string::npos) << r.out;
  r = run({"train", "--pretrained_model_name_or_path", model});
  EXPECT_EQ(r.exit_code, 2) << r.out;
}

}  // namespace cds

namespace cds {

TEST(Cli, RetrievedClassImagesTrainWithRealPrior) {
  test::TempDir dir;
  // Distinct images (the collector skips duplicates by content).
  write_demo_images(dir / "photos", 3, 1);
  write_demo_images(dir / "my-cats", 3, 2);
  const auto model = test::demo_model_dir().string();
  // Two sources into one class folder: the user's folder, then the base model fills the rest.
  auto r = run({"retrieve", "--source", "folder", "--folder", (dir / "my-cats").string(),
                "--class_prompt", "cat", "--class_data_dir", (dir / "class").string(),
                "--num_class_images", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  r = run({"retrieve", "--source", "generate", "--model", model, "--steps", "2", "--class_prompt",
           "cat", "--class_data_dir", (dir / "class").string(), "--num_class_images", "3"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  int lines = 0;
  {
    std::ifstream captions(dir / "class/caption.txt");
    for (std::string line; std::getline(captions, line);) ++lines;
  }
  EXPECT_EQ(lines, 3);
  r = run({"train",
           "--pretrained_model_name_or_path",
           model,
           "--instance_data_dir",
           (dir / "photos").string(),
           "--instance_prompt",
           "photo of a <new1> cat",
           "--modifier_token",
           "<new1>",
           "--initializer_token",
           "ktn",
           "--with_prior_preservation",
           "--real_prior",
           "--class_data_dir",
           (dir / "class").string(),
           "--num_class_images",
           "3",
           "--resolution",
           "64",
           "--train_batch_size",
           "1",
           "--max_train_steps",
           "2",
           "--output_dir",
           (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir / "out/<new1>.safetensors"));
}

}  // namespace cds

namespace cds {

// `train --project` trains a studio project as the Train page would, on the project's own demo
// model (no reference data needed).
TEST(Cli, TrainsAStudioProject) {
  test::TempDir dir;
  write_demo_model(dir / "model");
  const auto photos = write_demo_images(dir / "photos", 4);
  StudioProject p;
  p.model = (dir / "model").string();
  ProjectConcept& c = p.training.concepts[0];
  c.class_name = "toy";
  for (const auto& photo : photos) c.images.push_back(photo.string());
  p.training.output_dir = (dir / "out").string();
  p.training.steps = 2;
  p.training.resolution = 64;
  p.training.learning_rate = 1e-4;
  p.training.validation_every = 100;
  p.training.checkpoint_every = 100;
  save_project(dir / "toy.cdproj", p);

  auto r = run(
      {"train", "--project", (dir / "toy.cdproj").string(), "--device", "cpu", "--threads", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir / "out/pytorch_custom_diffusion_weights.safetensors"));
  EXPECT_TRUE(std::filesystem::exists(dir / "out/<new1>.safetensors"));
  EXPECT_TRUE(std::filesystem::exists(dir / "out/concepts_list.json"));
  EXPECT_TRUE(
      std::filesystem::exists(dir / ("out/instance-images/1/00-" + photos[0].filename().string())));

  // The project sets the training flags; --output_dir, --device, --threads may change.
  r = run({"train", "--project", (dir / "toy.cdproj").string(), "--learning_rate", "1"});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("--learning_rate cannot be combined with --project"), std::string::npos)
      << r.out;

  // Class pictures the studio has not gathered yet: a sentence per concept, nothing trained.
  p.training.concepts[0].class_source = ClassImageSource::Fetch;
  p.training.concepts[0].class_data_dir = (dir / "cats").string();
  p.training.output_dir = (dir / "out2").string();
  save_project(dir / "prior.cdproj", p);
  r = run({"train", "--project", (dir / "prior.cdproj").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("Concept 1 has 0 of its 200 class pictures"), std::string::npos) << r.out;
  EXPECT_FALSE(std::filesystem::exists(dir / "out2"));

  r = run({"train", "--project", (dir / "nothing.cdproj").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("nothing.cdproj"), std::string::npos) << r.out;
}

// Issue #13: each hostile file beside four good photos in --instance_data_dir. A file training
// cannot read stops it before the model trains, with one sentence naming the file; the others
// train (converted to RGB), and a sideways phone photo gets a note.
TEST(Cli, TrainNamesEachHostileImage) {
  test::TempDir dir;
  write_demo_model(dir / "model");
  const auto cases = test::hostile::write_all(dir / "hostile");
  std::vector<std::string> accepted_names;
  auto train = [&](const std::filesystem::path& photos, const std::string& out) {
    return run({"train",
                "--pretrained_model_name_or_path",
                (dir / "model").string(),
                "--instance_data_dir",
                photos.string(),
                "--instance_prompt",
                "a <new1> toy",
                "--modifier_token",
                "<new1>",
                "--resolution",
                "64",
                "--max_train_steps",
                "1",
                "--checkpointing_steps",
                "100",
                "--output_dir",
                (dir / out).string(),
                "--device",
                "cpu",
                "--threads",
                "1"});
  };
  for (const auto& c : cases) {
    if (c.accepted) {
      accepted_names.push_back(c.name);
      continue;
    }
    SCOPED_TRACE(c.name);
    const auto photos = dir / ("photos-" + c.name);
    write_demo_images(photos, 4);
    std::filesystem::copy_file(dir / "hostile" / c.name, photos / c.name);
    const Result r = train(photos, "out-" + c.name);
    if (c.name == "animated.gif") {
      // Not listed as an image (by its extension), so training goes on without it and says so.
      EXPECT_EQ(r.exit_code, 0) << r.out;
      EXPECT_NE(r.out.find("Skipping " + (photos / c.name).string() + " (not an image)"),
                std::string::npos)
          << r.out;
      continue;
    }
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_NE(r.out.find((photos / c.name).string() + ": "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(c.says), std::string::npos) << r.out;
    EXPECT_FALSE(std::filesystem::exists(dir / ("out-" + c.name) /
                                         "pytorch_custom_diffusion_weights.safetensors"));
  }
  // Every accepted kind in one folder trains; the sideways photo is named in a note.
  const auto photos = dir / "accepted";
  std::filesystem::create_directories(photos);
  for (const auto& name : accepted_names)
    std::filesystem::copy_file(dir / "hostile" / name, photos / name);
  const Result r = train(photos, "out-accepted");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find((photos / "sideways.jpg").string() +
                       ": this photo is stored sideways; it will be trained as shown"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("cmyk.jpg: this photo is stored sideways"), std::string::npos) << r.out;
}

}  // namespace cds

namespace cds {

// Single-file checkpoints (issue #11): the tiny single file with the tiny folder as --config
// renders diffusers' image of the folder model, trains, and is described by inspect.
TEST(GoldenCli, GenerateAndTrainWithASingleFile) {
  CDS_REQUIRE_GOLDEN();
  test::TempDir dir;
  const auto golden = test::golden_dir() / "cases/pipeline.safetensors";
  {
    const auto st = SafetensorsFile::open(golden);
    const auto* e = st.find("latents_init");
    ASSERT_NE(e, nullptr);
    write_safetensors(dir / "latents.safetensors",
                      {{"latents", e->dtype, e->shape, st.data(*e), e->byte_size()}});
  }
  const auto file = (test::golden_dir() / "single_file" / "tiny-sd.safetensors").string();
  const auto config = (test::golden_dir() / "tiny-sd").string();
  auto r = run({"generate",
                "--model",
                file,
                "--config",
                config,
                "--prompt",
                "a photo of a cat",
                "--steps",
                "10",
                "--scheduler",
                "pndm",
                "--width",
                "64",
                "--height",
                "64",
                "--latents",
                (dir / "latents.safetensors").string(),
                "--output",
                (dir / "out.png").string(),
                "--output-tensor",
                (dir / "image.safetensors").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Stable Diffusion 1.x single file"), std::string::npos) << r.out;
  const auto ours = read_floats(dir / "image.safetensors", "image");
  const auto theirs = read_floats(golden, "pndm.image_np");
  ASSERT_EQ(ours.size(), theirs.size());
  EXPECT_LT(max_abs_diff_chw_hwc(ours, theirs, 64), 1e-4);

  // Training on the single file writes diffusers' file names, as for a folder.
  std::filesystem::create_directories(dir / "photos");
  const auto st = SafetensorsFile::open(test::golden_dir() / "cases/train_step.safetensors");
  const auto* img = st.find("batch.instance_image_uint8_hwc");
  ASSERT_NE(img, nullptr);
  for (int i = 0; i < 2; ++i)
    write_png(dir / "photos" / (std::to_string(i) + ".png"), st.data(*img), 64, 64);
  r = run({"train",
           "--pretrained_model_name_or_path",
           file,
           "--config",
           config,
           "--instance_data_dir",
           (dir / "photos").string(),
           "--instance_prompt",
           "photo of a <new1> cat",
           "--modifier_token",
           "<new1>",
           "--initializer_token",
           "ktn",
           "--resolution",
           "64",
           "--train_batch_size",
           "1",
           "--max_train_steps",
           "1",
           "--seed",
           "1",
           "--output_dir",
           (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir / "out/pytorch_custom_diffusion_weights.safetensors"));
  EXPECT_TRUE(std::filesystem::exists(dir / "out/<new1>.safetensors"));

  // inspect describes the file from its header.
  r = run({"inspect", file, "--json"});
  const auto j = nlohmann::json::parse(r.out.substr(r.out.find('{')));
  EXPECT_EQ(j["single_file"]["family"], "Stable Diffusion 1.x") << r.out;
  EXPECT_EQ(j["single_file"]["prediction_type"], "epsilon") << r.out;
  EXPECT_EQ(j["single_file"]["vae"], "in the checkpoint") << r.out;
  EXPECT_EQ(j["components"]["unet"]["weights"]["parameters"], 1427012) << r.out;

  // Without --config, offline and with an empty cache: one sentence naming the file, the base
  // model to download and the flag.
  test::TempDir cache;
  const auto offline =
      test::run_cli({"generate", "--model", file, "--prompt", "x", "--steps", "1", "--width", "64",
                     "--height", "64"},
                    "", {"HF_HUB_OFFLINE=1", "HF_HUB_CACHE=" + cache.path().string()});
  const std::string& out = offline.out;
  EXPECT_EQ(offline.exit_code, 1) << out;
  EXPECT_NE(out.find(file), std::string::npos) << out;
  EXPECT_NE(out.find("stable-diffusion-v1-5/stable-diffusion-v1-5"), std::string::npos) << out;
  EXPECT_NE(out.find("--config"), std::string::npos) << out;
}

TEST(Cli, RefusesAnSdxlCheckpointInOneSentence) {
  test::TempDir dir;
  const float zero = 0;
  write_safetensors(dir / "xl.safetensors",
                    {{"conditioner.embedders.0.transformer.text_model.final_layer_norm.weight",
                      DType::F32,
                      {1},
                      &zero,
                      sizeof zero}});
  const auto r = run({"generate", "--model", (dir / "xl.safetensors").string(), "--prompt", "x"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find((dir / "xl.safetensors").string()), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Stable Diffusion XL"), std::string::npos) << r.out;
}

}  // namespace cds

namespace cds {

namespace {

double max_difference(const std::vector<float>& a, const std::vector<float>& b) {
  if (a.size() != b.size() || a.empty()) return 1e9;
  double worst = 0;
  for (size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(double(a[i]) - b[i]));
  return worst;
}

}  // namespace

// export, then generate with the exported files: the same image as with the concept folder.
TEST(Cli, ExportThenGenerateWithLoraAndEmbedding) {
  test::TempDir dir;
  write_demo_model(dir / "model");
  test::write_demo_concept(dir / "concept");
  const auto model = (dir / "model").string(), concept = (dir / "concept").string();
  const auto image = [&](std::vector<std::string> extra, const std::string& prompt,
                         const std::string& name) {
    std::vector<std::string> args = {"generate",
                                     "--model",
                                     model,
                                     "--prompt",
                                     prompt,
                                     "--steps",
                                     "2",
                                     "--seed",
                                     "5",
                                     "--threads",
                                     "1",
                                     "--output",
                                     (dir / (name + ".png")).string(),
                                     "--output-tensor",
                                     (dir / (name + ".safetensors")).string()};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run(args);
    EXPECT_EQ(r.exit_code, 0) << r.out;
    return std::make_pair(read_floats(dir / (name + ".safetensors"), "image"), r.out);
  };
  const auto reference = image({"--weights", concept}, "photo of a <new1> cat", "ref").first;
  const auto plain = image({}, "photo of a cat", "plain").first;
  EXPECT_GT(max_difference(reference, plain), 1e-2);

  auto r = run({"export", "--weights", concept, "--base", model, "--format", "diff", "--output",
                (dir / "diff/cat.safetensors").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Prompt word for <new1>: newone"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("embedding:newone"), std::string::npos) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir / "diff/newone.safetensors"));
  auto [diff, out] =
      image({"--lora", (dir / "diff/cat.safetensors").string()}, "photo of a newone cat", "diff");
  EXPECT_LT(max_difference(diff, reference), 1e-4);
  EXPECT_NE(out.find("word newone"), std::string::npos) << out;

  r = run({"export", "--weights", concept, "--base", model, "--format", "lora", "--rank", "64",
           "--no-bundle", "--output", (dir / "lora/cat.safetensors").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("relative reconstruction error"), std::string::npos) << r.out;
  const auto lora = image({"--lora", (dir / "lora/cat.safetensors").string() + ":1", "--embedding",
                           (dir / "lora/newone.safetensors").string() + ":kitty"},
                          "photo of a kitty cat", "lora")
                        .first;
  EXPECT_LT(max_difference(lora, reference), 1e-4);
  const auto half = image({"--lora", (dir / "lora/cat.safetensors").string() + ":0.5",
                           "--embedding", (dir / "lora/newone.safetensors").string()},
                          "photo of a newone cat", "half")
                        .first;
  EXPECT_GT(max_difference(half, reference), 1e-3);

  r = run({"export", "--weights", concept, "--base", model, "--format", "embedding", "--output",
           (dir / "emb").string(), "--name", "kitty"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir / "emb/kitty.safetensors"));

  // Usage errors (exit 2) and engine errors (exit 1) name what is wrong.
  r = run({"export", "--weights", concept, "--base", model, "--format", "png", "--output", "x"});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  r = run({"export", "--weights", concept, "--base", model, "--format", "diff", "--rank", "4",
           "--output", (dir / "x.safetensors").string()});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  r = run({"export", "--weights", concept, "--base", model, "--format", "checkpoint", "--output",
           (dir / "merged/cat.safetensors").string()});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(std::filesystem::exists(dir / "merged/cat.safetensors"));
  EXPECT_TRUE(std::filesystem::exists(dir / "merged/newone.safetensors"));
  r = run({"export", "--weights", concept, "--base", model, "--format", "checkpoint", "--output",
           (dir / "merged/cat.ckpt").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("cat.ckpt"), std::string::npos) << r.out;
  std::vector<float> zeros(64 * 2, 0.0f);
  write_safetensors(dir / "sdxl.safetensors",
                    {{"lora_te2_text_model_encoder_layers_0_self_attn_q_proj.lora_up.weight",
                      DType::F32,
                      {64, 2},
                      zeros.data(),
                      zeros.size() * 4}});
  r = run({"generate", "--model", model, "--prompt", "cat", "--steps", "1", "--lora",
           (dir / "sdxl.safetensors").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("sdxl.safetensors"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("SDXL"), std::string::npos) << r.out;
}

}  // namespace cds
