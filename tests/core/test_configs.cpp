// Config parsing: diffusers/transformers defaults for absent keys, unknown keys ignored,
// wrong types and inconsistent values explained with the file name.
#include "core/model/configs.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_file.h"
#include "tests/test_support.h"

namespace cds {

namespace {
template <typename Fn>
std::string error_of(Fn fn) {
  try {
    fn();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(Configs, AbsentKeysTakeLibraryDefaults) {
  const auto te = ClipTextConfig::from_json(nlohmann::json::object());
  EXPECT_EQ(te.hidden_size, 512);
  EXPECT_EQ(te.hidden_act, "quick_gelu");
  const auto unet =
      UNetConfig::from_json(nlohmann::json{{"unknown_key", 1}, {"num_attention_heads", nullptr}});
  EXPECT_EQ(unet.block_out_channels, (std::vector<int64_t>{320, 640, 1280, 1280}));
  EXPECT_EQ(unet.cross_attention_dim, 1280);
  EXPECT_FALSE(unet.num_attention_heads.has_value());
  EXPECT_EQ(unet.heads(2), 8);
  const auto vae = VaeConfig::from_json(nlohmann::json::object());
  EXPECT_DOUBLE_EQ(vae.scaling_factor, 0.18215);
}

TEST(Configs, AttentionHeadDimAsIntOrList) {
  const auto a = UNetConfig::from_json(nlohmann::json{{"attention_head_dim", 8}});
  EXPECT_EQ(a.heads(3), 8);
  const auto b = UNetConfig::from_json(nlohmann::json{{"attention_head_dim", {5, 10, 20, 20}}});
  EXPECT_EQ(b.heads(1), 10);
  const auto c =
      UNetConfig::from_json(nlohmann::json{{"num_attention_heads", 4}, {"attention_head_dim", 64}});
  EXPECT_EQ(c.heads(0), 4);
}

TEST(Configs, WrongTypeNamesKeyAndFile) {
  test::TempDir dir;
  test::write_bytes(dir / "config.json", R"({"hidden_size": "big"})");
  const auto msg = error_of([&] { read_clip_text_config(dir / "config.json"); });
  EXPECT_NE(msg.find("config.json"), std::string::npos) << msg;
  EXPECT_NE(msg.find("hidden_size"), std::string::npos) << msg;
}

TEST(Configs, InconsistentValuesAreExplained) {
  test::TempDir dir;
  test::write_bytes(dir / "config.json", R"({"hidden_size": 30, "num_attention_heads": 4})");
  EXPECT_NE(error_of([&] { read_clip_text_config(dir / "config.json"); }).find("not divisible"),
            std::string::npos);
  test::write_bytes(dir / "config.json", R"({"block_out_channels": [32, 64]})");
  EXPECT_NE(error_of([&] { read_unet_config(dir / "config.json"); }).find("down_block_types"),
            std::string::npos);
}

TEST(Configs, MissingAndInvalidFiles) {
  test::TempDir dir;
  EXPECT_NE(error_of([&] { read_vae_config(dir / "config.json"); }).find("is missing"),
            std::string::npos);
  test::write_bytes(dir / "config.json", "{not json");
  EXPECT_NE(error_of([&] { read_vae_config(dir / "config.json"); }).find("not valid JSON"),
            std::string::npos);
  test::write_bytes(dir / "config.json", "[]");
  EXPECT_NE(error_of([&] { read_vae_config(dir / "config.json"); }).find("not a JSON object"),
            std::string::npos);
}

TEST(GoldenConfigs, TinyModels) {
  CDS_REQUIRE_GOLDEN();
  const auto g = test::golden_dir();
  const auto unet = read_unet_config(g / "tiny-sd/unet/config.json");
  EXPECT_EQ(unet.block_out_channels, (std::vector<int64_t>{32, 64}));
  EXPECT_EQ(unet.cross_attention_dim, 32);
  EXPECT_EQ(unet.heads(1), 8);
  const auto unet2 = read_unet_config(g / "tiny-sd-v2/unet/config.json");
  EXPECT_TRUE(unet2.use_linear_projection);
  EXPECT_TRUE(unet2.upcast_attention);
  EXPECT_EQ(unet2.heads(1), 4);
  const auto te = read_clip_text_config(g / "tiny-sd/text_encoder/config.json");
  EXPECT_EQ(te.hidden_size, 32);
  EXPECT_EQ(te.intermediate_size, 37);
  EXPECT_EQ(te.eos_token_id, 2);
  EXPECT_EQ(read_clip_text_config(g / "tiny-sd-v2/text_encoder/config.json").hidden_act, "gelu");
  const auto vae = read_vae_config(g / "tiny-sd/vae/config.json");
  EXPECT_EQ(vae.downsampling_factor(), 2);
  const auto sched = read_scheduler_config(g / "tiny-sd/scheduler/scheduler_config.json");
  EXPECT_EQ(sched.class_name, "PNDMScheduler");
  EXPECT_EQ(sched.steps_offset.value_or(-1), 1);
  EXPECT_TRUE(sched.skip_prk_steps.value_or(false));
  EXPECT_EQ(read_scheduler_config(g / "tiny-sd-v2/scheduler/scheduler_config.json")
                .prediction_type.value_or(""),
            "v_prediction");
}

TEST(GoldenConfigs, PresetsEqualRealConfigs) {
  CDS_REQUIRE_GOLDEN();
  // keys/sd15.json and sd21.json hold the configs diffusers used to build the real models.
  for (const char* name : {"sd15", "sd21"}) {
    const auto j = read_json_object(test::golden_dir() / "keys" / (std::string(name) + ".json"));
    const auto te = ClipTextConfig::from_json(j["text_encoder_config"]);
    const auto preset_te =
        std::string(name) == "sd15" ? ClipTextConfig::sd15() : ClipTextConfig::sd21();
    EXPECT_EQ(te.hidden_size, preset_te.hidden_size) << name;
    EXPECT_EQ(te.num_hidden_layers, preset_te.num_hidden_layers) << name;
    EXPECT_EQ(te.hidden_act, preset_te.hidden_act) << name;
    EXPECT_EQ(te.projection_dim, preset_te.projection_dim) << name;
    const auto unet = UNetConfig::from_json(j["unet_config"]);
    const auto preset_unet = std::string(name) == "sd15" ? UNetConfig::sd15() : UNetConfig::sd21();
    EXPECT_EQ(unet.cross_attention_dim, preset_unet.cross_attention_dim) << name;
    EXPECT_EQ(unet.attention_head_dim, preset_unet.attention_head_dim) << name;
    EXPECT_EQ(unet.use_linear_projection, preset_unet.use_linear_projection) << name;
    const auto vae = VaeConfig::from_json(j["vae_config"]);
    EXPECT_EQ(vae.block_out_channels, VaeConfig::sd15().block_out_channels) << name;
  }
}

TEST(GoldenConfigs, SchedulerPresetEqualsStableDiffusionsFile) {
  CDS_REQUIRE_GOLDEN();
  const auto file =
      read_scheduler_config(test::golden_dir() / "tiny-sd/scheduler/scheduler_config.json");
  const auto preset = SchedulerConfig::sd15();
  EXPECT_EQ(preset.class_name, file.class_name);
  EXPECT_EQ(preset.num_train_timesteps, file.num_train_timesteps);
  EXPECT_EQ(preset.beta_start, file.beta_start);
  EXPECT_EQ(preset.beta_end, file.beta_end);
  EXPECT_EQ(preset.beta_schedule, file.beta_schedule);
  EXPECT_EQ(preset.steps_offset, file.steps_offset);
  EXPECT_EQ(preset.skip_prk_steps, file.skip_prk_steps);
  EXPECT_EQ(preset.set_alpha_to_one, file.set_alpha_to_one);
  EXPECT_EQ(preset.clip_sample, file.clip_sample);
  EXPECT_EQ(preset.prediction_type, file.prediction_type);  // both unset: epsilon
}

}  // namespace cds

namespace cds {

TEST(JsonFile, AcceptsPythonsNonFiniteNumbers) {
  test::TempDir dir;
  test::write_bytes(
      dir / "scheduler_config.json",
      R"({"_class_name": "DPMSolverMultistepScheduler", "lambda_min_clipped": -Infinity,
                        "x": Infinity, "y": NaN, "text": "NaN and -Infinity stay text"})");
  const auto j = read_json_object(dir / "scheduler_config.json");
  EXPECT_EQ(j["lambda_min_clipped"].get<double>(), -std::numeric_limits<double>::max());
  EXPECT_EQ(j["x"].get<double>(), std::numeric_limits<double>::max());
  EXPECT_TRUE(j["y"].is_null());
  EXPECT_EQ(j["text"], "NaN and -Infinity stay text");
  EXPECT_EQ(read_scheduler_config(dir / "scheduler_config.json").class_name,
            "DPMSolverMultistepScheduler");
}

}  // namespace cds

namespace cds {
namespace {

// Found by fuzzing: a float too large for an int setting was converted anyway (undefined
// behaviour); such a file is refused with its name and the key.
TEST(Configs, NumbersTooLargeForAnySettingAreRefused) {
  test::TempDir dir;
  test::write_bytes(dir / "config.json", R"({"sample_size": 6.4e64, "out_channels": 3})");
  try {
    read_unet_config(dir / "config.json");
    FAIL() << "no error";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("config.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("sample_size"), std::string::npos) << e.what();
  }
  test::write_bytes(dir / "config.json", R"({"block_out_channels": [32, 1e40]})");
  EXPECT_THROW(read_unet_config(dir / "config.json"), FileError);
  test::write_bytes(dir / "config.json", R"({"sample_size": 64.0, "beta_end": 0.012})");
  EXPECT_EQ(read_unet_config(dir / "config.json").sample_size, 64);
}

}  // namespace
}  // namespace cds
