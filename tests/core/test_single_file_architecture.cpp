// What a single file is, from its key names and shapes: the real SD 1.5 / 2.1 layouts give
// diffusers' configs of those models; the prediction type rules; the base model lookup.
#include "core/model/single_file_architecture.h"

#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/model/single_file_config.h"
#include "tests/test_support.h"

namespace cds {
namespace {

namespace fs = std::filesystem;

ShapeMap golden_single_file_keys(const std::string& name) {
  std::ifstream in(test::golden_dir() / "keys" / (name + "-single-file.json"));
  const auto j = nlohmann::json::parse(in);
  ShapeMap out;
  for (const auto& [k, v] : j["keys"].items()) out[k] = v.get<TensorShape>();
  return out;
}

nlohmann::json golden_model(const std::string& name) {
  std::ifstream in(test::golden_dir() / "keys" / (name + ".json"));
  return nlohmann::json::parse(in);
}

// The diffusers-named shapes of one component after conversion.
ShapeMap component(const ShapeMap& ldm, const std::string& name) {
  ShapeMap all;
  for (const auto& m : single_file_to_diffusers(ldm).tensors) all[m.target] = m.shape;
  return strip_prefix(all, name + ".");
}

TEST(GoldenSingleFileArchitecture, Sd15GivesTheSd15Configs) {
  CDS_REQUIRE_GOLDEN();
  const auto ldm = golden_single_file_keys("sd15");
  EXPECT_NO_THROW(check_single_file_kind("sd15.safetensors", ldm));
  ASSERT_EQ(single_file_version(ldm), SdVersion::V1);
  const auto g = golden_model("sd15");
  const auto vae = infer_vae_config("f", component(ldm, "vae"), 512);
  EXPECT_EQ(vae.block_out_channels,
            g["vae_config"]["block_out_channels"].get<std::vector<int64_t>>());
  EXPECT_EQ(vae.layers_per_block, g["vae_config"]["layers_per_block"].get<int64_t>());
  EXPECT_EQ(vae.latent_channels, 4);
  EXPECT_EQ(vae.sample_size, 512);
  const auto unet =
      infer_unet_config("f", component(ldm, "unet"), SdVersion::V1, 512, vae.downsampling_factor());
  const auto& u = g["unet_config"];
  EXPECT_EQ(unet.block_out_channels, u["block_out_channels"].get<std::vector<int64_t>>());
  EXPECT_EQ(unet.down_block_types, u["down_block_types"].get<std::vector<std::string>>());
  EXPECT_EQ(unet.up_block_types, u["up_block_types"].get<std::vector<std::string>>());
  EXPECT_EQ(unet.layers_per_block, 2);
  EXPECT_EQ(unet.cross_attention_dim, 768);
  EXPECT_EQ(unet.attention_head_dim, std::vector<int64_t>{8});
  EXPECT_FALSE(unet.use_linear_projection);
  EXPECT_EQ(unet.sample_size, 64);
  EXPECT_NO_THROW(unet.validate());
  const auto text =
      infer_clip_text_config("f", component(ldm, "text_encoder"), TextEncoderLayout::OpenAiClip);
  const auto& t = g["text_encoder_config"];
  EXPECT_EQ(text.hidden_size, t["hidden_size"].get<int64_t>());
  EXPECT_EQ(text.intermediate_size, t["intermediate_size"].get<int64_t>());
  EXPECT_EQ(text.num_hidden_layers, t["num_hidden_layers"].get<int64_t>());
  EXPECT_EQ(text.num_attention_heads, t["num_attention_heads"].get<int64_t>());
  EXPECT_EQ(text.vocab_size, t["vocab_size"].get<int64_t>());
  EXPECT_EQ(text.max_position_embeddings, t["max_position_embeddings"].get<int64_t>());
  EXPECT_EQ(text.hidden_act, t["hidden_act"].get<std::string>());
}

TEST(GoldenSingleFileArchitecture, Sd21GivesTheSd21Configs) {
  CDS_REQUIRE_GOLDEN();
  const auto ldm = golden_single_file_keys("sd21");
  ASSERT_EQ(single_file_version(ldm), SdVersion::V2);
  const auto g = golden_model("sd21");
  const auto unet = infer_unet_config("f", component(ldm, "unet"), SdVersion::V2, 768, int64_t{8});
  const auto& u = g["unet_config"];
  EXPECT_EQ(unet.attention_head_dim, u["attention_head_dim"].get<std::vector<int64_t>>());
  EXPECT_TRUE(unet.use_linear_projection);
  EXPECT_TRUE(unet.upcast_attention);
  EXPECT_EQ(unet.cross_attention_dim, 1024);
  EXPECT_EQ(unet.sample_size, 96);  // stabilityai/stable-diffusion-2-1: 768 px
  const auto text =
      infer_clip_text_config("f", component(ldm, "text_encoder"), TextEncoderLayout::OpenClip);
  const auto& t = g["text_encoder_config"];
  EXPECT_EQ(text.hidden_size, 1024);
  EXPECT_EQ(text.num_hidden_layers, t["num_hidden_layers"].get<int64_t>());
  EXPECT_EQ(text.num_attention_heads, t["num_attention_heads"].get<int64_t>());
  EXPECT_EQ(text.intermediate_size, t["intermediate_size"].get<int64_t>());
  EXPECT_EQ(text.hidden_act, "gelu");
}

TEST(SingleFileArchitecture, IncompleteWeightsNameTheFileAndTheTensor) {
  try {
    infer_vae_config("my.ckpt", {{"encoder.down_blocks.0.resnets.0.norm1.weight", {4}}}, 512);
    ADD_FAILURE();
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("my.ckpt"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("conv2.weight is missing"), std::string::npos);
  }
}

TEST(SingleFilePrediction, OverrideThenMetadataThenConfigThenRule) {
  const std::map<std::string, std::string> none;
  EXPECT_EQ(choose_prediction_type(SdVersion::V1, none, {}, "").type, "epsilon");
  EXPECT_EQ(choose_prediction_type(SdVersion::V2, none, {}, "").type, "v_prediction");
  EXPECT_EQ(choose_prediction_type(SdVersion::V2, none, 875000, "").type, "epsilon");
  EXPECT_EQ(choose_prediction_type(SdVersion::V2, none, {}, "", std::string("epsilon")).type,
            "epsilon");
  EXPECT_EQ(
      choose_prediction_type(SdVersion::V1, {{"modelspec.prediction_type", "v"}}, {}, "").type,
      "v_prediction");
  EXPECT_EQ(choose_prediction_type(SdVersion::V2, {{"modelspec.prediction_type", "epsilon"}}, {},
                                   "", std::string("v_prediction"))
                .type,
            "epsilon");
  EXPECT_EQ(choose_prediction_type(
                SdVersion::V2, {{"modelspec.architecture", "stable-diffusion-v2-768-v"}}, {}, "")
                .type,
            "v_prediction");
  EXPECT_EQ(choose_prediction_type(SdVersion::V1, {{"ss_v_parameterization", "True"}}, {}, "").type,
            "v_prediction");
  EXPECT_EQ(
      choose_prediction_type(SdVersion::V2, {{"ss_v_parameterization", "False"}}, {}, "").type,
      "epsilon");
  const auto user =
      choose_prediction_type(SdVersion::V2, {{"modelspec.prediction_type", "v"}}, {}, "epsilon");
  EXPECT_EQ(user.type, "epsilon");
  EXPECT_EQ(user.reason, "set by the user");
  EXPECT_THROW(choose_prediction_type(SdVersion::V1, none, {}, "x0"), CoreError);
}

TEST(SingleFileBaseConfig, FindsACachedBaseModelWithTokenizerAndScheduler) {
  test::TempDir cache;
  setenv("HF_HUB_CACHE", cache.path().c_str(), 1);
  EXPECT_FALSE(find_cached_base_config(SdVersion::V1));
  const fs::path repo = cache / "models--runwayml--stable-diffusion-v1-5";
  const fs::path snapshot = repo / "snapshots" / "abc123";
  fs::create_directories(repo / "refs");
  test::write_bytes(repo / "refs" / "main", "abc123");
  fs::create_directories(snapshot / "tokenizer");
  fs::create_directories(snapshot / "scheduler");
  test::write_bytes(snapshot / "tokenizer" / "vocab.json", "{}");
  test::write_bytes(snapshot / "tokenizer" / "merges.txt", "");
  EXPECT_FALSE(find_cached_base_config(SdVersion::V1));  // no scheduler yet
  test::write_bytes(snapshot / "scheduler" / "scheduler_config.json", "{}");
  const auto found = find_cached_base_config(SdVersion::V1);
  ASSERT_TRUE(found);
  EXPECT_EQ(fs::canonical(*found), fs::canonical(snapshot));
  EXPECT_FALSE(find_cached_base_config(SdVersion::V2));
  unsetenv("HF_HUB_CACHE");
}

}  // namespace
}  // namespace cds
