// CLIP text encoder against transformers' outputs (golden case b), parameter names and shapes
// against the real SD v1.5 / v2.1 text encoders, and strict weight loading.
#include "core/nn/clip_text_model.h"

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_file.h"
#include "core/io/tensor_file.h"
#include "core/model/configs.h"
#include "core/nn/state_dict.h"
#include "tests/test_support.h"
#include "tests/tolerances.h"
#include "tests/torch_test_support.h"

namespace cds {

namespace {

using test::max_abs_diff;

ClipTextConfig tiny_config() {
  ClipTextConfig c;
  c.vocab_size = 100;
  c.hidden_size = 16;
  c.intermediate_size = 20;
  c.num_hidden_layers = 2;
  c.num_attention_heads = 2;
  c.max_position_embeddings = 12;
  return c;
}

}  // namespace

TEST(ClipTextModel, CausalAttentionIgnoresLaterTokens) {
  torch::manual_seed(0);
  ClipTextModel model(tiny_config());
  model->eval();
  torch::NoGradGuard no_grad;
  const auto a = torch::tensor({{1, 5, 7, 9}}, torch::kLong);
  const auto b = torch::tensor({{1, 5, 42, 3}}, torch::kLong);
  const auto ha = model->forward(a).last_hidden_state;
  const auto hb = model->forward(b).last_hidden_state;
  // Positions 0 and 1 see only themselves and earlier tokens, which are equal.
  EXPECT_LT(max_abs_diff(ha.slice(1, 0, 2), hb.slice(1, 0, 2)), 1e-6);
  EXPECT_GT(max_abs_diff(ha.slice(1, 2, 4), hb.slice(1, 2, 4)), 1e-4);
}

TEST(ClipTextModel, RefusesTooLongInput) {
  ClipTextModel model(tiny_config());
  torch::NoGradGuard no_grad;
  EXPECT_THROW(model->forward(torch::zeros({1, 13}, torch::kLong)), CoreError);
}

TEST(ClipTextModel, StrictLoadingReportsEveryDifference) {
  ClipTextModel model(tiny_config());
  StateDict sd;
  for (const auto& p : model->named_parameters()) sd[p.key()] = p.value().detach().clone();
  load_state_dict(*model, sd, "test");  // complete: fine
  auto missing = sd;
  missing.erase("text_model.final_layer_norm.weight");
  try {
    load_state_dict(*model, missing, "weights.safetensors");
    FAIL();
  } catch (const CoreError& e) {
    EXPECT_NE(std::string(e.what()).find("Missing: text_model.final_layer_norm.weight"),
              std::string::npos)
        << e.what();
  }
  auto extra = sd;
  extra["text_model.surprise"] = torch::zeros({1});
  EXPECT_THROW(load_state_dict(*model, extra, "x"), CoreError);
  load_state_dict(*model, extra, "x", {"text_model.surprise"});  // explicitly ignored
  auto wrong = sd;
  wrong["text_model.embeddings.token_embedding.weight"] = torch::zeros({99, 16});
  try {
    load_state_dict(*model, wrong, "x");
    FAIL();
  } catch (const CoreError& e) {
    EXPECT_NE(std::string(e.what()).find("Wrong shapes"), std::string::npos) << e.what();
  }
}

class GoldenClipTextModel : public ::testing::TestWithParam<const char*> {};

TEST_P(GoldenClipTextModel, EqualsTransformers) {
  CDS_REQUIRE_GOLDEN();
  const std::string version = GetParam();  // "v1" or "v2"
  const auto folder =
      test::golden_dir() / (version == "v1" ? "tiny-sd" : "tiny-sd-v2") / "text_encoder";
  const auto golden =
      test::on_device(load_safetensors(test::golden_dir() / "cases/text_encoder.safetensors"));
  auto g = [&](const std::string& key) { return golden.at(version + "." + key); };

  auto model = load_clip_text_model(folder, test::device(), torch::kFloat);
  torch::NoGradGuard no_grad;
  const auto out = model->forward(g("input_ids"), /*output_hidden_states=*/true);
  EXPECT_LT(
      max_abs_diff(model->token_embedding()(g("input_ids")[0]), g("token_embedding_rows_of_ids0")),
      1e-7);
  ASSERT_EQ(out.hidden_states.size(), 6u);
  for (size_t i = 0; i < out.hidden_states.size(); ++i)
    EXPECT_LT(max_abs_diff(out.hidden_states[i], g("hidden_states." + std::to_string(i))),
              test::kSingleOpAtol)
        << "hidden_states." << i;
  EXPECT_LT(max_abs_diff(out.last_hidden_state, g("last_hidden_state")), test::kSingleOpAtol);
  EXPECT_LT(max_abs_diff(out.pooler_output, g("pooler_output")), test::kSingleOpAtol);
}

TEST_P(GoldenClipTextModel, BFloat16RunsCloseToFloat32) {
  CDS_REQUIRE_GOLDEN();
  const std::string version = GetParam();
  const auto folder =
      test::golden_dir() / (version == "v1" ? "tiny-sd" : "tiny-sd-v2") / "text_encoder";
  const auto golden =
      test::on_device(load_safetensors(test::golden_dir() / "cases/text_encoder.safetensors"));
  auto model = load_clip_text_model(folder, test::device(), torch::kBFloat16);
  torch::NoGradGuard no_grad;
  const auto out = model->forward(golden.at(version + ".input_ids"));
  EXPECT_EQ(out.last_hidden_state.scalar_type(), torch::kBFloat16);
  EXPECT_LT(max_abs_diff(out.last_hidden_state, golden.at(version + ".last_hidden_state")),
            test::kBFloat16Atol);
}

INSTANTIATE_TEST_SUITE_P(Versions, GoldenClipTextModel, ::testing::Values("v1", "v2"));

TEST(GoldenClipTextModelKeys, RealModelsHaveTheCheckpointNamesAndShapes) {
  CDS_REQUIRE_GOLDEN();
  for (const char* name : {"sd15", "sd21"}) {
    const auto keys = read_json_object(test::golden_dir() / "keys" / (std::string(name) + ".json"));
    const auto config = ClipTextConfig::from_json(keys["text_encoder_config"]);
    ClipTextModel model(config);
    std::map<std::string, std::vector<int64_t>> ours;
    int64_t count = 0;
    for (const auto& p : model->named_parameters()) {
      ours[p.key()] = p.value().sizes().vec();
      count += p.value().numel();
    }
    std::map<std::string, std::vector<int64_t>> theirs;
    for (const auto& [k, v] : keys["text_encoder"].items())
      theirs[k] = v.get<std::vector<int64_t>>();
    EXPECT_EQ(ours, theirs) << name;
    EXPECT_EQ(count, keys["text_encoder_parameters"].get<int64_t>()) << name;
  }
}

}  // namespace cds
