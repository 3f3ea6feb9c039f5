// `cdstudio-cli inspect MODEL`: what a model folder holds, readable or as JSON.
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/model/model_summary.h"

namespace cds::cli {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-cli inspect MODEL [--variant fp16] [--json]\n"
    "\n"
    "Shows the components of a Stable Diffusion model (a diffusers folder or ORG/NAME in the\n"
    "Hugging Face cache, or a single SD 1.x / 2.x checkpoint file), their key settings, weight\n"
    "files, precision and parameter counts; for a single file also what was inferred from it.\n"
    "Exits with 1 when a component the pipeline needs is missing or broken.\n";

std::string human_count(int64_t n) {
  std::ostringstream s;
  if (n >= 1'000'000'000)
    s << std::fixed << std::setprecision(2) << n / 1e9 << " B";
  else if (n >= 1'000'000)
    s << std::fixed << std::setprecision(1) << n / 1e6 << " M";
  else if (n >= 1'000)
    s << std::fixed << std::setprecision(1) << n / 1e3 << " k";
  else
    s << n;
  return s.str();
}

}  // namespace

int run_inspect(const std::vector<std::string>& argv) {
  const auto args = parse_args(argv, {{"variant"}, {"json", "help"}});
  if (args.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  if (args.positional().size() != 1) throw UsageError("give exactly one MODEL");
  const auto summary = summarize_model(args.positional()[0], args.value("variant"));

  if (args.has("json")) {
    nlohmann::ordered_json j;
    j["root"] = summary.root.string();
    j["pipeline"] = summary.pipeline_class;
    j["family"] = summary.family;
    j["usable"] = summary.usable();
    for (const auto& c : summary.components) {
      nlohmann::ordered_json cj;
      cj["class"] = c.class_name;
      cj["folder"] = c.dir.string();
      for (const auto& [k, v] : c.figures) cj["config"][k] = v;
      if (!c.weight_format.empty()) {
        cj["weights"]["format"] = c.weight_format;
        cj["weights"]["precision"] = c.precision;
        cj["weights"]["parameters"] = c.parameters;
        for (const auto& f : c.weight_files)
          cj["weights"]["files"].push_back(f.filename().string());
      }
      if (!c.problem.empty()) cj["problem"] = c.problem;
      j["components"][c.name] = cj;
    }
    if (const auto& sf = summary.single_file) {
      auto& f = j["single_file"];
      f["family"] = sf->family;
      f["prediction_type"] = sf->prediction_type;
      f["prediction_reason"] = sf->prediction_reason;
      f["precision"] = sf->precision;
      f["ema"] = sf->has_ema;
      f["vae"] = sf->vae_source;
      f["tokenizer_and_scheduler"] = sf->config_source;
      if (sf->global_step) f["global_step"] = *sf->global_step;
      f["parameters"] = {{"unet", sf->unet_parameters},
                         {"vae", sf->vae_parameters},
                         {"text_encoder", sf->text_encoder_parameters}};
    }
    std::cout << j.dump(2) << "\n";
    return summary.usable() ? 0 : 1;
  }

  std::cout << "Model:    " << summary.root.string() << "\n"
            << "Pipeline: " << (summary.pipeline_class.empty() ? "?" : summary.pipeline_class)
            << "\n"
            << "Family:   " << summary.family << "\n";
  if (const auto& sf = summary.single_file)
    std::cout << "Single file: " << sf->prediction_type << " (" << sf->prediction_reason << "), "
              << sf->precision << (sf->has_ema ? ", with EMA weights (not used)" : "") << ", VAE "
              << (sf->vae_source.empty() ? "none" : sf->vae_source) << "\n";
  for (const auto& c : summary.components) {
    std::cout << "\n" << c.name << (c.class_name.empty() ? "" : " (" + c.class_name + ")") << "\n";
    if (!c.problem.empty()) {
      std::cout << "  PROBLEM: " << c.problem << "\n";
      continue;
    }
    for (const auto& [k, v] : c.figures)
      std::cout << "  " << std::left << std::setw(20) << k << v << "\n";
    if (!c.weight_format.empty()) {
      std::cout << "  " << std::setw(20) << "parameters" << human_count(c.parameters) << " ("
                << c.parameters << ")\n"
                << "  " << std::setw(20) << "weights" << c.weight_format << ", " << c.precision
                << ", " << c.weight_files.size() << " file"
                << (c.weight_files.size() == 1 ? "" : "s") << "\n";
    }
  }
  std::cout << "\n"
            << (summary.usable() ? "Ready to use." : "Not usable: see PROBLEM above.") << "\n";
  return summary.usable() ? 0 : 1;
}

}  // namespace cds::cli
