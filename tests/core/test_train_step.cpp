// Two training steps of diffusers' train_custom_diffusion.py on the tiny model (golden case g):
// modifier token set-up, VAE latents, noisy latents, text encoding, UNet prediction, the loss
// terms, every trainable gradient before and after clipping, and AdamW's moments and results.
// The checks that need a model but not diffusers' records (token errors, every token learning,
// gradient checkpointing) run on the demo model, without the reference data.
#include "core/train/train_step.h"

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

// The model prepared as the golden run: <new1> initialised from ktn, crossattn_kv processors.
struct Prepared {
  StableDiffusionModel model;
  std::vector<ModifierToken> tokens;
  NamedParameters params;
};

Prepared prepare(const std::filesystem::path& folder = test::golden_dir() / "tiny-sd") {
  Prepared p{load_stable_diffusion(folder.string(), test::load_options())};
  p.tokens = add_modifier_tokens(p.model.tokenizer, p.model.text_encoder, {"<new1>"}, {"ktn"});
  p.params = install_custom_diffusion(p.model.unet, FreezeMode::CrossAttnKV);
  return p;
}

// A batch of the golden case's shapes for the demo model (64 px, 32x32 latents, instance then
// class row) and one step's random draws, from a fixed seed; the prompts read by `tokenizer`.
struct DemoBatch {
  TokenizedBatch batch;
  StepRandom random;
};

DemoBatch demo_batch(const ClipTokenizer& tokenizer,
                     const std::string& instance_prompt = "photo of a <new1> cat",
                     const std::string& class_prompt = "photo of a cat") {
  torch::manual_seed(11);
  const auto ids = torch::stack({torch::tensor(tokenizer.encode_padded(instance_prompt).ids),
                                 torch::tensor(tokenizer.encode_padded(class_prompt).ids)});
  const auto dev = test::device();
  return {{(torch::rand({2, 3, 64, 64}) * 2 - 1).to(dev), ids.to(dev),
           torch::ones({2, 1, 32, 32}).to(dev)},
          {torch::randn({2, 4, 32, 32}).to(dev), torch::randn({2, 4, 32, 32}).to(dev),
           torch::randint(0, 1000, {2}, torch::kLong).to(dev)}};
}

TrainStepOptions golden_options() {
  TrainStepOptions o;
  o.with_prior_preservation = true;
  o.prior_loss_weight = 1.0;
  o.learning_rate = 1e-5;
  return o;
}

// Runs the golden steps, comparing every recorded stage. `g` holds one file's tensors.
void run_and_compare(const StateDict& g, const StateDict& batch, int steps, double max_grad_norm) {
  auto prepared = prepare();
  auto options = golden_options();
  options.max_grad_norm = max_grad_norm;
  CustomDiffusionStep trainer(prepared.model, prepared.tokens, prepared.params, options);
  const TokenizedBatch tb{batch.at("batch.pixel_values"), batch.at("batch.input_ids"),
                          batch.at("batch.mask")};
  const int64_t row = prepared.tokens[0].id;
  for (int n = 1; n <= steps; ++n) {
    const std::string s = "step" + std::to_string(n) + ".";
    SCOPED_TRACE(s);
    const StepRandom random{g.at(s + "eps_vae"), g.at(s + "noise"), g.at(s + "timesteps")};
    const auto loss = trainer.forward_loss(tb, random);
    EXPECT_LT(max_abs_diff(loss.latents, g.at(s + "latents_scaled")), test::kSingleOpAtol);
    EXPECT_LT(max_abs_diff(loss.noisy_latents, g.at(s + "noisy_latents")), test::kSingleOpAtol);
    EXPECT_LT(max_abs_diff(loss.encoder_hidden_states, g.at(s + "encoder_hidden_states")),
              test::kSingleOpAtol);
    EXPECT_LT(max_abs_diff(loss.model_pred, g.at(s + "model_pred")), test::kWholeModelAtol);
    EXPECT_LT(max_abs_diff(loss.loss_instance, g.at(s + "loss_instance").squeeze()),
              test::kWholeModelAtol);
    EXPECT_LT(max_abs_diff(loss.loss_prior, g.at(s + "loss_prior").squeeze()),
              test::kWholeModelAtol);
    EXPECT_LT(max_abs_diff(loss.loss, g.at(s + "loss").squeeze()), test::kWholeModelAtol);

    trainer.backward(loss);
    const auto emb_grad = trainer.token_embedding_weight().grad();
    EXPECT_LT(max_abs_diff(emb_grad[row], g.at(s + "grad.token_embedding.modifier_row")),
              test::kSingleOpAtol);
    // Only the modifier token's row has a gradient: every other row is exactly zero.
    EXPECT_EQ(emb_grad.index_fill(0, torch::tensor({row}, emb_grad.device()), 0)
                  .abs()
                  .max()
                  .item<double>(),
              0.0);
    for (auto& [name, p] : prepared.params)
      EXPECT_LT(max_abs_diff(p.grad(), g.at(s + "grad." + name)), test::kSingleOpAtol) << name;

    const auto clip = trainer.clip_gradients();
    EXPECT_NEAR(clip.total_norm, g.at(s + "grad_total_norm").item<double>(), 1e-6);
    EXPECT_NEAR(clip.coefficient, g.at(s + "clip_coef_clamped").item<double>(), 1e-6);
    for (auto& [name, p] : prepared.params)
      EXPECT_LT(max_abs_diff(p.grad(), g.at(s + "grad_clipped." + name)), test::kSingleOpAtol)
          << name;

    trainer.optimizer_step();
    const auto emb = trainer.token_embedding_weight().detach();
    EXPECT_LT(max_abs_diff(emb[row], g.at(s + "param_after.token_embedding.modifier_row")),
              test::kSingleOpAtol);
    for (int64_t other : {320, 42170, 49406, 49407})
      EXPECT_LT(max_abs_diff(emb[other],
                             g.at(s + "param_after.token_embedding.row_" + std::to_string(other))),
                1e-7)
          << "row " << other;
    for (auto& [name, p] : prepared.params) {
      EXPECT_LT(max_abs_diff(p, g.at(s + "param_after." + name)), test::kSingleOpAtol) << name;
      const auto& state = static_cast<torch::optim::AdamWParamState&>(
          *trainer.optimizer().state().at(p.unsafeGetTensorImpl()));
      // The moments are (1 - beta) times the gradient (squared), so their tolerances follow the
      // gradients': exp_avg 0.1 x, exp_avg_sq 0.001 x 2 |g| x (|g| < 1).
      EXPECT_LT(max_abs_diff(state.exp_avg(), g.at(s + "adam_exp_avg." + name)),
                0.1 * test::kSingleOpAtol)
          << name;
      EXPECT_LT(max_abs_diff(state.exp_avg_sq(), g.at(s + "adam_exp_avg_sq." + name)),
                2e-3 * test::kSingleOpAtol)
          << name;
    }
  }
}

}  // namespace

TEST(GoldenTrainStep, ModifierTokenSetUp) {
  CDS_REQUIRE_GOLDEN();
  const auto g =
      test::on_device(load_safetensors(test::golden_dir() / "cases/train_step.safetensors"));
  auto p = prepare();
  ASSERT_EQ(p.tokens.size(), 1u);
  EXPECT_EQ(p.tokens[0].id, 49408);
  EXPECT_EQ(p.tokens[0].initializer_id, 42170);
  const auto emb = p.model.text_encoder->token_embedding()->weight.detach();
  EXPECT_EQ(emb.size(0), 49409);
  EXPECT_EQ(max_abs_diff(emb[49408], g.at("init.token_embedding.modifier_row")), 0.0);
  EXPECT_EQ(max_abs_diff(emb[42170], g.at("init.token_embedding.initializer_row")), 0.0);
  EXPECT_EQ(p.params.size(), 12u);
  for (auto& [name, t] : p.params)
    EXPECT_EQ(max_abs_diff(t, g.at("init.param." + name)), 0.0) << name;
  // The tokenizer now reads <new1> as one token.
  EXPECT_EQ(p.model.tokenizer.encode("photo of a <new1> cat")[4], 49408);
}

TEST(GoldenTrainStep, TwoStepsEqualDiffusers) {
  CDS_REQUIRE_GOLDEN();
  const auto g =
      test::on_device(load_safetensors(test::golden_dir() / "cases/train_step.safetensors"));
  run_and_compare(g, g, 2, 1.0);
}

TEST(GoldenTrainStep, ClippedStepEqualsDiffusers) {
  CDS_REQUIRE_GOLDEN();
  const auto batch =
      test::on_device(load_safetensors(test::golden_dir() / "cases/train_step.safetensors"));
  const auto g =
      test::on_device(load_safetensors(test::golden_dir() / "cases/train_step_clip.safetensors"));
  run_and_compare(g, batch, 1, 0.02);
}

TEST(TrainStep, ModifierTokenSetUp) {
  auto p = prepare(test::demo_model_dir());
  const int64_t vocab = test::demo_vocab_size();
  ASSERT_EQ(p.tokens.size(), 1u);
  EXPECT_EQ(p.tokens[0].id, vocab);
  EXPECT_EQ(p.tokens[0].initializer_id, test::demo_vocab_id("ktn"));
  const auto emb = p.model.text_encoder->token_embedding()->weight.detach();
  EXPECT_EQ(emb.size(0), vocab + 1);
  // The new row starts as a copy of the initializer's (diffusers' records: GoldenTrainStep).
  EXPECT_EQ(max_abs_diff(emb[vocab], emb[p.tokens[0].initializer_id]), 0.0);
  EXPECT_EQ(p.params.size(), 8u);  // 4 cross-attention layers (down 1, mid 1, up 2) x to_k, to_v
  // The tokenizer now reads <new1> as one token.
  EXPECT_EQ(p.model.tokenizer.encode("photo of a <new1> cat")[4], vocab);
}

TEST(TrainStep, ModifierTokenErrors) {
  auto model = load_stable_diffusion(test::demo_model_dir().string(), test::load_options());
  EXPECT_THROW(
      add_modifier_tokens(model.tokenizer, model.text_encoder, {"<new1>"}, {"notavocabentry"}),
      CoreError);
  EXPECT_THROW(
      add_modifier_tokens(model.tokenizer, model.text_encoder, {"<new1>", "<new2>"}, {"ktn"}),
      CoreError);
  EXPECT_THROW(add_modifier_tokens(model.tokenizer, model.text_encoder, {"cat</w>"}, {"ktn"}),
               CoreError);
  const auto two = add_modifier_tokens(model.tokenizer, model.text_encoder, {"<new1>", "<new2>"},
                                       {"ktn", "pll"});
  EXPECT_EQ(two[1].id, test::demo_vocab_size() + 1);
  EXPECT_EQ(two[1].initializer_id, test::demo_vocab_id("pll"));
  EXPECT_THROW(add_modifier_tokens(model.tokenizer, model.text_encoder, {"<new1>"}, {"ktn"}),
               CoreError);
}

TEST(TrainStep, EveryModifierTokenLearns) {
  // diffusers' mask loop leaves the second token of two frozen; here both rows learn.
  auto model = load_stable_diffusion(test::demo_model_dir().string(), test::load_options());
  auto tokens = add_modifier_tokens(model.tokenizer, model.text_encoder, {"<new1>", "<new2>"},
                                    {"ktn", "pll"});
  auto params = install_custom_diffusion(model.unet, FreezeMode::CrossAttnKV);
  CustomDiffusionStep trainer(model, tokens, params, golden_options());
  const auto d = demo_batch(model.tokenizer, "photo of a <new1> cat", "photo of a <new2> dog");
  const auto before = trainer.token_embedding_weight().detach().clone();
  trainer.step(d.batch, d.random);
  const auto after = trainer.token_embedding_weight().detach();
  ASSERT_EQ(tokens.size(), 2u);
  for (const auto& token : tokens)
    EXPECT_GT((after[token.id] - before[token.id]).abs().max().item<double>(), 1e-7) << token.token;
}

}  // namespace cds

namespace cds {

TEST(TrainStep, GradientCheckpointingGivesTheSameGradients) {
  std::vector<std::map<std::string, torch::Tensor>> grads(2);
  for (int checkpointed = 0; checkpointed < 2; ++checkpointed) {
    auto p = prepare(test::demo_model_dir());
    const auto d = demo_batch(p.model.tokenizer);
    p.model.unet->set_gradient_checkpointing(checkpointed == 1);
    CustomDiffusionStep trainer(p.model, p.tokens, p.params, golden_options());
    const auto loss = trainer.forward_loss(d.batch, d.random);
    trainer.backward(loss);
    for (auto& [name, t] : p.params) grads[checkpointed][name] = t.grad().clone();
    grads[checkpointed]["embedding"] =
        trainer.token_embedding_weight().grad()[p.tokens[0].id].clone();
  }
  ASSERT_EQ(grads[0].size(), 9u);  // 8 K/V weights and the embedding row
  for (const auto& [name, t] : grads[0])
    EXPECT_LT(max_abs_diff(grads[1].at(name), t), 1e-7) << name;
}

}  // namespace cds

namespace cds {

TEST(TrainStep, GradientCheckpointingWithoutModifierTokens) {
  // Without a trainable embedding the first transformer's inputs need no gradient; its
  // processor weights must still get theirs.
  std::vector<std::map<std::string, torch::Tensor>> grads(2);
  for (int checkpointed = 0; checkpointed < 2; ++checkpointed) {
    auto model = load_stable_diffusion(test::demo_model_dir().string(), test::load_options());
    const auto d = demo_batch(model.tokenizer, "photo of a cat", "photo of a cat");
    auto params = install_custom_diffusion(model.unet, FreezeMode::CrossAttnKV);
    model.unet->set_gradient_checkpointing(checkpointed == 1);
    CustomDiffusionStep trainer(model, {}, params, golden_options());
    trainer.backward(trainer.forward_loss(d.batch, d.random));
    for (auto& [name, t] : params) {
      ASSERT_TRUE(t.grad().defined()) << name;
      grads[checkpointed][name] = t.grad().clone();
    }
  }
  for (const auto& [name, t] : grads[0])
    EXPECT_LT(max_abs_diff(grads[1].at(name), t), 1e-7) << name;
}

}  // namespace cds
