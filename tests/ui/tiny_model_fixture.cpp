// Tiny model folder for GUI tests (see tiny_model_fixture.h). The vocabulary follows CLIP's
// construction (256 byte symbols, the same with </w>, merge results, then the two special
// tokens) but with seven merges of our own.
#include "tests/ui/tiny_model_fixture.h"

#include <algorithm>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/io/safetensors_file.h"

namespace fs = std::filesystem;

namespace cds::test {

namespace {

void write_text(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::string utf8(uint32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

// GPT-2 / CLIP bytes_to_unicode, in CLIP's vocabulary order.
std::vector<std::string> byte_symbols() {
  std::vector<int> bs;
  for (int b = '!'; b <= '~'; ++b) bs.push_back(b);
  for (int b = 0xA1; b <= 0xAC; ++b) bs.push_back(b);
  for (int b = 0xAE; b <= 0xFF; ++b) bs.push_back(b);
  std::vector<uint32_t> cs(bs.begin(), bs.end());
  int n = 0;
  for (int b = 0; b < 256; ++b) {
    if (std::find(bs.begin(), bs.end(), b) == bs.end()) {
      bs.push_back(b);
      cs.push_back(256 + n++);
    }
  }
  std::vector<std::string> out;
  for (auto c : cs) out.push_back(utf8(c));
  return out;
}

// Random float32 weights for the given shapes, written as one safetensors file.
void write_random_weights(const fs::path& file,
                          const std::vector<std::pair<std::string, std::vector<int64_t>>>& shapes) {
  std::mt19937 rng(1234);
  std::normal_distribution<float> normal(0.f, 0.02f);
  std::vector<std::vector<float>> storage;
  std::vector<TensorBytes> items;
  storage.reserve(shapes.size());
  for (const auto& [name, shape] : shapes) {
    int64_t n = 1;
    for (auto d : shape) n *= d;
    storage.emplace_back(static_cast<size_t>(n));
    for (auto& v : storage.back()) v = normal(rng);
    items.push_back({name, DType::F32, shape, storage.back().data(), storage.back().size() * sizeof(float)});
  }
  fs::create_directories(file.parent_path());
  write_safetensors(file, items, {{"format", "pt"}});
}

}  // namespace

void write_tiny_model(const fs::path& root) {
  write_text(root / "model_index.json", R"({"_class_name": "StableDiffusionPipeline",
    "_diffusers_version": "0.31.0", "unet": ["diffusers", "UNet2DConditionModel"],
    "vae": ["diffusers", "AutoencoderKL"], "text_encoder": ["transformers", "CLIPTextModel"],
    "tokenizer": ["transformers", "CLIPTokenizer"], "scheduler": ["diffusers", "PNDMScheduler"],
    "safety_checker": [null, null], "feature_extractor": [null, null]})");

  // Tokenizer.
  const std::vector<std::pair<std::string, std::string>> merges = {
      {"c", "a"}, {"ca", "t</w>"}, {"o", "f</w>"}, {"p", "h"}, {"ph", "o"}, {"pho", "t"}, {"phot", "o</w>"}};
  std::vector<std::string> vocab = byte_symbols();
  const size_t base = vocab.size();
  for (size_t i = 0; i < base; ++i) vocab.push_back(vocab[i] + "</w>");
  std::string merges_txt = "#version: 0.2\n";
  for (const auto& [a, b] : merges) {
    vocab.push_back(a + b);
    merges_txt += a + " " + b + "\n";
  }
  vocab.push_back("<|startoftext|>");
  vocab.push_back("<|endoftext|>");
  nlohmann::ordered_json vocab_json;
  for (size_t i = 0; i < vocab.size(); ++i) vocab_json[vocab[i]] = i;
  write_text(root / "tokenizer/vocab.json", vocab_json.dump());
  write_text(root / "tokenizer/merges.txt", merges_txt);
  write_text(root / "tokenizer/tokenizer_config.json",
             R"({"model_max_length": 77, "bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>",
                 "unk_token": "<|endoftext|>", "pad_token": "<|endoftext|>", "tokenizer_class": "CLIPTokenizer"})");

  // Text encoder: hidden 8, one layer, two heads.
  const int64_t V = static_cast<int64_t>(vocab.size()), H = 8, I = 12;
  write_text(root / "text_encoder/config.json",
             nlohmann::json{{"architectures", {"CLIPTextModel"}}, {"hidden_size", H},
                            {"intermediate_size", I}, {"num_hidden_layers", 1},
                            {"num_attention_heads", 2}, {"vocab_size", V},
                            {"max_position_embeddings", 77}, {"hidden_act", "quick_gelu"},
                            {"projection_dim", H}, {"bos_token_id", 0}, {"eos_token_id", 2}}
                 .dump(2));
  std::vector<std::pair<std::string, std::vector<int64_t>>> te = {
      {"text_model.embeddings.token_embedding.weight", {V, H}},
      {"text_model.embeddings.position_embedding.weight", {77, H}},
      {"text_model.final_layer_norm.weight", {H}},
      {"text_model.final_layer_norm.bias", {H}}};
  const std::string layer = "text_model.encoder.layers.0.";
  for (const char* p : {"k_proj", "v_proj", "q_proj", "out_proj"}) {
    te.push_back({layer + "self_attn." + p + ".weight", {H, H}});
    te.push_back({layer + "self_attn." + p + ".bias", {H}});
  }
  for (const char* p : {"layer_norm1", "layer_norm2"}) {
    te.push_back({layer + p + ".weight", {H}});
    te.push_back({layer + p + ".bias", {H}});
  }
  te.push_back({layer + "mlp.fc1.weight", {I, H}});
  te.push_back({layer + "mlp.fc1.bias", {I}});
  te.push_back({layer + "mlp.fc2.weight", {H, I}});
  te.push_back({layer + "mlp.fc2.bias", {H}});
  write_random_weights(root / "text_encoder/model.safetensors", te);

  // UNet and VAE: configs and a few weights, enough for the model page (no sampling here).
  write_text(root / "unet/config.json",
             R"({"_class_name": "UNet2DConditionModel", "block_out_channels": [32, 64],
                 "down_block_types": ["DownBlock2D", "CrossAttnDownBlock2D"],
                 "up_block_types": ["CrossAttnUpBlock2D", "UpBlock2D"], "cross_attention_dim": 8,
                 "attention_head_dim": 2, "sample_size": 16, "layers_per_block": 1})");
  write_random_weights(root / "unet/diffusion_pytorch_model.safetensors",
                       {{"conv_in.weight", {32, 4, 3, 3}}, {"conv_in.bias", {32}}});
  write_text(root / "vae/config.json",
             R"({"_class_name": "AutoencoderKL", "block_out_channels": [32, 64],
                 "down_block_types": ["DownEncoderBlock2D", "DownEncoderBlock2D"],
                 "up_block_types": ["UpDecoderBlock2D", "UpDecoderBlock2D"], "latent_channels": 4})");
  write_random_weights(root / "vae/diffusion_pytorch_model.safetensors",
                       {{"encoder.conv_in.weight", {32, 3, 3, 3}}, {"encoder.conv_in.bias", {32}}});
  write_text(root / "scheduler/scheduler_config.json",
             R"({"_class_name": "PNDMScheduler", "beta_start": 0.00085, "beta_end": 0.012,
                 "beta_schedule": "scaled_linear", "num_train_timesteps": 1000, "steps_offset": 1,
                 "skip_prk_steps": true, "set_alpha_to_one": false, "clip_sample": false})");
}

}  // namespace cds::test
