// Random-weight Stable Diffusion models (see random_model.h). The tokenizer vocabulary follows
// CLIP's construction (GPT-2 byte symbols, the same with </w>, then the two special tokens) with
// no merges, so every prompt becomes one id per character; ids stay inside any CLIP vocabulary.
#include "bench/random_model.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/text/clip_tokenizer.h"

namespace fs = std::filesystem;

namespace cds::bench {

namespace {

// ClipTokenizer reads only folders, so the vocabulary goes through a temporary one.
ClipTokenizer byte_level_tokenizer() {
  const fs::path dir =
      fs::temp_directory_path() / ("cdstudio-bench-vocab-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<std::string> vocab = clip_byte_vocabulary();
  const size_t base = vocab.size();
  for (size_t i = 0; i < base; ++i) vocab.push_back(vocab[i] + "</w>");
  vocab.push_back("<|startoftext|>");
  vocab.push_back("<|endoftext|>");
  nlohmann::ordered_json vocab_json;
  for (size_t i = 0; i < vocab.size(); ++i) vocab_json[vocab[i]] = i;
  std::ofstream(dir / "vocab.json", std::ios::binary) << vocab_json.dump();
  std::ofstream(dir / "merges.txt", std::ios::binary) << "#version: 0.2\n";
  std::ofstream(dir / "tokenizer_config.json", std::ios::binary)
      << R"({"model_max_length": 77, "bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>",
            "unk_token": "<|endoftext|>", "pad_token": "<|endoftext|>"})";
  try {
    auto tokenizer = ClipTokenizer::from_folder(dir);
    fs::remove_all(dir);
    return tokenizer;
  } catch (...) {
    std::error_code ec;
    fs::remove_all(dir, ec);
    throw;
  }
}

// The golden tiny-sd model's configs (diffusers' own test model shapes).
void tiny_configs(ClipTextConfig& text, UNetConfig& unet, VaeConfig& vae) {
  text.hidden_size = 32;
  text.intermediate_size = 37;
  text.projection_dim = 32;
  text.num_hidden_layers = 5;
  text.num_attention_heads = 4;
  text.bos_token_id = 0;
  text.eos_token_id = 2;

  unet.sample_size = 32;
  unet.block_out_channels = {32, 64};
  unet.down_block_types = {"DownBlock2D", "CrossAttnDownBlock2D"};
  unet.up_block_types = {"CrossAttnUpBlock2D", "UpBlock2D"};
  unet.cross_attention_dim = 32;
  unet.attention_head_dim = {8};
  unet.layers_per_block = 2;

  vae.block_out_channels = {32, 64};
  vae.down_block_types.assign(2, "DownEncoderBlock2D");
  vae.up_block_types.assign(2, "UpDecoderBlock2D");
  vae.layers_per_block = 1;
  vae.sample_size = 64;
}

}  // namespace

StableDiffusionModel make_random_model(const std::string& kind, const c10::Device& device,
                                       c10::ScalarType dtype, AttentionKernel attention) {
  ClipTextConfig text_config;
  UNetConfig unet_config;
  VaeConfig vae_config;
  if (kind == "sd15") {
    text_config = ClipTextConfig::sd15();
    unet_config = UNetConfig::sd15();
    vae_config = VaeConfig::sd15();
  } else if (kind == "tiny") {
    tiny_configs(text_config, unet_config, vae_config);
  } else {
    throw CoreError("unknown random model \"" + kind + "\" (use sd15 or tiny)");
  }
  text_config.validate();
  unet_config.validate();
  vae_config.validate();

  torch::NoGradGuard no_grad;
  StableDiffusionModel sd;
  sd.source = "random " + kind;
  sd.tokenizer = byte_level_tokenizer();
  sd.text_encoder = ClipTextModel(text_config);
  sd.unet = UNet2DConditionModel(unet_config);
  sd.vae = AutoencoderKL(vae_config);
  sd.text_encoder->to(device, dtype);
  sd.unet->to(device, dtype);
  sd.vae->to(device, dtype);
  sd.text_encoder->eval();
  sd.unet->eval();
  sd.vae->eval();
  sd.unet->set_attention_kernel(attention);
  sd.vae->set_attention_kernel(attention);
  sd.scheduler_config = SchedulerConfig::sd15();
  sd.default_scheduler = "pndm";
  sd.device = device;
  sd.dtype = dtype;
  return sd;
}

}  // namespace cds::bench
