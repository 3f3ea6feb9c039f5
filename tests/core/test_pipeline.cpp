// The text-to-image pipeline against diffusers' StableDiffusionPipeline (golden case f):
// prompt embeddings, the latents after every scheduler step, the decoded image. Its parameter
// checks, seeds and cancelling run on the demo model, without the reference data.
#include "core/pipeline/stable_diffusion.h"

#include <sstream>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/error.h"
#include "core/io/tensor_file.h"
#include "tests/demo_model_fixture.h"
#include "tests/test_support.h"
#include "tests/tolerances.h"
#include "tests/torch_test_support.h"

namespace cds {

namespace {

using test::max_abs_diff;

class GoldenPipeline : public ::testing::TestWithParam<const char*> {};

}  // namespace

TEST_P(GoldenPipeline, EqualsDiffusers) {
  CDS_REQUIRE_GOLDEN();
  const std::string run = GetParam();
  const auto g =
      test::on_device(load_safetensors(test::golden_dir() / "cases/pipeline.safetensors"));
  auto model =
      load_stable_diffusion((test::golden_dir() / "tiny-sd").string(), test::load_options());
  GenerationParams p;
  p.prompt = "a photo of a cat";
  p.steps = 10;
  p.guidance_scale = 7.5;
  p.width = p.height = 64;
  p.scheduler = run;
  p.latents = g.at("latents_init");
  std::vector<torch::Tensor> per_step;
  const auto result = generate(model, p, [&](const GenerationProgress& progress) {
    per_step.push_back(progress.latents->clone());
  });
  EXPECT_LT(max_abs_diff(result.prompt_embeds, g.at(run + ".prompt_embeds")), test::kSingleOpAtol);
  EXPECT_LT(max_abs_diff(result.negative_prompt_embeds, g.at(run + ".negative_prompt_embeds")),
            test::kSingleOpAtol);
  const auto expected_steps = g.at(run + ".latents_per_step");
  ASSERT_EQ(static_cast<int64_t>(per_step.size()), expected_steps.size(0));
  for (size_t i = 0; i < per_step.size(); ++i)
    EXPECT_LT(max_abs_diff(per_step[i][0], expected_steps[static_cast<int64_t>(i)]),
              test::kWholeModelAtol)
        << "after step " << i;
  EXPECT_LT(max_abs_diff(result.decoded, g.at(run + ".decoded_raw")), test::kWholeModelAtol);
  // image_np is NHWC. Observed max abs error on the image: ddim 1.2e-6, pndm 1.0e-6.
  const double image_error =
      max_abs_diff(result.images.permute({0, 2, 3, 1}), g.at(run + ".image_np"));
  std::ostringstream figure;
  figure << image_error;
  RecordProperty("max_abs_error_image", figure.str());
  EXPECT_LT(image_error, test::kWholeModelAtol);
}

INSTANTIATE_TEST_SUITE_P(Schedulers, GoldenPipeline, ::testing::Values("ddim", "pndm"));

TEST(PipelineChecks, RefusesBadParameters) {
  auto model = load_stable_diffusion(test::demo_model_dir().string(), test::load_options());
  GenerationParams p;
  p.prompt = "cat";
  p.steps = 2;
  p.width = 60;
  p.height = 64;
  EXPECT_THROW(generate(model, p), CoreError);
  p.width = 64;
  p.latents = torch::zeros({1, 4, 16, 16});
  EXPECT_THROW(generate(model, p), CoreError);
  p.latents = torch::Tensor();
  p.scheduler = "nonsense";
  EXPECT_THROW(generate(model, p), CoreError);
}

TEST(PipelineChecks, SeedsAreReproducibleAndCancelStops) {
  auto model = load_stable_diffusion(test::demo_model_dir().string(), test::load_options());
  GenerationParams p;
  p.prompt = "a red car";
  p.steps = 3;
  p.seed = 7;
  p.num_images = 2;
  p.scheduler = "euler-a";
  const auto a = generate(model, p).images;
  const auto b = generate(model, p).images;
  EXPECT_EQ(a.sizes(), (std::vector<int64_t>{2, 3, 64, 64}));
  EXPECT_TRUE(torch::equal(a, b));
  p.seed = 8;
  EXPECT_FALSE(torch::equal(a, generate(model, p).images));
  int calls = 0;
  CancelToken cancel;
  EXPECT_THROW(generate(
                   model, p,
                   [&](const GenerationProgress&) {
                     if (++calls == 2) cancel.cancel();
                   },
                   &cancel),
               JobCancelled);
  EXPECT_EQ(calls, 2);  // stopped right after the step that asked
}

}  // namespace cds

namespace cds {

TEST(GoldenPipelineChecks, BFloat16GenerationIsCloseToFloat32) {
  CDS_REQUIRE_GOLDEN();
  const auto g =
      test::on_device(load_safetensors(test::golden_dir() / "cases/pipeline.safetensors"));
  GenerationParams p;
  p.prompt = "a photo of a cat";
  p.steps = 10;
  p.scheduler = "ddim";
  p.latents = g.at("latents_init");
  LoadOptions bf16 = test::load_options();
  bf16.dtype = torch::kBFloat16;
  auto model = load_stable_diffusion((test::golden_dir() / "tiny-sd").string(), bf16);
  const auto image = generate(model, p).images.permute({0, 2, 3, 1});
  EXPECT_EQ(image.scalar_type(), torch::kFloat);
  // A sanity bound for the bfloat16 path (observed mean error 0.0096; a dtype mistake gives
  // errors of order 0.3), not a parity tolerance.
  EXPECT_LT(test::mean_abs_diff(image, g.at("ddim.image_np")), 0.02);
}

}  // namespace cds
