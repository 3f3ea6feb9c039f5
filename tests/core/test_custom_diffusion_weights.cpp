// Custom Diffusion output files against diffusers (golden case h): what we save after the two
// golden training steps equals save_attn_procs / save_new_embed's files, and diffusers' files
// loaded onto tiny-sd render diffusers' image. The concept-strength scale and the errors run on
// the demo model with a concept folder of our own, without the reference data.
#include "core/train/custom_diffusion_weights.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "core/io/state_dict_pickle.h"
#include "core/io/tensor_file.h"
#include "core/nn/custom_diffusion_processor.h"
#include "core/train/train_step.h"
#include "tests/demo_model_fixture.h"
#include "tests/test_support.h"
#include "tests/tolerances.h"
#include "tests/torch_test_support.h"

namespace cds {

namespace {

namespace fs = std::filesystem;

using test::max_abs_diff;

// Same keys, shapes and dtypes; values within `atol`. Returns the largest difference.
double expect_same_tensors(const StateDict& ours, const StateDict& theirs, double atol) {
  EXPECT_EQ(ours.size(), theirs.size());
  double worst = 0;
  for (const auto& [key, t] : theirs) {
    if (!ours.count(key)) {
      ADD_FAILURE() << "missing " << key;
      continue;
    }
    const auto& o = ours.at(key);
    EXPECT_EQ(o.sizes(), t.sizes()) << key;
    EXPECT_EQ(o.scalar_type(), t.scalar_type()) << key;
    if (o.sizes() != t.sizes()) continue;
    const double diff = max_abs_diff(o, t);
    EXPECT_LT(diff, atol) << key;
    worst = std::max(worst, diff);
  }
  return worst;
}

// An observed error in the test report (--gtest_output=xml), in a readable precision.
void record(const std::string& name, double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", value);
  ::testing::Test::RecordProperty(name, text);
}

// The message of the CoreError that f throws.
template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const CoreError& e) {
    return e.what();
  }
  return "(no error)";
}

fs::path saved_output() { return test::golden_dir() / "cases/saved_output"; }
const char* const kWeights = "pytorch_custom_diffusion_weights";

// Copies one serialisation (".safetensors" or ".bin") of diffusers' saved_output into `dir`.
void copy_set(const fs::path& dir, const std::string& ext) {
  for (const std::string stem : {kWeights, "<new1>"})
    fs::copy_file(saved_output() / (stem + ext), dir / (stem + ext));
}

StableDiffusionModel tiny_sd() {
  return load_stable_diffusion((test::golden_dir() / "tiny-sd").string());
}

// The golden render: DDIM, 10 steps, guidance 7.5, 64x64, latents_init. Returns NHWC.
torch::Tensor render(StableDiffusionModel& model, const std::string& prompt) {
  const auto inference =
      load_safetensors(test::golden_dir() / "cases/saved_output_inference.safetensors");
  GenerationParams p;
  p.prompt = prompt;
  p.negative_prompt = "";
  p.scheduler = "ddim";
  p.steps = 10;
  p.guidance_scale = 7.5;
  p.width = p.height = 64;
  p.latents = inference.at("latents_init");
  return generate(model, p).images.permute({0, 2, 3, 1});
}

torch::Tensor golden_image() {
  return load_safetensors(test::golden_dir() / "cases/saved_output_inference.safetensors")
      .at("image");
}

// The model after the two training steps of golden case g (as tests/core/test_train_step.cpp).
struct Trained {
  StableDiffusionModel model;
  std::vector<ModifierToken> tokens;
};

Trained train_two_steps() {
  Trained t{tiny_sd()};
  t.tokens = add_modifier_tokens(t.model.tokenizer, t.model.text_encoder, {"<new1>"}, {"ktn"});
  auto params = install_custom_diffusion(t.model.unet, FreezeMode::CrossAttnKV);
  TrainStepOptions o;
  o.with_prior_preservation = true;
  o.prior_loss_weight = 1.0;
  o.learning_rate = 1e-5;
  CustomDiffusionStep trainer(t.model, t.tokens, params, o);
  const auto g = load_safetensors(test::golden_dir() / "cases/train_step.safetensors");
  const TokenizedBatch batch{g.at("batch.pixel_values"), g.at("batch.input_ids"),
                             g.at("batch.mask")};
  for (const std::string s : {"step1.", "step2."})
    trainer.step(batch, {g.at(s + "eps_vae"), g.at(s + "noise"), g.at(s + "timesteps")});
  return t;
}

StableDiffusionModel demo_model() { return load_stable_diffusion(test::demo_model_dir().string()); }

// A concept folder for the demo model as training writes it: <new1> (from ktn) and K/V weights
// moved away from the base model's (random steps instead of training: any change will do).
void write_demo_concept(const fs::path& dir) {
  auto model = demo_model();
  const auto tokens = add_modifier_tokens(model.tokenizer, model.text_encoder, {"<new1>"}, {"ktn"});
  auto params = install_custom_diffusion(model.unet, FreezeMode::CrossAttnKV);
  torch::NoGradGuard no_grad;
  torch::manual_seed(3);
  for (auto& [name, t] : params) t.add_(0.1 * torch::randn_like(t));
  auto row = model.text_encoder->token_embedding()->weight[tokens[0].id];
  row.add_(0.1 * torch::randn_like(row));
  save_custom_diffusion_weights(dir, model.unet, tokens, model.text_encoder, true);
}

// The golden render's parameters (DDIM, 10 steps, guidance 7.5, 64x64) from a seed. Returns NHWC.
torch::Tensor render_demo(StableDiffusionModel& model, const std::string& prompt) {
  GenerationParams p;
  p.prompt = prompt;
  p.negative_prompt = "";
  p.scheduler = "ddim";
  p.steps = 10;
  p.guidance_scale = 7.5;
  p.width = p.height = 64;
  p.seed = 42;
  return generate(model, p).images.permute({0, 2, 3, 1});
}

// A small random UNet and text encoder for the tests that need no golden data.
UNetConfig small_unet_config() {
  UNetConfig c;
  c.block_out_channels = {32, 64};
  c.down_block_types = {"DownBlock2D", "CrossAttnDownBlock2D"};
  c.up_block_types = {"CrossAttnUpBlock2D", "UpBlock2D"};
  c.cross_attention_dim = 16;
  c.layers_per_block = 1;
  return c;
}

ClipTextConfig small_text_config() {
  ClipTextConfig c;
  c.vocab_size = 40;
  c.hidden_size = 16;
  c.intermediate_size = 8;
  c.num_hidden_layers = 1;
  c.num_attention_heads = 2;
  return c;
}

}  // namespace

TEST(CustomDiffusionWeights, SaveWritesBothFormatsAndRefusesBadTokens) {
  UNet2DConditionModel unet(small_unet_config());
  ClipTextModel text(small_text_config());
  const std::vector<ModifierToken> tokens = {{"<new1>", 38, "a", 1}, {"<new2>", 39, "b", 2}};
  test::TempDir dir;
  EXPECT_NE(error_of([&] {
              save_custom_diffusion_weights(dir.path(), unet, tokens, text);
            }).find("no Custom Diffusion"),
            std::string::npos);
  const auto params = install_custom_diffusion(unet, FreezeMode::CrossAttn);
  StateDict expected;
  for (const auto& [name, t] : params) expected[name] = t.detach();

  const auto files = save_custom_diffusion_weights(dir / "st", unet, tokens, text, true);
  EXPECT_EQ(files.size(), 3u);
  expect_same_tensors(load_safetensors(dir / "st" / (std::string(kWeights) + ".safetensors")),
                      expected, 1e-30);
  const auto st = SafetensorsFile::open(dir / "st" / "<new2>.safetensors");
  EXPECT_EQ(st.metadata(), (std::map<std::string, std::string>{{"format", "pt"}}));
  const auto row = load_safetensors(dir / "st" / "<new2>.safetensors");
  EXPECT_TRUE(torch::equal(row.at("<new2>"), text->token_embedding()->weight.detach()[39]));

  save_custom_diffusion_weights(dir / "bin", unet, tokens, text, false);
  expect_same_tensors(read_state_dict_pickle(dir / "bin" / (std::string(kWeights) + ".bin")),
                      expected, 1e-30);
  EXPECT_TRUE(torch::equal(read_state_dict_pickle(dir / "bin" / "<new1>.bin").at("<new1>"),
                           text->token_embedding()->weight.detach()[38]));

  for (const std::string bad : {"a/b", "", "..", kWeights})
    EXPECT_THROW(save_custom_diffusion_weights(dir / "bad", unet, {{bad, 38, "a", 1}}, text),
                 CoreError)
        << bad;
  EXPECT_FALSE(fs::exists(dir / "bad" / (std::string(kWeights) + ".safetensors")));
  EXPECT_THROW(save_custom_diffusion_weights(dir / "bad", unet, {{"<x>", 40, "a", 1}}, text),
               CoreError);
}

TEST(GoldenCustomDiffusionWeights, SavedFilesEqualDiffusers) {
  CDS_REQUIRE_GOLDEN();
  auto trained = train_two_steps();
  test::TempDir dir;
  save_custom_diffusion_weights(dir / "st", trained.model.unet, trained.tokens,
                                trained.model.text_encoder, true);
  save_custom_diffusion_weights(dir / "bin", trained.model.unet, trained.tokens,
                                trained.model.text_encoder, false);
  for (const std::string stem : {kWeights, "<new1>"}) {
    SCOPED_TRACE(stem);
    const auto theirs = load_safetensors(saved_output() / (stem + ".safetensors"));
    record("max_abs_error." + stem,
           expect_same_tensors(load_safetensors(dir / "st" / (stem + ".safetensors")), theirs,
                               test::kSingleOpAtol));
    EXPECT_EQ(SafetensorsFile::open(dir / "st" / (stem + ".safetensors")).metadata(),
              SafetensorsFile::open(saved_output() / (stem + ".safetensors")).metadata());
    expect_same_tensors(read_state_dict_pickle(dir / "bin" / (stem + ".bin")), theirs,
                        test::kSingleOpAtol);
    // diffusers' .bin has a {} per attn1 processor, which loading drops: the tensors are the same.
    expect_same_tensors(read_state_dict_pickle(dir / "bin" / (stem + ".bin")),
                        read_state_dict_pickle(saved_output() / (stem + ".bin")),
                        test::kSingleOpAtol);
  }
  EXPECT_EQ(fs::file_size(dir / "st" / (std::string(kWeights) + ".safetensors")),
            fs::file_size(saved_output() / (std::string(kWeights) + ".safetensors")));

  // Our own files load back onto a fresh model as the trained weights and token.
  for (const char* sub : {"st", "bin"}) {
    auto fresh = tiny_sd();
    const auto applied = apply_custom_diffusion_weights(fresh, dir / sub);
    EXPECT_EQ(applied.tokens, std::vector<std::string>{"<new1>"});
    StateDict trained_params, loaded_params;
    for (auto& [k, v] : custom_diffusion_parameters(trained.model.unet)) trained_params[k] = v;
    for (auto& [k, v] : custom_diffusion_parameters(fresh.unet)) loaded_params[k] = v;
    expect_same_tensors(loaded_params, trained_params, 1e-30);
    EXPECT_EQ(fresh.tokenizer.encode("photo of a <new1> cat")[4], 49408);
    EXPECT_TRUE(
        torch::equal(fresh.text_encoder->token_embedding()->weight.detach()[49408],
                     trained.model.text_encoder->token_embedding()->weight.detach()[49408]));
  }
}

TEST(GoldenCustomDiffusionWeights, DiffusersOutputRendersDiffusersImage) {
  CDS_REQUIRE_GOLDEN();
  for (const std::string ext : {".safetensors", ".bin"}) {
    SCOPED_TRACE(ext);
    test::TempDir dir;
    copy_set(dir.path(), ext);
    auto model = tiny_sd();
    const auto applied = apply_custom_diffusion_weights(model, dir.path());
    EXPECT_EQ(applied.format, ext.substr(1));
    EXPECT_EQ(applied.layers.size(), 6u);
    EXPECT_FALSE(applied.train_q_out);
    EXPECT_EQ(applied.tokens, std::vector<std::string>{"<new1>"});
    for (auto& [name, attn] : model.unet->attention_layers()) {
      const auto p = std::dynamic_pointer_cast<CustomDiffusionProcessorImpl>(attn->processor);
      EXPECT_EQ(p != nullptr, attn->is_cross_attention()) << name;
    }
    const auto image = render(model, "photo of a <new1> cat");
    const double err = max_abs_diff(image, golden_image());
    // Observed: 1.4e-6 (both formats).
    record("max_abs_error" + ext, err);
    EXPECT_LT(err, test::kWholeModelAtol);
  }
}

TEST(GoldenCustomDiffusionWeights, QueryAndOutputWeightsMatchDiffusersUNet) {
  CDS_REQUIRE_GOLDEN();
  test::TempDir dir;
  fs::copy_file(test::golden_dir() / "cases/unet_custom_kv_qout_weights.safetensors",
                dir / (std::string(kWeights) + ".safetensors"));
  auto model = tiny_sd();
  const auto applied = apply_custom_diffusion_weights(model, dir.path());
  EXPECT_TRUE(applied.train_q_out);
  EXPECT_TRUE(applied.tokens.empty());
  const auto g = load_safetensors(test::golden_dir() / "cases/unet.safetensors");
  torch::NoGradGuard no_grad;
  const auto eps = model.unet->forward(g.at("inputs.latents"), g.at("inputs.timesteps"),
                                       g.at("inputs.encoder_hidden_states"));
  const double err = max_abs_diff(eps, g.at("eps_custom_kv_qout"));
  record("max_abs_error", err);
  EXPECT_LT(err, test::kWholeModelAtol);
}

TEST(CustomDiffusionWeights, ScaleBlendsWithTheBaseModel) {
  test::TempDir dir;
  write_demo_concept(dir.path());
  const auto custom = load_safetensors(dir / (std::string(kWeights) + ".safetensors"));
  const std::string layer = "mid_block.attentions.0.transformer_blocks.0.attn2";
  const auto key = layer + ".processor.to_k_custom_diffusion.weight";

  // The concept at full strength (that this equals diffusers' render:
  // GoldenCustomDiffusionWeights).
  auto full = demo_model();
  apply_custom_diffusion_weights(full, dir.path());
  const auto full_image = render_demo(full, "photo of a <new1> cat");

  auto plain = demo_model();
  const auto base_image = render_demo(plain, "photo of a cat");
  auto zero = demo_model();
  apply_custom_diffusion_weights(zero, dir.path(), 0.0);
  const double zero_err = max_abs_diff(render_demo(zero, "photo of a cat"), base_image);
  record("scale0_vs_base", zero_err);
  EXPECT_LT(zero_err, 1e-6);

  auto half = demo_model();
  apply_custom_diffusion_weights(half, dir.path(), 0.5);
  for (auto& [name, attn] : half.unet->attention_layers()) {
    if (name != layer) continue;
    const auto p = std::dynamic_pointer_cast<CustomDiffusionProcessorImpl>(attn->processor);
    ASSERT_TRUE(p);
    EXPECT_LT(max_abs_diff(p->to_k_custom_diffusion->weight,
                           0.5 * custom.at(key) + 0.5 * attn->to_k->weight),
              1e-7);
  }
  const auto half_image = render_demo(half, "photo of a <new1> cat");
  const double half_diff = max_abs_diff(half_image, full_image);
  record("half_vs_trained", half_diff);
  EXPECT_GT(half_diff, 1e-6);

  // Two concepts on the same layers add their changes: the same folder at 0.5 twice is the
  // folder at 1 (the token is another concept's, so it comes from a renamed copy).
  test::TempDir second;
  fs::copy_file(dir / (std::string(kWeights) + ".safetensors"),
                second / (std::string(kWeights) + ".safetensors"));
  apply_custom_diffusion_weights(half, second.path(), 0.5);
  const double twice_err = max_abs_diff(render_demo(half, "photo of a <new1> cat"), full_image);
  record("half_twice_vs_trained", twice_err);
  EXPECT_LT(twice_err, test::kWholeModelAtol);
}

TEST(CustomDiffusionWeights, ErrorsAreClearAndLeaveTheModelUnchanged) {
  test::TempDir dir;
  write_demo_concept(dir.path());
  const auto weights_file = dir / (std::string(kWeights) + ".safetensors");
  auto model = demo_model();
  const auto tokenizer_size = model.tokenizer.size();
  const auto is_plain = [&] {
    for (auto& [name, attn] : model.unet->attention_layers())
      if (std::dynamic_pointer_cast<CustomDiffusionProcessorImpl>(attn->processor)) return false;
    return model.tokenizer.size() == tokenizer_size &&
           model.text_encoder->token_embedding()->weight.size(0) == int64_t(tokenizer_size);
  };
  const auto expect_error = [&](const fs::path& folder, const std::string& part,
                                double scale = 1.0) {
    const auto message = error_of([&] { apply_custom_diffusion_weights(model, folder, scale); });
    EXPECT_NE(message.find(part), std::string::npos) << message;
    EXPECT_TRUE(is_plain()) << message;
  };

  expect_error(dir.path(), "[0, 1]", 1.5);
  expect_error(dir.path(), "[0, 1]", -0.1);
  expect_error(dir.path(), "[0, 1]", std::nan(""));
  test::TempDir empty;
  expect_error(empty.path(), kWeights);

  const auto custom = load_safetensors(weights_file);
  const auto with = [&](const std::string& name, const StateDict& tensors) {
    const auto folder = dir / name;
    fs::create_directories(folder);
    save_safetensors(folder / (std::string(kWeights) + ".safetensors"), tensors);
    fs::copy_file(dir / "<new1>.safetensors", folder / "<new1>.safetensors");
    return folder;
  };
  auto unknown = custom;
  unknown
      ["down_blocks.9.attentions.0.transformer_blocks.0.attn2.processor.to_k_custom_diffusion."
       "weight"] = torch::zeros({64, 32});
  expect_error(with("unknown", unknown), "down_blocks.9.attentions.0");
  auto not_custom = custom;
  not_custom["mid_block.attentions.0.transformer_blocks.0.attn2.processor.lora.weight"] =
      torch::zeros({4});
  expect_error(with("not_custom", not_custom), "processor.lora.weight");
  auto wrong_shape = custom;
  const std::string k =
      "mid_block.attentions.0.transformer_blocks.0.attn2.processor.to_v_custom_diffusion.weight";
  wrong_shape[k] = torch::zeros({64, 16});
  expect_error(with("wrong_shape", wrong_shape), k);
  auto incomplete = custom;
  incomplete.erase(k);
  expect_error(with("incomplete", incomplete), "to_v");

  const auto corrupt = with("corrupt", custom);
  test::write_bytes(corrupt / (std::string(kWeights) + ".safetensors"),
                    "\x10\0\0\0\0\0\0\0{\"a\":");
  expect_error(corrupt, (corrupt / kWeights).string());
  const auto corrupt_token = with("corrupt_token", custom);
  test::write_bytes(corrupt_token / "<new1>.safetensors", "not a tensor file");
  expect_error(corrupt_token, "<new1>.safetensors");

  const auto wide = with("wide", custom);
  save_safetensors(wide / "<new1>.safetensors", {{"<new1>", torch::zeros({48})}});
  expect_error(wide, "48 wide");
  const auto twice = with("twice", custom);
  fs::copy_file(twice / "<new1>.safetensors", twice / "again.bin");
  expect_error(twice, "<new1>");
  const auto existing = with("existing", custom);
  save_safetensors(existing / "cat.safetensors", {{"cat</w>", torch::zeros({32})}});
  expect_error(existing, "cat</w>");

  // Files of other kinds (a checkpoint's training state) are skipped and listed.
  const auto checkpoint = with("checkpoint", custom);
  save_safetensors(checkpoint / "training_state.safetensors",
                   {{"a", torch::zeros({2})}, {"b", torch::zeros({2})}});
  const auto applied = apply_custom_diffusion_weights(model, checkpoint);
  EXPECT_EQ(applied.ignored_files,
            std::vector<fs::path>{checkpoint / "training_state.safetensors"});
  EXPECT_EQ(applied.tokens, std::vector<std::string>{"<new1>"});

  // A second load of the same concept: the token is already there.
  const auto message = error_of([&] { apply_custom_diffusion_weights(model, dir.path()); });
  EXPECT_NE(message.find("\"<new1>\" already exists"), std::string::npos) << message;
  EXPECT_EQ(model.tokenizer.size(), tokenizer_size + 1);
}

}  // namespace cds
