// LoRA / LyCORIS files and textual-inversion embeddings from other tools onto our models: the
// text-encoder names of kohya's files for SD 1 and SD 2, the embedding layouts AUTOMATIC1111
// and ComfyUI read (multi-vector included), and bad files refused with the model unchanged.
#include "core/adapters/network_file.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/adapters/embedding_file.h"
#include "core/error.h"
#include "core/io/tensor_file.h"
#include "core/model/demo_model.h"
#include "tests/core/export_test_support.h"
#include "tests/test_support.h"
#include "tests/torch_test_support.h"

namespace cds {

namespace {

namespace fs = std::filesystem;

using test::max_abs_diff;

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const CoreError& e) {
    return e.what();
  }
  return "(no error)";
}

torch::Tensor param(torch::nn::Module& m, const std::string& key) {
  return m.named_parameters()[key].detach().clone();
}

// A LoRA layer of rank 2: up [out, 2], down [2, in], alpha 1 (so scale 1/2).
void add_lora(StateDict& file, const std::string& layer, int64_t out, int64_t in) {
  file[layer + ".lora_up.weight"] = torch::randn({out, 2});
  file[layer + ".lora_down.weight"] = torch::randn({2, in});
  file[layer + ".alpha"] = torch::tensor(1.0f);
}

torch::Tensor lora_delta(const StateDict& file, const std::string& layer) {
  return file.at(layer + ".lora_up.weight").matmul(file.at(layer + ".lora_down.weight")) * 0.5;
}

}  // namespace

// kohya's text-encoder names ("lora_te_" + transformers' CLIPTextModel path) are what ComfyUI's
// model_lora_keys_clip maps for SD 1 (clip_l) and SD 2 (clip_h), and what AUTOMATIC1111's
// lora_convert turns into its SD 2 OpenCLIP resblocks; "lora_te1_" is ComfyUI's alias.
TEST(GoldenNetworkFile, TextEncoderKeysOfSd1AndSd2) {
  CDS_REQUIRE_GOLDEN();
  for (const std::string name : {"tiny-sd", "tiny-sd-v2"}) {
    SCOPED_TRACE(name);
    test::TempDir dir;
    auto model = load_stable_diffusion((test::golden_dir() / name).string());
    auto& te = *model.text_encoder;
    const auto q0 = param(te, "text_model.encoder.layers.0.self_attn.q_proj.weight");
    const auto fc1 = param(te, "text_model.encoder.layers.1.mlp.fc1.weight");
    const auto fc1_bias = param(te, "text_model.encoder.layers.1.mlp.fc1.bias");
    const auto k =
        param(*model.unet, "mid_block.attentions.0.transformer_blocks.0.attn2.to_k.weight");
    torch::manual_seed(1);
    StateDict file;
    add_lora(file, "lora_te_text_model_encoder_layers_0_self_attn_q_proj", 32, 32);
    file["lora_te1_text_model_encoder_layers_1_mlp_fc1.diff"] = torch::randn_like(fc1);
    file["lora_te1_text_model_encoder_layers_1_mlp_fc1.diff_b"] = torch::randn_like(fc1_bias);
    add_lora(file, "lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_k", 64, 32);
    save_safetensors(dir / "l.safetensors", file);
    const auto applied = apply_network_file(model, dir / "l.safetensors", 0.5);
    EXPECT_EQ(applied.text_encoder_layers, 2u);
    EXPECT_EQ(applied.unet_layers, 1u);
    EXPECT_LT(max_abs_diff(
                  param(te, "text_model.encoder.layers.0.self_attn.q_proj.weight") - q0,
                  0.5 * lora_delta(file, "lora_te_text_model_encoder_layers_0_self_attn_q_proj")),
              1e-6);
    EXPECT_LT(max_abs_diff(param(te, "text_model.encoder.layers.1.mlp.fc1.weight") - fc1,
                           0.5 * file.at("lora_te1_text_model_encoder_layers_1_mlp_fc1.diff")),
              1e-6);
    EXPECT_LT(max_abs_diff(param(te, "text_model.encoder.layers.1.mlp.fc1.bias") - fc1_bias,
                           0.5 * file.at("lora_te1_text_model_encoder_layers_1_mlp_fc1.diff_b")),
              1e-6);
    EXPECT_LT(
        max_abs_diff(
            param(*model.unet, "mid_block.attentions.0.transformer_blocks.0.attn2.to_k.weight") - k,
            0.5 * lora_delta(file,
                             "lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_k")),
        1e-6);
  }
}

// A LoRA on a layer that runs a Custom Diffusion processor changes the weight it computes with.
TEST(NetworkFile, LayersWithCustomDiffusionWeights) {
  test::TempDir dir;
  write_demo_model(dir / "base");
  test::write_random_concept(dir / "base", dir / "concept", FreezeMode::CrossAttnKV);
  auto model = load_stable_diffusion((dir / "base").string());
  apply_custom_diffusion_weights(model, dir / "concept");
  const std::string layer = "down_blocks.1.attentions.0.transformer_blocks.0.attn2";
  const auto before = param(*model.unet, layer + ".processor.to_k_custom_diffusion.weight");
  const auto own = param(*model.unet, layer + ".to_k.weight");
  StateDict file;
  add_lora(file, "lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k", 64, 32);
  save_safetensors(dir / "l.safetensors", file);
  apply_network_file(model, dir / "l.safetensors");
  EXPECT_LT(
      max_abs_diff(
          param(*model.unet, layer + ".processor.to_k_custom_diffusion.weight") - before,
          lora_delta(file, "lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k")),
      1e-6);
  EXPECT_TRUE(torch::equal(param(*model.unet, layer + ".to_k.weight"), own));
}

TEST(NetworkFile, BadFilesAreRefusedAndTheModelIsUnchanged) {
  test::TempDir dir;
  write_demo_model(dir / "base");
  auto model = load_stable_diffusion((dir / "base").string());
  const auto before = test::snapshot(model);
  const std::string k = "lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k";
  StateDict good;
  add_lora(good, k, 64, 32);

  const auto refused = [&](const std::string& name, StateDict file, const std::string& says) {
    SCOPED_TRACE(name);
    const auto path = dir / (name + ".safetensors");
    save_safetensors(path, file);
    const auto message = error_of([&] { apply_network_file(model, path); });
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find(says), std::string::npos) << message;
    test::expect_unchanged(model, before);
  };
  // Each bad file also holds a good layer, which must not be applied either.
  auto f = good;
  add_lora(f, "lora_te2_text_model_encoder_layers_0_self_attn_q_proj", 32, 32);
  refused("sdxl_te2", f, "SDXL");
  f = good;
  add_lora(f, "lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k", 64, 32);
  refused("sdxl_unet", f, "SDXL");
  f = good;
  f["lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_v.diff"] =
      torch::zeros({64, 1024});
  refused("wrong_shape", f, "another model");
  f = good;
  f["unet.down_blocks.1.attentions.0.processor.to_k_lora.up.weight"] = torch::zeros({64, 2});
  refused("diffusers_layout", f, "kohya");
  f = good;
  f["lora_unet_down_blocks_9_attentions_0_transformer_blocks_0_attn2_to_k.diff"] =
      torch::zeros({64, 32});
  refused("missing_layer", f, "does not have");
  f = good;
  f[k + ".hada_w1_a"] = torch::zeros({64, 2});
  refused("loha", f, "LoHa");
  f = good;
  f["bundle_emb.wide.string_to_param.*"] = torch::zeros({1, 768});
  refused("bundle_width", f, "768 wide");
  f = good;
  f["lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_v.lora_up.weight"] =
      torch::zeros({64, 2});
  refused("half_lora", f, "lora_down");

  // A truncated file and one that is no weight file at all.
  save_safetensors(dir / "whole.safetensors", good);
  const auto bytes = test::read_bytes(dir / "whole.safetensors");
  test::write_bytes(dir / "cut.safetensors", bytes.substr(0, bytes.size() / 2));
  auto message = error_of([&] { apply_network_file(model, dir / "cut.safetensors"); });
  EXPECT_NE(message.find("cut.safetensors"), std::string::npos) << message;
  test::write_bytes(dir / "text.safetensors", "not a LoRA");
  message = error_of([&] { apply_network_file(model, dir / "text.safetensors"); });
  EXPECT_NE(message.find("text.safetensors"), std::string::npos) << message;
  message = error_of([&] { apply_network_file(model, dir / "absent.safetensors"); });
  EXPECT_NE(message.find("absent.safetensors"), std::string::npos) << message;
  test::expect_unchanged(model, before);
}

TEST(EmbeddingFile, LayoutsMultiVectorAndBadFiles) {
  test::TempDir dir;
  write_demo_model(dir / "base");
  auto model = load_stable_diffusion((dir / "base").string());
  const auto before = test::snapshot(model);
  torch::manual_seed(2);
  const auto three = torch::randn({3, 32});
  save_safetensors(dir / "kohya.safetensors", {{"emb_params", three}});
  save_safetensors(dir / "diffusers.safetensors", {{"<tok>", three[0]}});
  save_safetensors(dir / "flat.safetensors", {{"string_to_param.*", three.slice(0, 0, 2)}});
  EXPECT_TRUE(torch::equal(read_embedding_vectors(dir / "kohya.safetensors"), three));
  EXPECT_TRUE(
      torch::equal(read_embedding_vectors(dir / "diffusers.safetensors"), three.slice(0, 0, 1)));
  EXPECT_TRUE(torch::equal(read_embedding_vectors(dir / "flat.safetensors"), three.slice(0, 0, 2)));
  // AUTOMATIC1111's own .pt (scripts/make_embedding_fixtures.py): string_to_param["*"].
  const auto pt = test::source_dir() / "tests/data/embedding/twovec.pt";
  EXPECT_TRUE(torch::equal(read_embedding_vectors(pt),
                           torch::arange(64, torch::kFloat).reshape({2, 32}) / 100));

  // Bad files: one sentence naming the file, nothing added.
  save_safetensors(dir / "sdxl.safetensors",
                   {{"clip_g", torch::zeros({1, 1280})}, {"clip_l", torch::zeros({1, 768})}});
  save_safetensors(dir / "wide.safetensors", {{"emb_params", torch::zeros({1, 768})}});
  save_safetensors(dir / "two.safetensors", {{"a", torch::zeros({32})}, {"b", torch::zeros({32})}});
  for (const auto& [file, says] :
       std::vector<std::pair<std::string, std::string>>{{"sdxl.safetensors", "SDXL"},
                                                        {"wide.safetensors", "SD 1.x embedding"},
                                                        {"two.safetensors", "2 tensors"},
                                                        {"missing.safetensors", "no such"}}) {
    const auto message = error_of([&] { load_embedding_file(model, dir / file); });
    EXPECT_NE(message.find(file), std::string::npos) << message;
    EXPECT_NE(message.find(says), std::string::npos) << message;
    test::expect_unchanged(model, before);
  }

  // A three-vector word stands for three tokens where it is written, as in AUTOMATIC1111.
  const auto loaded = load_embedding_file(model, dir / "kohya.safetensors", "trio");
  EXPECT_EQ(loaded.tokens, (std::vector<std::string>{"trio", "trio_1", "trio_2"}));
  const auto ids = model.tokenizer.encode("a trio cat");
  ASSERT_EQ(ids.size(), 7u);  // BOS a trio trio_1 trio_2 cat EOS
  const auto table = model.text_encoder->token_embedding()->weight.detach();
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(torch::equal(table[ids[2 + i]], three[i])) << i;
  // The same word twice is refused, the first stays.
  const auto message =
      error_of([&] { load_embedding_file(model, dir / "kohya.safetensors", "trio"); });
  EXPECT_NE(message.find("already"), std::string::npos) << message;
  const auto pt_loaded = load_embedding_file(model, pt);
  EXPECT_EQ(pt_loaded.word, "twovec");
  EXPECT_EQ(pt_loaded.vectors, 2);
}

}  // namespace cds
