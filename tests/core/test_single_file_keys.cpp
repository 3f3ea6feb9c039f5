// The single-file <-> diffusers key mapping against diffusers' own conversion of the real SD v1.5
// and v2.1 key lists (golden keys/*-single-file.json), in both directions, and on small
// hand-made structures.
#include "core/model/single_file_keys.h"

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace cds {
namespace {

nlohmann::json read_json(const std::filesystem::path& file) {
  std::ifstream in(file);
  return nlohmann::json::parse(in);
}

ShapeMap shapes_of(const nlohmann::json& j) {
  ShapeMap out;
  for (const auto& [k, v] : j.items()) out[k] = v.get<TensorShape>();
  return out;
}

// The diffusers side of a golden model, as "<component>.<key>" -> shape.
ShapeMap diffusers_shapes(const nlohmann::json& model) {
  ShapeMap out;
  for (const char* component : {"unet", "vae", "text_encoder"})
    for (const auto& [k, v] : model[component].items())
      out[std::string(component) + "." + k] = v.get<TensorShape>();
  return out;
}

void check_both_ways(const std::string& name, TextEncoderLayout layout) {
  const auto dir = test::golden_dir() / "keys";
  const auto single = read_json(dir / (name + "-single-file.json"));
  const auto model = read_json(dir / (name + ".json"));
  const ShapeMap ldm = shapes_of(single["keys"]);
  const ShapeMap ours = diffusers_shapes(model);

  // File -> diffusers: every LDM key used, exactly the diffusers keys made, shapes right.
  const auto in = single_file_to_diffusers(ldm);
  EXPECT_TRUE(in.unmapped.empty()) << in.unmapped.front();
  EXPECT_TRUE(in.ignored.empty()) << in.ignored.front();
  std::set<std::string> made;
  for (const auto& m : in.tensors) {
    EXPECT_TRUE(made.insert(m.target).second) << "made twice: " << m.target;
    ASSERT_TRUE(ours.count(m.target)) << "not a diffusers key: " << m.target;
    EXPECT_EQ(m.shape, ours.at(m.target)) << m.target;
    ASSERT_EQ(m.sources.size(), 1u) << m.target;
    const auto golden = single["source"][m.sources[0]].get<std::vector<std::string>>();
    if (m.op == KeyOp::SplitRows) {
      ASSERT_EQ(golden.size(), 3u);
      EXPECT_EQ(golden[m.part], m.target) << m.sources[0];
    } else {
      EXPECT_EQ(golden, std::vector<std::string>{m.target}) << m.sources[0];
    }
  }
  EXPECT_EQ(made.size(), ours.size());

  // Diffusers -> file: exactly the LDM keys, from the golden sources, with the golden shapes.
  const auto out = diffusers_to_single_file(ours, layout);
  EXPECT_TRUE(out.unmapped.empty()) << out.unmapped.front();
  std::set<std::string> written;
  for (const auto& m : out.tensors) {
    EXPECT_TRUE(written.insert(m.target).second) << "written twice: " << m.target;
    ASSERT_TRUE(ldm.count(m.target)) << "not an LDM key: " << m.target;
    EXPECT_EQ(m.shape, ldm.at(m.target)) << m.target;
    std::vector<std::string> golden = single["source"][m.target].get<std::vector<std::string>>();
    EXPECT_EQ(m.sources, golden) << m.target;
  }
  EXPECT_EQ(written.size(), ldm.size());
}

TEST(GoldenSingleFileKeys, Sd15MapsCompletelyBothWays) {
  CDS_REQUIRE_GOLDEN();
  check_both_ways("sd15", TextEncoderLayout::OpenAiClip);
}

TEST(GoldenSingleFileKeys, Sd21MapsCompletelyBothWays) {
  CDS_REQUIRE_GOLDEN();
  check_both_ways("sd21", TextEncoderLayout::OpenClip);
}

TEST(GoldenSingleFileKeys, Sd15ReshapesTheVaeMidAttention) {
  CDS_REQUIRE_GOLDEN();
  const auto single = read_json(test::golden_dir() / "keys" / "sd15-single-file.json");
  const auto in = single_file_to_diffusers(shapes_of(single["keys"]));
  int reshaped = 0;
  for (const auto& m : in.tensors)
    if (m.op == KeyOp::Conv1x1ToLinear) {
      ++reshaped;
      EXPECT_EQ(m.shape, (TensorShape{512, 512})) << m.target;
    }
  EXPECT_EQ(reshaped, 8);  // q, k, v, proj_out weights in the encoder and the decoder
}

TEST(SingleFileKeys, RealSd2FilesDropTheLastResblockAndTheProjection) {
  ShapeMap ldm = {{"cond_stage_model.model.text_projection", {8, 8}},
                  {"cond_stage_model.model.logit_scale", {}},
                  {"cond_stage_model.model.positional_embedding", {77, 8}}};
  for (int i = 0; i < 3; ++i)
    ldm["cond_stage_model.model.transformer.resblocks." + std::to_string(i) + ".ln_1.weight"] = {8};
  const auto in = single_file_to_diffusers(ldm);
  std::set<std::string> targets;
  for (const auto& m : in.tensors) targets.insert(m.target);
  EXPECT_TRUE(targets.count("text_encoder.text_model.encoder.layers.1.layer_norm1.weight"));
  EXPECT_FALSE(targets.count("text_encoder.text_model.encoder.layers.2.layer_norm1.weight"));
  EXPECT_EQ(in.ignored.size(), 3u);  // text_projection, logit_scale, resblocks.2
  EXPECT_TRUE(in.unmapped.empty());

  SingleFileKeyOptions all;
  all.open_clip_layers = 3;
  const auto kept = single_file_to_diffusers(ldm, all);
  EXPECT_EQ(kept.tensors.size(), 4u);
}

TEST(SingleFileKeys, IgnoresScheduleBuffersAndEmaUnlessAsked) {
  const ShapeMap ldm = {
      {"model.diffusion_model.input_blocks.0.0.weight", {4, 4, 3, 3}},
      {"model_ema.diffusion_modelinput_blocks00weight", {4, 4, 3, 3}},
      {"model_ema.decay", {}},
      {"alphas_cumprod", {1000}},
      {"cond_stage_model.transformer.text_model.embeddings.position_ids", {1, 77}},
      {"something.else", {1}}};
  const auto main = single_file_to_diffusers(ldm);
  ASSERT_EQ(main.tensors.size(), 1u);
  EXPECT_EQ(main.tensors[0].target, "unet.conv_in.weight");
  EXPECT_EQ(main.tensors[0].sources[0], "model.diffusion_model.input_blocks.0.0.weight");
  EXPECT_EQ(main.ignored.size(), 4u);
  EXPECT_EQ(main.unmapped, std::vector<std::string>{"something.else"});

  SingleFileKeyOptions ema;
  ema.use_ema = true;
  const auto with_ema = single_file_to_diffusers(ldm, ema);
  ASSERT_EQ(with_ema.tensors.size(), 1u);
  EXPECT_EQ(with_ema.tensors[0].sources[0], "model_ema.diffusion_modelinput_blocks00weight");
}

TEST(SingleFileKeys, EmaKeyIsTheFlattenedName) {
  EXPECT_EQ(ldm_ema_key("model.diffusion_model.output_blocks.2.1.conv.weight"),
            "model_ema.diffusion_modeloutput_blocks21convweight");
}

TEST(SingleFileKeys, OldTransformersClipKeysGainTextModel) {
  const auto in = clip_text_from_ldm({{"embeddings.token_embedding.weight", {10, 4}}});
  ASSERT_EQ(in.tensors.size(), 1u);
  EXPECT_EQ(in.tensors[0].target, "text_model.embeddings.token_embedding.weight");
}

TEST(SingleFileKeys, QkvFuseAndSplitRoundTrip) {
  const ShapeMap ours = {{"text_model.encoder.layers.0.self_attn.q_proj.weight", {4, 4}},
                         {"text_model.encoder.layers.0.self_attn.k_proj.weight", {4, 4}},
                         {"text_model.encoder.layers.0.self_attn.v_proj.weight", {4, 4}},
                         {"text_model.encoder.layers.0.self_attn.v_proj.bias", {4}}};
  const auto out = open_clip_text_to_ldm(ours);
  ASSERT_EQ(out.tensors.size(), 1u);
  EXPECT_EQ(out.tensors[0].target, "transformer.resblocks.0.attn.in_proj_weight");
  EXPECT_EQ(out.tensors[0].shape, (TensorShape{12, 4}));
  // A bias without its q and k cannot be fused: it is reported, not dropped silently.
  EXPECT_EQ(out.unmapped,
            std::vector<std::string>{"text_model.encoder.layers.0.self_attn.v_proj.bias"});
}

}  // namespace
}  // namespace cds
