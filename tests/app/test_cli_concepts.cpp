// `cdstudio-cli merge` and `compress` as a person runs them, on concepts made from the demo
// model: the folders they write load, the report names tokens and sizes, bad arguments and
// inputs give one clear line and a non-zero exit code.
#include <cstdio>

#include <gtest/gtest.h>

#include "core/concepts/compressed_format.h"
#include "tests/app/cli_runner.h"
#include "tests/core/concept_test_support.h"
#include "tests/test_support.h"

namespace cds {

namespace {

namespace fs = std::filesystem;

using Result = test::CliResult;

Result run(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  return test::run_cli(args, stdin_text);
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class CliConcepts : public ::testing::Test {
 protected:
  void SetUp() override {
    write_demo_model(model());
    a_ = test::make_concept(model(), dir_ / "a", {"<new1>", "ktn", "cat", 1});
    b_ = test::make_concept(model(), dir_ / "b", {"<new1>", "pll", "dog", 2});
  }
  std::string model() const { return (dir_ / "model").string(); }
  test::TempDir dir_;
  fs::path a_, b_;
};

}  // namespace

TEST_F(CliConcepts, MergeWritesALoadableFolder) {
  const auto out = dir_ / "merged";
  auto r = run({"merge", "--base", model(), "--weights", a_.string(), "--weights", b_.string(),
                "--output", out.string(), "--threads", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(contains(r.out, "constrained")) << r.out;
  EXPECT_TRUE(contains(r.out, "<new1_2>")) << r.out;  // b's token, renamed and noted
  EXPECT_TRUE(contains(r.out, "Note: the token <new1>")) << r.out;
  auto loaded = load_stable_diffusion(model());
  const auto applied = apply_custom_diffusion_weights(loaded, out);
  EXPECT_EQ(applied.tokens, (std::vector<std::string>{"<new1>", "<new1_2>"}));
  // The same with add, and the output folder is not overwritten.
  r = run({"merge", "--base", model(), "--weights", a_.string(), "--weights", b_.string(),
           "--method", "add", "--output", out.string()});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(contains(r.out, "not an empty folder")) << r.out;
  r = run({"merge", "--base", model(), "--weights", a_.string(), "--weights", b_.string(),
           "--method", "add", "--output", (dir_ / "added").string()});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(fs::exists(dir_ / "added" / "pytorch_custom_diffusion_weights.safetensors"));
}

TEST_F(CliConcepts, MergeRejectsBadArguments) {
  auto r = run({"merge", "--base", model(), "--output", (dir_ / "x").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.out, "--weights DIR is required")) << r.out;
  r = run({"merge", "--base", model(), "--weights", a_.string(), "--method", "average", "--output",
           (dir_ / "x").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.out, "constrained or add")) << r.out;
  r = run({"merge", "--base", model(), "--weights", a_.string(), "--weights", b_.string(),
           "--class_prompt", "cat", "--output", (dir_ / "x").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.out, "once per --weights")) << r.out;
  r = run({"merge", "--base", model(), "--weights", (dir_ / "missing").string(), "--output",
           (dir_ / "x").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.out, (dir_ / "missing").string())) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "x"));
  EXPECT_EQ(run({"merge", "--help"}).exit_code, 0);
}

TEST_F(CliConcepts, CompressAndExpand) {
  auto r = run({"compress", "--weights", a_.string(), "--base", model(), "--keep", "0.25",
                "--output", (dir_ / "small").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const auto factors = dir_ / "small" / kCompressedWeightsFile;
  ASSERT_TRUE(fs::exists(factors));
  EXPECT_TRUE(
      contains(r.out, factors.string() + " (" + std::to_string(fs::file_size(factors)) + " bytes)"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "8/32")) << r.out;  // a quarter of 32 singular values
  auto model_a = load_stable_diffusion(model());
  EXPECT_EQ(apply_custom_diffusion_weights(model_a, dir_ / "small").format, "compressed");

  // The compressed folder expanded into diffusers' form.
  r = run({"compress", "--weights", (dir_ / "small").string(), "--base", model(), "--expand",
           "--output", (dir_ / "full").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto model_b = load_stable_diffusion(model());
  EXPECT_EQ(apply_custom_diffusion_weights(model_b, dir_ / "full").format, "safetensors");

  // A size target.
  r = run({"compress", "--weights", a_.string(), "--base", model(), "--size", "30K", "--output",
           (dir_ / "sized").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  int64_t total = 0;
  for (const auto& e : fs::directory_iterator(dir_ / "sized")) total += e.file_size();
  EXPECT_LE(total, 30 * 1024);
  EXPECT_TRUE(contains(r.out, "-> " + std::to_string(total) + " bytes")) << r.out;
}

TEST_F(CliConcepts, CompressRejectsBadArguments) {
  auto r = run(
      {"compress", "--weights", a_.string(), "--base", model(), "--output", (dir_ / "x").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.out, "--keep")) << r.out;
  r = run({"compress", "--weights", a_.string(), "--base", model(), "--keep", "2", "--output",
           (dir_ / "x").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.out, "(0, 1]")) << r.out;
  r = run({"compress", "--weights", a_.string(), "--base", model(), "--size", "12Q", "--output",
           (dir_ / "x").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.out, "unknown unit")) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "x"));
  const auto help = run({"compress", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_TRUE(contains(help.out, "diffusers cannot")) << help.out;
}

}  // namespace cds
