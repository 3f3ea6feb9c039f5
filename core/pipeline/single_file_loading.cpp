// Single-file checkpoint loading (see single_file_loading.h), following diffusers'
// FromSingleFileMixin.from_single_file: read the file, find its type, convert each component's
// keys, build the components from configs, take tokenizer and scheduler from a base model.
#include "core/pipeline/single_file_loading.h"
#include "core/pipeline/single_file_probe.h"

#include <fstream>
#include <set>
#include <sstream>

#include <torch/torch.h>

#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "core/io/state_dict_pickle.h"
#include "core/io/tensor_file.h"
#include "core/model/model_folder.h"
#include "core/model/single_file_architecture.h"
#include "core/nn/state_dict.h"
#include "core/runtime.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

std::string list_some(const std::vector<std::string>& names) {
  std::ostringstream s;
  for (size_t i = 0; i < names.size() && i < 5; ++i) s << (i ? ", " : "") << names[i];
  if (names.size() > 5) s << " and " << names.size() - 5 << " more";
  return s.str();
}

StateDict with_prefix_removed(const StateDict& all, const std::string& prefix) {
  StateDict out;
  for (auto it = all.lower_bound(prefix); it != all.end() && starts_with(it->first, prefix); ++it)
    out.emplace(it->first.substr(prefix.size()), it->second);
  return out;
}

int64_t parameters(const StateDict& weights) {
  int64_t n = 0;
  for (const auto& [_, t] : weights)
    if (t.is_floating_point()) n += t.numel();
  return n;
}

std::string precision_of(const StateDict& weights) {
  std::set<std::string> names;
  for (const auto& [_, t] : weights) {
    if (!t.is_floating_point()) continue;
    const auto d = t.scalar_type();
    names.insert(d == torch::kFloat      ? "F32"
                 : d == torch::kHalf     ? "F16"
                 : d == torch::kBFloat16 ? "BF16"
                                         : "F64");
  }
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "+") + n;
  return out;
}

// The VAE of a separate file, in diffusers' names: the original layout (with or without
// first_stage_model.) is converted, a diffusers VAE file is taken as it is.
StateDict read_vae_file(const fs::path& file, std::string& layout) {
  const auto ckpt = read_checkpoint_file(file);
  StateDict tensors = ckpt.tensors;
  if (shapes_of(tensors).count("first_stage_model.encoder.conv_in.weight"))
    tensors = with_prefix_removed(tensors, kLdmVaePrefix);
  const auto shapes = shapes_of(tensors);
  const auto diffusers_key = shapes.lower_bound("encoder.down_blocks.");
  if (diffusers_key != shapes.end() && starts_with(diffusers_key->first, "encoder.down_blocks.")) {
    layout = "diffusers layout";
    return tensors;
  }
  const auto ldm_key = shapes.lower_bound("encoder.down.");
  if (ldm_key == shapes.end() || !starts_with(ldm_key->first, "encoder.down."))
    throw FileError(file,
                    "this is not a VAE: it has no encoder.down.* or encoder.down_blocks.* "
                    "tensors");
  auto plan = vae_from_ldm(shapes);
  std::vector<std::string> unknown;
  for (const auto& k : plan.unmapped)
    if (starts_with(k, "encoder.") || starts_with(k, "decoder.") || starts_with(k, "quant_conv") ||
        starts_with(k, "post_quant_conv"))
      unknown.push_back(k);
  if (!unknown.empty())
    throw FileError(file, "the VAE has tensors this engine does not know: " + list_some(unknown));
  layout = "original layout";
  return apply_key_conversion(plan, tensors);
}

// The folder that gives tokenizer and scheduler (and, when the user named it, configs).
fs::path config_folder(const fs::path& file, SdVersion version, const LoadOptions& o) {
  if (!o.config.empty()) {
    std::error_code ec;
    if (fs::is_directory(o.config, ec) && has_tokenizer_and_scheduler(o.config)) return o.config;
    const auto root = ModelFolder::open(o.config).root();
    if (!has_tokenizer_and_scheduler(root))
      throw FileError(root,
                      "has no tokenizer/ (vocab.json, merges.txt) or scheduler/ folder, "
                      "which --config needs");
    return root;
  }
  if (const auto cached = find_cached_base_config(version)) return *cached;
  const std::string repo = base_models_for(version).front();
  if (!o.fetch_config) throw MissingBaseConfig(file, repo);
  const fs::path fetched = o.fetch_config(repo);
  if (!has_tokenizer_and_scheduler(fetched))
    throw FileError(fetched, "has no tokenizer or scheduler settings after the download");
  return fetched;
}

template <typename Module>
void load_component(Module& module, const StateDict& weights, const std::string& source,
                    const c10::Device& device, c10::ScalarType dtype,
                    const std::set<std::string>& ignored = {}) {
  load_state_dict(*module, weights, source, ignored);
  module->to(device, dtype);
  module->eval();
}

}  // namespace

bool is_single_file_model(const std::string& model) {
  std::error_code ec;
  return !model.empty() && fs::is_regular_file(model, ec);
}

ShapeMap shapes_of(const StateDict& tensors) {
  ShapeMap out;
  for (const auto& [k, t] : tensors)
    if (t.defined()) out.emplace(k, t.sizes().vec());
  return out;
}

CheckpointFile read_checkpoint_file(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) throw FileError(file, "file not found");
  CheckpointFile out;
  char head[2] = {0, 0};
  {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file, "cannot open");
    in.read(head, 2);
  }
  if (head[0] == 'P' && head[1] == 'K') {
    auto contents = read_checkpoint_pickle(file);
    out.tensors = std::move(contents.tensors);
    out.global_step = contents.global_step;
  } else {
    out.metadata = SafetensorsFile::open(file).metadata();
    out.tensors = load_safetensors(file);
  }
  return out;
}

SingleFileProbe probe_single_file(const fs::path& file) {
  SingleFileProbe probe;
  char head[2] = {0, 0};
  {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file, "cannot open");
    in.read(head, 2);
  }
  if (head[0] == 'P' && head[1] == 'K') {
    const auto contents = read_checkpoint_pickle(file);
    probe.global_step = contents.global_step;
    for (const auto& [k, t] : contents.tensors) {
      probe.shapes.emplace(k, t.sizes().vec());
      const auto d = t.scalar_type();
      probe.dtypes.emplace(k, d == torch::kFloat      ? "F32"
                              : d == torch::kHalf     ? "F16"
                              : d == torch::kBFloat16 ? "BF16"
                              : d == torch::kDouble   ? "F64"
                                                      : "other");
    }
  } else {
    const auto st = SafetensorsFile::open(file);
    probe.metadata = st.metadata();
    for (const auto& e : st.tensors()) {
      probe.shapes.emplace(e.name, e.shape);
      probe.dtypes.emplace(e.name, dtype_name(e.dtype));
    }
  }
  return probe;
}

std::string resolve_single_file_config(
    const std::string& model, const std::string& config,
    const std::function<fs::path(const std::string& repo_id)>& fetch) {
  if (!config.empty() || !is_single_file_model(model)) return config;
  const auto probe = probe_single_file(model);
  check_single_file_kind(model, probe.shapes);
  const SdVersion version = single_file_version(probe.shapes);
  if (find_cached_base_config(version)) return "";
  const std::string repo = base_models_for(version).front();
  if (!fetch) throw MissingBaseConfig(model, repo);
  return fetch(repo).string();
}

StateDict apply_key_conversion(const KeyConversion& plan, const StateDict& from) {
  StateDict out;
  for (const auto& m : plan.tensors) {
    std::vector<torch::Tensor> sources;
    for (const auto& s : m.sources) sources.push_back(from.at(s));
    torch::Tensor t;
    switch (m.op) {
      case KeyOp::Copy:
        t = sources[0];
        break;
      case KeyOp::Conv1x1ToLinear:
      case KeyOp::LinearToConv1x1:
        t = sources[0].reshape(m.shape);  // [O, I, 1, 1] <-> [O, I]: same values
        break;
      case KeyOp::SplitRows:
        t = sources[0].chunk(m.parts, 0)[m.part];
        break;
      case KeyOp::ConcatRows:
        t = torch::cat(sources, 0);
        break;
    }
    out.emplace(m.target, t);
  }
  return out;
}

StableDiffusionModel load_stable_diffusion_single_file(const fs::path& file, const LoadOptions& o) {
  check_device_dtype(o.device, o.dtype);
  const CheckpointFile ckpt = read_checkpoint_file(file);
  const ShapeMap shapes = shapes_of(ckpt.tensors);
  check_single_file_kind(file, shapes);
  const SdVersion version = single_file_version(shapes);
  const auto open_clip_keys = strip_prefix(shapes, kLdmOpenClipPrefix);
  const TextEncoderLayout layout =
      open_clip_keys.empty() ? TextEncoderLayout::OpenAiClip : TextEncoderLayout::OpenClip;

  SingleFileInfo info;
  info.family = version == SdVersion::V2 ? "Stable Diffusion 2.x" : "Stable Diffusion 1.x";
  info.global_step = ckpt.global_step;
  info.has_ema = !strip_prefix(shapes, kLdmEmaPrefix).empty();

  // Keys this engine does not know are an error before anything is looked up or loaded.
  std::vector<std::string> unknown;
  for (const auto& k : single_file_to_diffusers(shapes).unmapped)
    if (starts_with(k, kLdmUnetPrefix) || starts_with(k, kLdmVaePrefix) ||
        starts_with(k, kLdmClipPrefix) || starts_with(k, kLdmOpenClipPrefix))
      unknown.push_back(k);
  if (!unknown.empty())
    throw FileError(file,
                    "the checkpoint has tensors this engine does not know (not a Stable "
                    "Diffusion 1.x / 2.x layout?): " +
                        list_some(unknown));

  const fs::path config = config_folder(file, version, o);
  const bool explicit_config = !o.config.empty();
  info.config_source = config.string();
  SchedulerConfig scheduler = read_scheduler_config(config / "scheduler" / "scheduler_config.json");

  SingleFileKeyOptions key_options;
  key_options.use_ema = o.use_ema;
  // A --config folder says how many text encoder layers the model uses (SD 2: 23 of 24).
  const fs::path text_config = config / "text_encoder" / "config.json";
  std::optional<ClipTextConfig> given_text;
  std::error_code ec;
  if (explicit_config && fs::is_regular_file(text_config, ec)) {
    given_text = read_clip_text_config(text_config);
    if (layout == TextEncoderLayout::OpenClip)
      key_options.open_clip_layers = given_text->num_hidden_layers;
  }
  const KeyConversion plan = single_file_to_diffusers(shapes, key_options);
  for (const auto& m : plan.tensors)
    if (starts_with(m.sources.front(), kLdmEmaPrefix)) info.used_ema = true;

  StateDict converted = apply_key_conversion(plan, ckpt.tensors);
  StateDict unet_w = with_prefix_removed(converted, "unet.");
  StateDict text_w = with_prefix_removed(converted, "text_encoder.");
  StateDict vae_w = with_prefix_removed(converted, "vae.");
  converted.clear();
  if (text_w.empty())
    throw FileError(file,
                    "the file has no text encoder weights, which a Stable Diffusion "
                    "checkpoint needs");

  const std::optional<std::string> config_prediction =
      explicit_config ? std::optional<std::string>(scheduler.prediction_type.value_or("epsilon"))
                      : std::nullopt;
  const PredictionChoice prediction = choose_prediction_type(
      version, ckpt.metadata, ckpt.global_step, o.prediction_type, config_prediction);
  info.prediction_type = prediction.type;
  info.prediction_reason = prediction.reason;
  const int64_t resolution =
      version == SdVersion::V2 && prediction.type == "v_prediction" ? 768 : 512;

  // The VAE: a separate file, the checkpoint's own, or the base model's.
  std::string vae_label = "the checkpoint";
  std::optional<VaeConfig> vae_config;
  if (!o.vae.empty()) {
    std::string vae_layout;
    vae_w = read_vae_file(o.vae, vae_layout);
    info.vae_source = o.vae + " (" + vae_layout + ")";
    vae_label = o.vae;
  } else if (!vae_w.empty()) {
    info.vae_source = "in the checkpoint";
  } else if (fs::is_regular_file(config / "vae" / "config.json", ec)) {
    const fs::path dir = config / "vae";
    vae_w = load_component_weights(find_weight_files(dir));
    vae_config = read_vae_config(dir / "config.json");
    info.vae_source = dir.string();
    vae_label = dir.string();
  } else {
    throw FileError(file,
                    "the file has no VAE (first_stage_model.* tensors); give one with "
                    "--vae FILE");
  }
  if (!vae_config) {
    const fs::path given = config / "vae" / "config.json";
    vae_config = explicit_config && fs::is_regular_file(given, ec)
                     ? read_vae_config(given)
                     : infer_vae_config(vae_label, shapes_of(vae_w), resolution);
  }

  const fs::path unet_json = config / "unet" / "config.json";
  const UNetConfig unet_config =
      explicit_config && fs::is_regular_file(unet_json, ec)
          ? read_unet_config(unet_json)
          : infer_unet_config(file, shapes_of(unet_w), version, resolution,
                              vae_config->downsampling_factor());
  const ClipTextConfig text_config_used =
      given_text ? *given_text : infer_clip_text_config(file, shapes_of(text_w), layout);
  unet_config.validate();
  vae_config->validate();
  text_config_used.validate();

  info.precision = precision_of(unet_w);
  info.unet_parameters = parameters(unet_w);
  info.vae_parameters = parameters(vae_w);
  info.text_encoder_parameters = parameters(text_w);

  StableDiffusionModel sd;
  sd.source = file.string();
  sd.device = o.device;
  sd.dtype = o.dtype;
  sd.tokenizer = ClipTokenizer::from_folder(config / "tokenizer");
  sd.text_encoder = ClipTextModel(text_config_used);
  load_component(sd.text_encoder, text_w, file.string() + " (text encoder)", o.device, o.dtype);
  text_w.clear();
  sd.unet = UNet2DConditionModel(unet_config);
  load_component(sd.unet, unet_w, file.string() + " (UNet)", o.device, o.dtype);
  unet_w.clear();
  sd.unet->set_attention_kernel(o.attention);
  // As for folders: on the CPU a bfloat16 run keeps its VAE in float32 (stable_diffusion.cpp).
  const auto vae_dtype = o.device.is_cpu() && o.dtype == torch::kBFloat16 ? torch::kFloat : o.dtype;
  sd.vae = AutoencoderKL(*vae_config);
  load_component(sd.vae, vae_w, vae_label + " (VAE)", o.device, vae_dtype);
  sd.vae->set_attention_kernel(o.attention);

  scheduler.prediction_type = prediction.type;
  sd.scheduler_config = scheduler;
  sd.default_scheduler = scheduler_name_for_class(scheduler.class_name);
  if (sd.default_scheduler.empty()) sd.default_scheduler = "pndm";
  sd.single_file = info;
  return sd;
}

}  // namespace cds
