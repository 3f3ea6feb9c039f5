// Shared by the export and adapter tests: a concept folder with large random changes (so that
// a change not applied shows), the base model's render, and a snapshot of a model's weights.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include <torch/torch.h>

#include "core/pipeline/stable_diffusion.h"
#include "core/train/custom_diffusion_setup.h"
#include "core/train/custom_diffusion_weights.h"

namespace cds::test {

// Writes a Custom Diffusion output folder for `base`: every trained projection moved by
// 0.2 * N(0, 1) and one token <new1> (from "ktn") with a random row.
inline void write_random_concept(const std::filesystem::path& base,
                                 const std::filesystem::path& folder, FreezeMode mode,
                                 uint64_t seed = 3) {
  auto model = load_stable_diffusion(base.string());
  const auto tokens = add_modifier_tokens(model.tokenizer, model.text_encoder, {"<new1>"}, {"ktn"});
  const auto params = install_custom_diffusion(model.unet, mode);
  torch::manual_seed(seed);
  torch::NoGradGuard no_grad;
  for (const auto& [name, p] : params) p.add_(torch::randn_like(p) * 0.2);
  auto row = model.text_encoder->token_embedding()->weight[tokens[0].id];
  row.add_(torch::randn_like(row));
  save_custom_diffusion_weights(folder, model.unet, tokens, model.text_encoder);
}

// DDIM, 3 steps, guidance 7.5, 64 x 64, a fixed seed: [1, 3, 64, 64] in [0, 1].
inline torch::Tensor render_small(StableDiffusionModel& model, const std::string& prompt) {
  GenerationParams p;
  p.prompt = prompt;
  p.scheduler = "ddim";
  p.steps = 3;
  p.width = p.height = 64;
  p.seed = 42;
  return generate(model, p).images;
}

// Every weight of the text encoder and UNet (Custom Diffusion processors included), copied,
// and the tokenizer's size: what "the model is unchanged" compares.
struct ModelSnapshot {
  std::map<std::string, torch::Tensor> weights;
  size_t tokenizer_size = 0;
};

inline ModelSnapshot snapshot(StableDiffusionModel& model) {
  ModelSnapshot s;
  for (const auto& p : model.unet->named_parameters()) s.weights["unet." + p.key()] = p->clone();
  for (const auto& p : model.text_encoder->named_parameters())
    s.weights["te." + p.key()] = p->clone();
  s.tokenizer_size = model.tokenizer.size();
  return s;
}

inline void expect_unchanged(StableDiffusionModel& model, const ModelSnapshot& before) {
  const auto now = snapshot(model);
  EXPECT_EQ(now.tokenizer_size, before.tokenizer_size);
  ASSERT_EQ(now.weights.size(), before.weights.size());
  for (const auto& [key, t] : before.weights) {
    const auto it = now.weights.find(key);
    ASSERT_NE(it, now.weights.end()) << key;
    EXPECT_TRUE(it->second.sizes() == t.sizes() && torch::equal(it->second, t)) << key;
  }
}

}  // namespace cds::test
