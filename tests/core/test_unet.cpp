// UNet2DConditionModel against diffusers (golden case c): timestep embedding, the default
// processors, Custom Diffusion processors with perturbed weights, the SD 2.x variant, and
// the parameter names and shapes of the real SD v1.5 / v2.1 UNets. The checks that compare the
// model only with itself run on the demo model, without the reference data.
#include "core/nn/unet_2d_condition.h"

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_file.h"
#include "core/io/tensor_file.h"
#include "core/nn/custom_diffusion_processor.h"
#include "core/nn/state_dict.h"
#include "tests/demo_model_fixture.h"
#include "tests/test_support.h"
#include "tests/tolerances.h"
#include "tests/torch_test_support.h"

namespace cds {

namespace {

using test::max_abs_diff;

struct GoldenUNet : ::testing::Test {
  void SetUp() override {
    CDS_REQUIRE_GOLDEN();
    golden = test::on_device(load_safetensors(test::golden_dir() / "cases/unet.safetensors"));
  }
  UNet2DConditionModel load(const char* model) {
    return load_unet(test::golden_dir() / model / "unet", test::device(), torch::kFloat);
  }
  torch::Tensor run(UNet2DConditionModel& unet) {
    torch::NoGradGuard no_grad;
    return unet->forward(golden.at("inputs.latents"), golden.at("inputs.timesteps"),
                         golden.at("inputs.encoder_hidden_states"));
  }
  // Installs Custom Diffusion processors on every layer as train_custom_diffusion.py does,
  // then loads the perturbed weights diffusers used.
  void install_custom(UNet2DConditionModel& unet, bool train_q_out, const char* weights) {
    for (auto& [name, attn] : unet->attention_layers()) {
      const bool cross = name.size() > 5 && name.substr(name.size() - 5) == "attn2";
      attn->set_processor(
          CustomDiffusionProcessorImpl::copy_of(*attn, cross, cross && train_q_out));
    }
    const auto w = test::on_device(load_safetensors(test::golden_dir() / "cases" / weights));
    StateDict selected;
    for (const auto& p : unet->named_parameters())
      if (p.key().find(".processor.") != std::string::npos) selected[p.key()] = w.at(p.key());
    ASSERT_EQ(selected.size(), w.size());
    torch::NoGradGuard no_grad;
    for (auto& p : unet->named_parameters())
      if (selected.count(p.key())) p.value().copy_(selected.at(p.key()));
  }
  StateDict golden;
};

// The demo model's UNet with inputs of the golden case's shapes, drawn from a fixed seed.
struct DemoUNet {
  UNet2DConditionModel unet =
      load_unet(test::demo_model_dir() / "unet", test::device(), torch::kFloat);
  torch::Tensor latents, timesteps, encoder_hidden_states;
  DemoUNet() {
    torch::manual_seed(21);
    latents = torch::randn({2, 4, 32, 32}).to(test::device());
    timesteps = torch::tensor({10, 500}).to(test::device());
    encoder_hidden_states = torch::randn({2, 77, 32}).to(test::device());
  }
  torch::Tensor run() {
    torch::NoGradGuard no_grad;
    return unet->forward(latents, timesteps, encoder_hidden_states);
  }
};

}  // namespace

TEST_F(GoldenUNet, TimestepEmbedding) {
  auto unet = load("tiny-sd");
  torch::NoGradGuard no_grad;
  const auto t_proj = unet->time_proj(golden.at("inputs.timesteps"));
  EXPECT_LT(max_abs_diff(t_proj, golden.at("t_proj")), test::kSingleOpAtol);
  EXPECT_LT(max_abs_diff(unet->time_embedding(t_proj), golden.at("t_emb")), test::kSingleOpAtol);
}

TEST_F(GoldenUNet, DefaultProcessors) {
  auto unet = load("tiny-sd");
  EXPECT_EQ(unet->attention_layers().size(), 12u);  // 6 transformer blocks x (attn1, attn2)
  EXPECT_LT(max_abs_diff(run(unet), golden.at("eps_default")), test::kWholeModelAtol);
}

TEST_F(GoldenUNet, EfficientAttentionGivesTheSameResult) {
  auto unet = load("tiny-sd");
  unet->set_attention_kernel(AttentionKernel::Efficient);
  EXPECT_LT(max_abs_diff(run(unet), golden.at("eps_default")), test::kWholeModelAtol);
}

// The efficient kernel against ours on the demo model (against diffusers: GoldenUNet).
TEST(UNet, EfficientAttentionGivesTheSameResult) {
  DemoUNet demo;
  const auto plain = demo.run();
  demo.unet->set_attention_kernel(AttentionKernel::Efficient);
  EXPECT_LT(max_abs_diff(demo.run(), plain), test::kWholeModelAtol);
}

TEST(UNet, CustomDiffusionUnperturbedEqualsDefault) {
  DemoUNet demo;
  const auto plain = demo.run();
  for (auto& [name, attn] : demo.unet->attention_layers())
    attn->set_processor(CustomDiffusionProcessorImpl::copy_of(*attn, name.back() == '2', false));
  EXPECT_EQ(max_abs_diff(demo.run(), plain), 0.0);
}

TEST_F(GoldenUNet, CustomDiffusionKeyValue) {
  auto unet = load("tiny-sd");
  install_custom(unet, false, "unet_custom_kv_weights.safetensors");
  EXPECT_LT(max_abs_diff(run(unet), golden.at("eps_custom_kv")), test::kWholeModelAtol);
}

TEST_F(GoldenUNet, CustomDiffusionKeyValueQueryOut) {
  auto unet = load("tiny-sd");
  install_custom(unet, true, "unet_custom_kv_qout_weights.safetensors");
  EXPECT_LT(max_abs_diff(run(unet), golden.at("eps_custom_kv_qout")), test::kWholeModelAtol);
}

TEST_F(GoldenUNet, StableDiffusion2Variant) {
  auto unet = load("tiny-sd-v2");
  EXPECT_LT(max_abs_diff(run(unet), golden.at("v2.eps_default")), test::kWholeModelAtol);
}

TEST(UNet, OddLatentSizesUseExplicitUpsampleSizes) {
  DemoUNet demo;
  torch::NoGradGuard no_grad;
  const auto x = torch::randn({1, 4, 13, 11}).to(test::device());
  const auto out = demo.unet->forward(x, torch::tensor({500}).to(test::device()),
                                      demo.encoder_hidden_states.slice(0, 0, 1));
  EXPECT_EQ(out.sizes(), x.sizes());
}

TEST_F(GoldenUNet, BFloat16RunsCloseToFloat32) {
  auto unet = load_unet(test::golden_dir() / "tiny-sd/unet", test::device(), torch::kBFloat16);
  torch::NoGradGuard no_grad;
  const auto out =
      unet->forward(golden.at("inputs.latents").to(torch::kBFloat16), golden.at("inputs.timesteps"),
                    golden.at("inputs.encoder_hidden_states").to(torch::kBFloat16));
  EXPECT_EQ(out.scalar_type(), torch::kBFloat16);
  const auto& expected = golden.at("eps_default");
  // Observed: 0.128 against a largest magnitude of 1.49 (8.6%), with float32 group norms.
  EXPECT_LT(max_abs_diff(out, expected), test::kBFloat16Rel * expected.abs().max().item<double>());
}

TEST_F(GoldenUNet, Float16RunsCloseToFloat32OnGpu) {
  if (!test::device().is_cuda())
    GTEST_SKIP() << "fp16 is for GPUs (CDS_TEST_DEVICE=cuda runs this)";
  auto unet = load_unet(test::golden_dir() / "tiny-sd/unet", test::device(), torch::kHalf);
  torch::NoGradGuard no_grad;
  const auto out =
      unet->forward(golden.at("inputs.latents").to(torch::kHalf), golden.at("inputs.timesteps"),
                    golden.at("inputs.encoder_hidden_states").to(torch::kHalf));
  EXPECT_EQ(out.scalar_type(), torch::kHalf);
  const auto& expected = golden.at("eps_default");
  // fp16 keeps 3 more mantissa bits than bf16, so the bf16 bound holds with room to spare.
  EXPECT_LT(max_abs_diff(out, expected), test::kBFloat16Rel * expected.abs().max().item<double>());
}

TEST(UNet, WrongInputsAreClearErrors) {
  UNetConfig c;
  c.block_out_channels = {32, 64};
  c.down_block_types = {"DownBlock2D", "CrossAttnDownBlock2D"};
  c.up_block_types = {"CrossAttnUpBlock2D", "UpBlock2D"};
  c.cross_attention_dim = 16;
  c.layers_per_block = 1;
  UNet2DConditionModel unet(c);
  torch::NoGradGuard no_grad;
  EXPECT_THROW(
      unet->forward(torch::zeros({1, 3, 8, 8}), torch::tensor({1}), torch::zeros({1, 77, 16})),
      CoreError);
  EXPECT_THROW(
      unet->forward(torch::zeros({1, 4, 8, 8}), torch::tensor({1}), torch::zeros({1, 77, 15})),
      CoreError);
  EXPECT_EQ(
      unet->forward(torch::zeros({2, 4, 8, 8}), torch::tensor(3), torch::zeros({2, 5, 16})).sizes(),
      (std::vector<int64_t>{2, 4, 8, 8}));
}

TEST(GoldenUNetKeys, RealModelsHaveTheCheckpointNamesAndShapes) {
  CDS_REQUIRE_GOLDEN();
  for (const char* name : {"sd15", "sd21"}) {
    const auto keys = read_json_object(test::golden_dir() / "keys" / (std::string(name) + ".json"));
    UNet2DConditionModel unet(UNetConfig::from_json(keys["unet_config"]));
    std::map<std::string, std::vector<int64_t>> ours, theirs;
    int64_t count = 0;
    for (const auto& p : unet->named_parameters()) {
      ours[p.key()] = p.value().sizes().vec();
      count += p.value().numel();
    }
    for (const auto& [k, v] : keys["unet"].items()) theirs[k] = v.get<std::vector<int64_t>>();
    EXPECT_EQ(ours, theirs) << name;
    EXPECT_EQ(count, keys["unet_parameters"].get<int64_t>()) << name;
  }
}

}  // namespace cds
