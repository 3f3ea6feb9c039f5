// The demo model (see demo_model.h). The vocabulary follows CLIP's construction (256 byte
// symbols, the same with </w>, merge results, then the two special tokens) with merges of our
// own; the networks are built at tiny widths and saved with their initial random weights.
// No OpenCV here: the engine-only build's tests use the demo model (its photos: demo_images.cpp).
#include "core/model/demo_model.h"

#include <algorithm>
#include <set>
#include <string>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/tensor_file.h"
#include "core/model/configs.h"
#include "core/nn/autoencoder_kl.h"
#include "core/nn/clip_text_model.h"
#include "core/nn/unet_2d_condition.h"
#include "core/text/clip_tokenizer.h"

namespace fs = std::filesystem;

namespace cds {

namespace {

void write_text(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  write_file_atomically(file, text);
}

// Left-to-right merges that make `word` one piece, as a whole word (with </w>) and as a
// sub-word entry (without), so it is both a one-token word and a valid initializer token.
void add_word_merges(const std::string& word,
                     std::vector<std::pair<std::string, std::string>>& merges,
                     std::set<std::pair<std::string, std::string>>& seen) {
  auto add = [&](const std::string& a, const std::string& b) {
    if (seen.insert({a, b}).second) merges.push_back({a, b});
  };
  if (word.size() < 2) return;
  std::string prefix(1, word[0]);
  for (size_t i = 1; i < word.size(); ++i) {
    const std::string next(1, word[i]);
    add(prefix, next);
    if (i + 1 == word.size()) add(prefix, next + "</w>");
    prefix += next;
  }
}

void write_weights(const fs::path& file, torch::nn::Module& module) {
  StateDict dict;
  for (const auto& p : module.named_parameters()) dict[p.key()] = p.value().detach().contiguous();
  for (const auto& b : module.named_buffers()) dict[b.key()] = b.value().detach().contiguous();
  fs::create_directories(file.parent_path());
  save_safetensors(file, dict);
}

}  // namespace

void write_demo_model(const fs::path& root, uint64_t seed) {
  torch::NoGradGuard no_grad;
  torch::manual_seed(seed);
  write_text(root / "model_index.json", R"({"_class_name": "StableDiffusionPipeline",
    "_diffusers_version": "0.31.0", "unet": ["diffusers", "UNet2DConditionModel"],
    "vae": ["diffusers", "AutoencoderKL"], "text_encoder": ["transformers", "CLIPTextModel"],
    "tokenizer": ["transformers", "CLIPTokenizer"], "scheduler": ["diffusers", "PNDMScheduler"],
    "safety_checker": [null, null], "feature_extractor": [null, null]})");

  // Tokenizer.
  std::vector<std::pair<std::string, std::string>> merges;
  std::set<std::pair<std::string, std::string>> seen;
  for (const char* w : {"photo", "of",       "a",     "cat",  "dog", "toy",  "person", "face",
                        "style", "painting", "in",    "the",  "on",  "with", "ktn",    "pll",
                        "ucd",   "sks",      "teddy", "bear", "car", "house"})
    add_word_merges(w, merges, seen);
  std::vector<std::string> vocab = clip_byte_vocabulary();
  const size_t base = vocab.size();
  for (size_t i = 0; i < base; ++i) vocab.push_back(vocab[i] + "</w>");
  std::string merges_txt = "#version: 0.2\n";
  std::set<std::string> present(vocab.begin(), vocab.end());
  for (const auto& [a, b] : merges) {
    if (present.insert(a + b).second) vocab.push_back(a + b);
    merges_txt += a + " " + b + "\n";
  }
  vocab.push_back("<|startoftext|>");
  vocab.push_back("<|endoftext|>");
  nlohmann::ordered_json vocab_json;
  for (size_t i = 0; i < vocab.size(); ++i) vocab_json[vocab[i]] = i;
  write_text(root / "tokenizer/vocab.json", vocab_json.dump());
  write_text(root / "tokenizer/merges.txt", merges_txt);
  write_text(
      root / "tokenizer/tokenizer_config.json",
      R"({"model_max_length": 77, "bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>",
                 "unk_token": "<|endoftext|>", "pad_token": "<|endoftext|>", "tokenizer_class": "CLIPTokenizer"})");

  // Text encoder. eos_token_id 2 selects transformers' legacy pooling (argmax of the ids), which
  // finds <|endoftext|> because it is the last vocabulary entry, as in CLIP.
  const nlohmann::json te{{"architectures", {"CLIPTextModel"}},
                          {"hidden_size", 32},
                          {"intermediate_size", 37},
                          {"num_hidden_layers", 2},
                          {"num_attention_heads", 4},
                          {"vocab_size", static_cast<int64_t>(vocab.size())},
                          {"max_position_embeddings", 77},
                          {"hidden_act", "quick_gelu"},
                          {"projection_dim", 32},
                          {"bos_token_id", 0},
                          {"eos_token_id", 2},
                          {"pad_token_id", 1},
                          {"torch_dtype", "float32"}};
  write_text(root / "text_encoder/config.json", te.dump(2));
  ClipTextModel text_encoder(ClipTextConfig::from_json(te));
  write_weights(root / "text_encoder/model.safetensors", *text_encoder);

  // UNet: the SD v1 block pattern at widths 32/64; 64-pixel images give 32x32 latents.
  const nlohmann::json unet{{"_class_name", "UNet2DConditionModel"},
                            {"block_out_channels", {32, 64}},
                            {"down_block_types", {"DownBlock2D", "CrossAttnDownBlock2D"}},
                            {"up_block_types", {"CrossAttnUpBlock2D", "UpBlock2D"}},
                            {"cross_attention_dim", 32},
                            {"attention_head_dim", 8},
                            {"layers_per_block", 1},
                            {"norm_num_groups", 32},
                            {"sample_size", 32},
                            {"in_channels", 4},
                            {"out_channels", 4}};
  write_text(root / "unet/config.json", unet.dump(2));
  UNet2DConditionModel unet_model(UNetConfig::from_json(unet));
  write_weights(root / "unet/diffusion_pytorch_model.safetensors", *unet_model);

  const nlohmann::json vae{{"_class_name", "AutoencoderKL"},
                           {"block_out_channels", {32, 64}},
                           {"down_block_types", {"DownEncoderBlock2D", "DownEncoderBlock2D"}},
                           {"up_block_types", {"UpDecoderBlock2D", "UpDecoderBlock2D"}},
                           {"latent_channels", 4},
                           {"layers_per_block", 1},
                           {"norm_num_groups", 32},
                           {"sample_size", 64},
                           {"scaling_factor", 0.18215}};
  write_text(root / "vae/config.json", vae.dump(2));
  AutoencoderKL vae_model(VaeConfig::from_json(vae));
  write_weights(root / "vae/diffusion_pytorch_model.safetensors", *vae_model);

  write_text(root / "scheduler/scheduler_config.json",
             R"({"_class_name": "PNDMScheduler", "beta_start": 0.00085, "beta_end": 0.012,
                 "beta_schedule": "scaled_linear", "num_train_timesteps": 1000, "steps_offset": 1,
                 "skip_prk_steps": true, "set_alpha_to_one": false, "clip_sample": false})");
  write_text(root / "README.txt",
             "A tiny demo model made by Custom Diffusion Studio with random weights.\n"
             "It runs the whole flow quickly but everything it makes is noise.\n");
}

}  // namespace cds
