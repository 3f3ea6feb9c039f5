// Model folder summary (see model_summary.h). Reads configs and safetensors headers only;
// PyTorch .bin weights have no header and are loaded to be counted.
#include "core/model/model_summary.h"

#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "core/io/tensor_file.h"
#include "core/model/configs.h"

namespace cds {

namespace {

const std::vector<std::string> kRequired = {"unet", "vae", "text_encoder", "tokenizer",
                                            "scheduler"};

template <typename T>
std::string join(const std::vector<T>& v) {
  std::ostringstream s;
  for (size_t i = 0; i < v.size(); ++i) s << (i ? ", " : "") << v[i];
  return s.str();
}

std::string number(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

void count_weights(ComponentSummary& c, const ComponentWeights& w) {
  c.weight_files = w.files;
  c.weight_format = w.format == WeightFormat::Safetensors ? "safetensors" : "PyTorch pickle";
  std::set<std::string> dtypes;
  for (const auto& file : w.files) {
    if (w.format == WeightFormat::Safetensors) {
      const auto st = SafetensorsFile::open(file);
      for (const auto& e : st.tensors()) {
        if (e.dtype != DType::F32 && e.dtype != DType::F16 && e.dtype != DType::BF16 &&
            e.dtype != DType::F64)
          continue;  // integer buffers such as position_ids are not parameters
        c.parameters += e.numel();
        dtypes.insert(dtype_name(e.dtype));
      }
    } else {
      for (const auto& [_, t] : load_weight_file(file)) {
        if (!t.is_floating_point()) continue;
        c.parameters += t.numel();
        const auto n = t.scalar_type();
        dtypes.insert(n == c10::kFloat      ? "F32"
                      : n == c10::kHalf     ? "F16"
                      : n == c10::kBFloat16 ? "BF16"
                                            : "F64");
      }
    }
  }
  c.precision.clear();
  for (const auto& d : dtypes) c.precision += (c.precision.empty() ? "" : "+") + d;
}

void describe(ComponentSummary& c, const ModelFolder& folder, const std::string& variant,
              std::map<std::string, std::string>& facts) {
  if (c.name == "unet") {
    const auto cfg = read_unet_config(folder.config_file("unet"));
    c.figures = {{"block channels", join(cfg.block_out_channels)},
                 {"layers per block", std::to_string(cfg.layers_per_block)},
                 {"cross-attention dim", std::to_string(cfg.cross_attention_dim)},
                 {"attention heads", join(cfg.num_attention_heads ? *cfg.num_attention_heads
                                                                  : cfg.attention_head_dim)},
                 {"linear projection", cfg.use_linear_projection ? "yes" : "no"},
                 {"sample size", std::to_string(cfg.sample_size)}};
    facts["cross_attention_dim"] = std::to_string(cfg.cross_attention_dim);
    count_weights(c, folder.weights("unet", variant));
  } else if (c.name == "vae") {
    const auto cfg = read_vae_config(folder.config_file("vae"));
    c.figures = {{"block channels", join(cfg.block_out_channels)},
                 {"latent channels", std::to_string(cfg.latent_channels)},
                 {"downsampling", std::to_string(cfg.downsampling_factor()) + "x"},
                 {"scaling factor", number(cfg.scaling_factor)}};
    count_weights(c, folder.weights("vae", variant));
  } else if (c.name == "text_encoder") {
    const auto cfg = read_clip_text_config(folder.config_file("text_encoder"));
    c.figures = {{"hidden size", std::to_string(cfg.hidden_size)},
                 {"layers", std::to_string(cfg.num_hidden_layers)},
                 {"heads", std::to_string(cfg.num_attention_heads)},
                 {"activation", cfg.hidden_act},
                 {"vocabulary", std::to_string(cfg.vocab_size)}};
    facts["hidden_act"] = cfg.hidden_act;
    count_weights(c, folder.weights("text_encoder", variant));
  } else if (c.name == "scheduler") {
    const auto cfg = read_scheduler_config(folder.config_file("scheduler"));
    c.figures = {{"prediction", cfg.prediction_type.value_or("epsilon")},
                 {"train timesteps", std::to_string(cfg.num_train_timesteps.value_or(1000))},
                 {"beta schedule", cfg.beta_schedule.value_or("linear")}};
    facts["prediction_type"] = cfg.prediction_type.value_or("epsilon");
  } else if (c.name == "tokenizer") {
    const auto dir = folder.component_dir("tokenizer");
    for (const char* f : {"vocab.json", "merges.txt"})
      if (!std::filesystem::exists(dir / f)) throw FileError(dir / f, "is missing");
    c.figures = {{"files", "vocab.json, merges.txt"}};
  }
}

}  // namespace

bool ModelSummary::usable() const {
  for (const auto& name : kRequired) {
    bool found = false;
    for (const auto& c : components)
      if (c.name == name) found = c.problem.empty();
    if (!found) return false;
  }
  return true;
}

ModelSummary summarize_model(const std::string& model, const std::string& variant) {
  std::error_code ec;
  if (!model.empty() && std::filesystem::is_regular_file(model, ec))
    return summarize_single_file(model);
  const auto folder = ModelFolder::open(model);
  ModelSummary s;
  s.root = folder.root();
  s.pipeline_class = folder.pipeline_class();
  std::map<std::string, std::string> facts;
  for (const auto& name : kRequired) {
    ComponentSummary c;
    c.name = name;
    if (const auto* comp = folder.find(name)) {
      c.class_name = comp->class_name;
      c.dir = comp->dir;
      try {
        describe(c, folder, variant, facts);
      } catch (const std::exception& e) {
        c.problem = e.what();
      }
    } else {
      c.problem = "model_index.json lists no " + name;
    }
    s.components.push_back(std::move(c));
  }
  // Family by the text conditioning width: SD 1.x uses CLIP ViT-L (768), SD 2.x OpenCLIP
  // ViT-H (1024). Small test models are named by their text encoder's activation instead.
  const auto cad = facts["cross_attention_dim"];
  const auto pred = facts.count("prediction_type") ? facts["prediction_type"] : "";
  if (cad == "768")
    s.family = "Stable Diffusion 1.x";
  else if (cad == "1024")
    s.family =
        pred == "v_prediction" ? "Stable Diffusion 2.x (v-prediction)" : "Stable Diffusion 2.x";
  else if (!cad.empty())
    s.family = std::string("Stable Diffusion ") + (facts["hidden_act"] == "gelu" ? "2.x" : "1.x") +
               "-style (cross-attention " + cad + ")";
  else
    s.family = "unknown";
  return s;
}

}  // namespace cds
