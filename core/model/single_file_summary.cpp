// Summary of a single-file checkpoint (see model_summary.h): the same inference the loader
// makes (core/pipeline/single_file_loading.cpp), on names and shapes only.
#include <functional>
#include <set>
#include <sstream>

#include "core/model/model_summary.h"
#include "core/model/single_file_architecture.h"
#include "core/model/single_file_keys.h"
#include "core/pipeline/single_file_probe.h"

namespace cds {

namespace {

template <typename T>
std::string join(const std::vector<T>& v) {
  std::ostringstream s;
  for (size_t i = 0; i < v.size(); ++i) s << (i ? ", " : "") << v[i];
  return s.str();
}

int64_t numel(const TensorShape& shape) {
  int64_t n = 1;
  for (const int64_t d : shape) n *= d;
  return n;
}

bool is_float(const std::string& dtype) {
  return dtype == "F32" || dtype == "F16" || dtype == "BF16" || dtype == "F64";
}

}  // namespace

ModelSummary summarize_single_file(const std::filesystem::path& file,
                                   const std::string& prediction_type, const std::string& config,
                                   const std::string& vae_file) {
  const SingleFileProbe probe = probe_single_file(file);
  check_single_file_kind(file, probe.shapes);
  const SdVersion version = single_file_version(probe.shapes);
  const bool open_clip = !strip_prefix(probe.shapes, kLdmOpenClipPrefix).empty();
  const KeyConversion plan = single_file_to_diffusers(probe.shapes);

  SingleFileInfo info;
  info.family = version == SdVersion::V2 ? "Stable Diffusion 2.x" : "Stable Diffusion 1.x";
  info.global_step = probe.global_step;
  info.has_ema = !strip_prefix(probe.shapes, kLdmEmaPrefix).empty();
  const auto prediction =
      choose_prediction_type(version, probe.metadata, probe.global_step, prediction_type,
                             config.empty() ? std::nullopt : std::optional<std::string>(config));
  info.prediction_type = prediction.type;
  info.prediction_reason = prediction.reason;
  const int64_t resolution =
      version == SdVersion::V2 && prediction.type == "v_prediction" ? 768 : 512;

  ShapeMap converted;
  std::map<std::string, std::set<std::string>> precision;  // component -> dtypes
  std::map<std::string, int64_t> parameters;
  for (const auto& m : plan.tensors) {
    converted[m.target] = m.shape;
    const std::string component = m.target.substr(0, m.target.find('.'));
    const std::string dtype = probe.dtypes.at(m.sources.front());
    if (!is_float(dtype)) continue;
    precision[component].insert(dtype);
    parameters[component] += numel(m.shape);
  }
  info.unet_parameters = parameters["unet"];
  info.vae_parameters = parameters["vae"];
  info.text_encoder_parameters = parameters["text_encoder"];
  for (const auto& d : precision["unet"]) info.precision += (info.precision.empty() ? "" : "+") + d;
  const ShapeMap vae = strip_prefix(converted, "vae.");
  info.vae_source = !vae_file.empty() ? vae_file : vae.empty() ? "" : "in the checkpoint";
  const auto base = !config.empty() && std::filesystem::is_directory(config)
                        ? std::optional<std::filesystem::path>(config)
                        : find_cached_base_config(version);
  if (base) info.config_source = base->string();

  ModelSummary s;
  s.root = file;
  s.pipeline_class = "StableDiffusionPipeline";
  s.family = info.family + (prediction.type == "v_prediction" ? " (v-prediction)" : "");
  auto component = [&](const std::string& name, const std::string& class_name) {
    ComponentSummary c;
    c.name = name;
    c.class_name = class_name;
    c.dir = file;
    c.weight_files = {file};
    c.weight_format = "single file";
    for (const auto& d : precision[name]) c.precision += (c.precision.empty() ? "" : "+") + d;
    c.parameters = parameters[name];
    return c;
  };
  auto record = [&](ComponentSummary c, const std::function<void(ComponentSummary&)>& describe) {
    try {
      describe(c);
    } catch (const std::exception& e) {
      c.problem = e.what();
    }
    s.components.push_back(std::move(c));
  };
  VaeConfig vae_config;
  record(component("vae", "AutoencoderKL"), [&](ComponentSummary& c) {
    if (!vae_file.empty()) {
      c.weight_files = {vae_file};
      c.figures = {{"from", vae_file}};
      return;
    }
    if (vae.empty())
      throw CoreError("the file has no VAE (first_stage_model.*); give one with --vae FILE");
    vae_config = infer_vae_config(file, vae, resolution);
    c.figures = {{"block channels", join(vae_config.block_out_channels)},
                 {"latent channels", std::to_string(vae_config.latent_channels)},
                 {"downsampling", std::to_string(vae_config.downsampling_factor()) + "x"}};
  });
  record(component("unet", "UNet2DConditionModel"), [&](ComponentSummary& c) {
    const auto u = infer_unet_config(file, strip_prefix(converted, "unet."), version, resolution,
                                     vae_config.downsampling_factor());
    c.figures = {{"block channels", join(u.block_out_channels)},
                 {"layers per block", std::to_string(u.layers_per_block)},
                 {"cross-attention dim", std::to_string(u.cross_attention_dim)},
                 {"attention heads", join(u.attention_head_dim)},
                 {"linear projection", u.use_linear_projection ? "yes" : "no"},
                 {"sample size", std::to_string(u.sample_size)}};
  });
  record(component("text_encoder", "CLIPTextModel"), [&](ComponentSummary& c) {
    const auto t = infer_clip_text_config(
        file, strip_prefix(converted, "text_encoder."),
        open_clip ? TextEncoderLayout::OpenClip : TextEncoderLayout::OpenAiClip);
    c.figures = {{"hidden size", std::to_string(t.hidden_size)},
                 {"layers", std::to_string(t.num_hidden_layers)},
                 {"heads", std::to_string(t.num_attention_heads)},
                 {"activation", t.hidden_act},
                 {"vocabulary", std::to_string(t.vocab_size)}};
  });
  for (const char* name : {"tokenizer", "scheduler"}) {
    ComponentSummary c;
    c.name = name;
    c.class_name = name == std::string("tokenizer") ? "CLIPTokenizer" : "";
    if (base) {
      c.dir = *base / name;
      c.figures = {{"from", base->string()}};
    } else {
      c.problem = "no matching base model (" + base_models_for(version).front() +
                  ") is in the Hugging Face cache; cdstudio-cli generate downloads its small "
                  "files, or give a --config folder";
    }
    s.components.push_back(std::move(c));
  }
  s.single_file = info;
  return s;
}

}  // namespace cds
