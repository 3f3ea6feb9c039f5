// Concept folders for the merge and compress tests, made without training: the demo model's
// Custom Diffusion weights and a new token's embedding moved by seeded noise (as training moves
// them, a few percent), saved with save_custom_diffusion_weights beside a training_args.json.
#pragma once

#include <filesystem>
#include <string>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/io/atomic_file.h"
#include "core/io/tensor_file.h"
#include "core/model/demo_model.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/train/custom_diffusion_setup.h"
#include "core/train/custom_diffusion_weights.h"

namespace cds::test {

struct ConceptSpec {
  std::string token = "<new1>";
  std::string initializer = "ktn";
  std::string class_word = "cat";
  uint64_t seed = 1;
  FreezeMode mode = FreezeMode::CrossAttnKV;
  double change = 0.05;  // noise relative to each weight's standard deviation
};

// Writes the concept trained "on" `model_dir` into `out`; returns `out`.
inline std::filesystem::path make_concept(const std::filesystem::path& model_dir,
                                          const std::filesystem::path& out,
                                          const ConceptSpec& spec) {
  auto model = load_stable_diffusion(model_dir.string());
  const auto tokens =
      add_modifier_tokens(model.tokenizer, model.text_encoder, {spec.token}, {spec.initializer});
  auto params = install_custom_diffusion(model.unet, spec.mode);
  torch::NoGradGuard no_grad;
  auto gen = at::detail::createCPUGenerator(spec.seed);
  auto row = model.text_encoder->token_embedding()->weight[tokens[0].id];
  row.add_(torch::randn(row.sizes(), gen, row.options()) * (0.5 * row.std().item<double>()));
  // The instance prompt's features at every position, padding included, as training sees them.
  const std::string prompt = "photo of a " + spec.token + " " + spec.class_word;
  const auto ids = model.tokenizer.encode_padded(prompt).ids;
  const auto features =
      model.text_encoder->forward(torch::tensor(ids).unsqueeze(0)).last_hidden_state[0];
  for (auto& [name, p] : params) {
    // Key/value move as gradient steps move them: along the features they were trained on
    // (the gradient of W c is an outer product with c). Query/output see image features: noise.
    const bool text = p.dim() == 2 && p.size(1) == features.size(1) &&
                      name.find("to_out") == std::string::npos &&
                      name.find("to_q") == std::string::npos;
    auto step = text ? torch::matmul(torch::randn({p.size(0), features.size(0)}, gen, p.options()),
                                     features)
                     : torch::randn(p.sizes(), gen, p.options());
    p.add_(step * (spec.change * p.norm().item<double>() / step.norm().item<double>()));
  }
  save_custom_diffusion_weights(out, model.unet, tokens, model.text_encoder);
  const nlohmann::json args = {
      {"pretrained_model_name_or_path", model_dir.string()},
      {"instance_prompt", "photo of a " + spec.token + " " + spec.class_word},
      {"class_prompt", spec.class_word},
      {"modifier_token", spec.token}};
  write_file_atomically(out / "training_args.json", args.dump(2));
  return out;
}

inline StateDict weights_of(const std::filesystem::path& dir) {
  return load_safetensors(dir / (std::string(kCustomDiffusionWeightsStem) + ".safetensors"));
}

// ||a - b||_F / ||b||_F in float64.
inline double rel_error(const torch::Tensor& a, const torch::Tensor& b) {
  const auto b64 = b.to(torch::kDouble);
  return (a.to(torch::kDouble) - b64).norm().item<double>() / b64.norm().item<double>();
}

}  // namespace cds::test
