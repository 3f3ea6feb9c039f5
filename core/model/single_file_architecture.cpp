// Single-file checkpoint kinds and configs (see single_file_architecture.h). The key names that
// identify other model families are those diffusers' infer_diffusers_model_type checks.
#include "core/model/single_file_architecture.h"

#include <algorithm>
#include <set>

#include "core/error.h"

namespace cds {

namespace {

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

bool any_key(const ShapeMap& keys, bool (*pred)(const std::string&)) {
  return std::any_of(keys.begin(), keys.end(), [&](const auto& kv) { return pred(kv.first); });
}

bool has_prefix(const ShapeMap& keys, const std::string& prefix) {
  const auto it = keys.lower_bound(prefix);
  return it != keys.end() && starts_with(it->first, prefix);
}

const TensorShape& shape_of(const std::filesystem::path& file, const ShapeMap& keys,
                            const std::string& key, size_t min_dims, const char* component) {
  const auto it = keys.find(key);
  if (it == keys.end())
    throw FileError(
        file, std::string("the ") + component + " weights are incomplete: " + key + " is missing");
  if (it->second.size() < min_dims)
    throw FileError(
        file, std::string("the ") + component + " tensor " + key + " has an unexpected shape");
  return it->second;
}

// The number of distinct N in keys "<prefix>N.".
int64_t count_indices(const ShapeMap& keys, const std::string& prefix) {
  std::set<std::string> seen;
  for (auto it = keys.lower_bound(prefix); it != keys.end() && starts_with(it->first, prefix);
       ++it) {
    const auto rest = it->first.substr(prefix.size());
    const auto n = rest.substr(0, rest.find('.'));
    if (!n.empty() && std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
      seen.insert(n);
  }
  return static_cast<int64_t>(seen.size());
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

void check_single_file_kind(const std::filesystem::path& file, const ShapeMap& keys) {
  auto refuse = [&](const std::string& what) { throw FileError(file, what); };
  if (keys.empty()) refuse("the file holds no tensors; it is not a Stable Diffusion checkpoint");
  if (any_key(keys, [](const std::string& k) {
        return starts_with(k, "lora_unet_") || starts_with(k, "lora_te") ||
               contains(k, ".lora_down.") || contains(k, ".lora_up.") || contains(k, ".lora_A.") ||
               contains(k, ".lora_B.") || contains(k, ".hada_w1_") || contains(k, ".lokr_w1");
      }))
    refuse(
        "this is a LoRA / LyCORIS file, not a Stable Diffusion model: it only adds to a base "
        "model and cannot be opened as one");
  if (keys.count("string_to_param.*") || keys.count("emb_params") ||
      any_key(keys, [](const std::string& k) { return starts_with(k, "string_to_param."); }))
    refuse("this is a textual-inversion embedding, not a Stable Diffusion model");
  if (has_prefix(keys, "conditioner.embedders."))
    refuse(
        "this is a Stable Diffusion XL checkpoint; only Stable Diffusion 1.x and 2.x models "
        "can be opened");
  if (has_prefix(keys, "model.diffusion_model.joint_blocks.") || has_prefix(keys, "text_encoders."))
    refuse(
        "this is a Stable Diffusion 3 checkpoint; only Stable Diffusion 1.x and 2.x models can "
        "be opened");
  if (has_prefix(keys, "double_blocks.") ||
      has_prefix(keys, "model.diffusion_model.double_blocks."))
    refuse("this is a FLUX checkpoint; only Stable Diffusion 1.x and 2.x models can be opened");
  if (has_prefix(keys, "control_model.") || has_prefix(keys, "input_hint_block."))
    refuse("this is a ControlNet, not a Stable Diffusion model");
  if (has_prefix(keys, "down_blocks.") || has_prefix(keys, "encoder.down_blocks.") ||
      has_prefix(keys, "text_model."))
    refuse(
        "this is one component of a model in diffusers layout, not a single-file checkpoint; "
        "open the model's folder instead");
  if (!has_prefix(keys, kLdmUnetPrefix))
    refuse(
        "the file holds no Stable Diffusion UNet (no model.diffusion_model.* tensors); it is "
        "not a Stable Diffusion checkpoint");
  if (has_prefix(keys, "model.diffusion_model.label_emb."))
    refuse(
        "the UNet has class or size conditioning (label_emb), as SDXL, unCLIP and upscaler "
        "models do; only Stable Diffusion 1.x and 2.x text-to-image models can be opened");
  const auto conv_in = keys.find("model.diffusion_model.input_blocks.0.0.weight");
  if (conv_in != keys.end() && conv_in->second.size() == 4 && conv_in->second[1] != 4) {
    const int64_t c = conv_in->second[1];
    if (c == 9)
      refuse(
          "this is an inpainting model (its UNet takes 9 input channels); only text-to-image "
          "models (4 channels) can be opened");
    if (c == 8)
      refuse(
          "this is an InstructPix2Pix model (its UNet takes 8 input channels); only "
          "text-to-image models (4 channels) can be opened");
    refuse("the UNet takes " + std::to_string(c) +
           " input channels; only text-to-image models (4 channels) can be opened");
  }
  if (!has_prefix(keys, kLdmClipPrefix) && !has_prefix(keys, kLdmOpenClipPrefix))
    refuse(
        "the file has no text encoder (no cond_stage_model.* tensors), which a Stable "
        "Diffusion checkpoint needs");
}

SdVersion single_file_version(const ShapeMap& keys) {
  if (has_prefix(keys, kLdmOpenClipPrefix)) return SdVersion::V2;
  const auto it =
      keys.find("model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn2.to_k.weight");
  if (it != keys.end() && !it->second.empty() && it->second.back() == 1024) return SdVersion::V2;
  return SdVersion::V1;
}

UNetConfig infer_unet_config(const std::filesystem::path& file, const ShapeMap& unet,
                             SdVersion version, int64_t resolution, int64_t vae_scale_factor) {
  const char* what = "UNet";
  UNetConfig c = version == SdVersion::V2 ? UNetConfig::sd21() : UNetConfig::sd15();
  const int64_t levels = count_indices(unet, "down_blocks.");
  if (levels == 0) throw FileError(file, "the UNet weights have no down blocks");
  c.layers_per_block = count_indices(unet, "down_blocks.0.resnets.");
  c.in_channels = shape_of(file, unet, "conv_in.weight", 4, what)[1];
  c.out_channels = shape_of(file, unet, "conv_out.weight", 4, what)[0];
  c.block_out_channels.clear();
  c.down_block_types.clear();
  c.up_block_types.clear();
  c.transformer_layers_per_block.clear();
  c.cross_attention_dim = 0;
  c.use_linear_projection = false;
  for (int64_t i = 0; i < levels; ++i) {
    const std::string down = "down_blocks." + std::to_string(i) + ".";
    c.block_out_channels.push_back(
        shape_of(file, unet, down + "resnets.0.conv2.weight", 4, what)[0]);
    const bool attention = has_prefix(unet, down + "attentions.");
    c.down_block_types.push_back(attention ? "CrossAttnDownBlock2D" : "DownBlock2D");
    c.up_block_types.push_back(has_prefix(unet, "up_blocks." + std::to_string(i) + ".attentions.")
                                   ? "CrossAttnUpBlock2D"
                                   : "UpBlock2D");
    c.transformer_layers_per_block.push_back(
        attention
            ? std::max<int64_t>(1, count_indices(unet, down + "attentions.0.transformer_blocks."))
            : 1);
  }
  // One value when every level has the same depth, as diffusers' configs write it.
  if (std::all_of(c.transformer_layers_per_block.begin(), c.transformer_layers_per_block.end(),
                  [&](int64_t d) { return d == c.transformer_layers_per_block.front(); }))
    c.transformer_layers_per_block.resize(1);
  for (const auto& [key, shape] : unet) {
    if (c.cross_attention_dim == 0 && contains(key, ".attn2.to_k.weight") && shape.size() == 2)
      c.cross_attention_dim = shape[1];
    if (contains(key, ".proj_in.weight") && shape.size() == 2) c.use_linear_projection = true;
  }
  if (c.cross_attention_dim == 0)
    throw FileError(file,
                    "the UNet has no cross-attention layers; it is not a text-to-image model");
  // Heads: SD 1.x's LDM config has num_heads 8 (diffusers: attention_head_dim 8); SD 2.x has
  // num_head_channels 64, which diffusers turns into heads per level = channels / 64.
  if (version == SdVersion::V2) {
    c.attention_head_dim.clear();
    for (const int64_t ch : c.block_out_channels)
      c.attention_head_dim.push_back(std::max<int64_t>(1, ch / 64));
  } else {
    c.attention_head_dim = {8};
  }
  c.num_attention_heads.reset();
  c.sample_size = resolution / std::max<int64_t>(1, vae_scale_factor);
  return c;
}

VaeConfig infer_vae_config(const std::filesystem::path& file, const ShapeMap& vae,
                           int64_t resolution) {
  const char* what = "VAE";
  VaeConfig c = VaeConfig::sd15();
  const int64_t levels = count_indices(vae, "encoder.down_blocks.");
  if (levels == 0) throw FileError(file, "the VAE weights have no encoder blocks");
  c.layers_per_block = count_indices(vae, "encoder.down_blocks.0.resnets.");
  c.block_out_channels.clear();
  for (int64_t i = 0; i < levels; ++i)
    c.block_out_channels.push_back(
        shape_of(file, vae, "encoder.down_blocks." + std::to_string(i) + ".resnets.0.conv2.weight",
                 4, what)[0]);
  c.down_block_types.assign(static_cast<size_t>(levels), "DownEncoderBlock2D");
  c.up_block_types.assign(static_cast<size_t>(levels), "UpDecoderBlock2D");
  c.in_channels = shape_of(file, vae, "encoder.conv_in.weight", 4, what)[1];
  c.out_channels = shape_of(file, vae, "decoder.conv_out.weight", 4, what)[0];
  c.latent_channels = shape_of(file, vae, "decoder.conv_in.weight", 4, what)[1];
  c.sample_size = resolution;
  return c;
}

ClipTextConfig infer_clip_text_config(const std::filesystem::path& file, const ShapeMap& text,
                                      TextEncoderLayout layout) {
  const char* what = "text encoder";
  const bool open_clip = layout == TextEncoderLayout::OpenClip;
  ClipTextConfig c = open_clip ? ClipTextConfig::sd21() : ClipTextConfig::sd15();
  const auto& tokens =
      shape_of(file, text, "text_model.embeddings.token_embedding.weight", 2, what);
  c.vocab_size = tokens[0];
  c.hidden_size = tokens[1];
  c.max_position_embeddings =
      shape_of(file, text, "text_model.embeddings.position_embedding.weight", 2, what)[0];
  c.num_hidden_layers = count_indices(text, "text_model.encoder.layers.");
  if (c.num_hidden_layers == 0) throw FileError(file, "the text encoder weights have no layers");
  c.intermediate_size =
      shape_of(file, text, "text_model.encoder.layers.0.mlp.fc1.weight", 2, what)[0];
  // Both CLIP ViT-L (12 x 64) and OpenCLIP ViT-H (16 x 64) use 64-channel heads.
  c.num_attention_heads = std::max<int64_t>(1, c.hidden_size / 64);
  if (!open_clip) c.projection_dim = c.hidden_size;
  return c;
}

PredictionChoice choose_prediction_type(SdVersion version,
                                        const std::map<std::string, std::string>& metadata,
                                        std::optional<int64_t> global_step,
                                        const std::string& override,
                                        const std::optional<std::string>& config_folder) {
  if (!override.empty()) {
    if (override != "epsilon" && override != "v_prediction")
      throw CoreError("unknown prediction type \"" + override + "\" (use epsilon or v_prediction)");
    return {override, "set by the user"};
  }
  auto meta = [&](const char* key) -> std::string {
    const auto it = metadata.find(key);
    return it == metadata.end() ? "" : lower(it->second);
  };
  const auto spec = meta("modelspec.prediction_type");
  if (spec == "v" || spec == "v_prediction" || spec == "v-prediction" || spec == "velocity")
    return {"v_prediction", "file metadata (modelspec.prediction_type)"};
  if (spec == "epsilon" || spec == "eps")
    return {"epsilon", "file metadata (modelspec.prediction_type)"};
  const auto arch = meta("modelspec.architecture");
  if (arch.size() > 2 && arch.compare(arch.size() - 2, 2, "-v") == 0)
    return {"v_prediction", "file metadata (modelspec.architecture)"};
  const auto kohya = meta("ss_v_parameterization");
  if (kohya == "true") return {"v_prediction", "file metadata (ss_v_parameterization)"};
  if (kohya == "false") return {"epsilon", "file metadata (ss_v_parameterization)"};
  if (config_folder && !config_folder->empty())
    return {*config_folder, "the --config folder's scheduler"};
  if (version == SdVersion::V1) return {"epsilon", "Stable Diffusion 1.x models predict noise"};
  if (global_step && *global_step == 875000)
    return {"epsilon", "the Stable Diffusion 2 base checkpoint (global_step 875000), as diffusers"};
  return {"v_prediction",
          "diffusers' rule for Stable Diffusion 2.x files (768 px v-prediction); use "
          "--prediction_type epsilon for 512 px base models"};
}

}  // namespace cds
