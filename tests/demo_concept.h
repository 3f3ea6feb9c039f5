// A Custom Diffusion concept for the demo model (core/model/demo_model.h), written without
// torch so that CLI and GUI tests can make one: random cross-attention key/value weights and
// the token <new1>.
#pragma once

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/io/safetensors_file.h"

namespace cds::test {

// A Custom Diffusion output folder for the demo model, written without torch: every
// cross-attention key/value weight ([64, 32] in its 4 layers) drawn at random, and <new1>.
inline void write_demo_concept(const std::filesystem::path& folder) {
  std::filesystem::create_directories(folder);
  std::mt19937 rng(11);
  std::normal_distribution<float> normal(0.0f, 0.3f);
  std::vector<std::vector<float>> keep;
  std::vector<TensorBytes> weights;
  const std::vector<std::string> layers = {"down_blocks.1.attentions.0", "mid_block.attentions.0",
                                           "up_blocks.0.attentions.0", "up_blocks.0.attentions.1"};
  keep.reserve(layers.size() * 2 + 1);
  for (const auto& layer : layers)
    for (const char* part : {"to_k", "to_v"}) {
      keep.emplace_back(64 * 32);
      for (auto& x : keep.back()) x = normal(rng);
      weights.push_back(
          {layer + ".transformer_blocks.0.attn2.processor." + part + "_custom_diffusion.weight",
           DType::F32,
           {64, 32},
           keep.back().data(),
           keep.back().size() * 4});
    }
  write_safetensors(folder / "pytorch_custom_diffusion_weights.safetensors", weights,
                    {{"format", "pt"}});
  keep.emplace_back(32);
  for (auto& x : keep.back()) x = normal(rng) * 3;
  write_safetensors(folder / "<new1>.safetensors",
                    {{"<new1>", DType::F32, {32}, keep.back().data(), 32 * 4}}, {{"format", "pt"}});
}

}  // namespace cds::test
