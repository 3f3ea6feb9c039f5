// `cdstudio-cli compress`: a concept's weight changes as low-rank factors (the paper's
// compression), or rebuilt from them into diffusers' full form.
#include <cstdio>
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/concepts/concept_compress.h"
#include "core/torch_threads.h"

namespace cds::cli {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-cli compress --weights DIR --base MODEL (--keep F | --size SIZE) --output "
    "DIR\n"
    "\n"
    "Keeps the largest singular values of each trained weight's change from the base model.\n"
    "\n"
    "  --weights DIR   a concept output folder (ours, diffusers', or already compressed)\n"
    "  --base MODEL    the model it was trained on (folder or ORG/NAME): the change is from it\n"
    "  --keep F        the fraction of each change's singular values to keep, in (0, 1]\n"
    "                  (e.g. 0.05; 1 keeps everything)\n"
    "  --size SIZE     instead of --keep: the largest output folder, in bytes or with a K, M or\n"
    "                  G suffix (KiB, MiB, GiB); the largest fraction that fits is used\n"
    "  --expand        write full weights (base + kept change) instead of factors\n"
    "  --output DIR    the new folder (must not exist, or be empty)\n"
    "  --threads N     CPU threads (default: all cores)\n"
    "\n"
    "Which form loads where:\n"
    "  compressed (default): custom_diffusion_compressed.safetensors (factors up/down per\n"
    "    weight) and the <token>.safetensors files. Loads in Custom Diffusion Studio\n"
    "    (`generate --weights`, the studio, `merge`), on the same base model. diffusers cannot\n"
    "    read it.\n"
    "  --expand: pytorch_custom_diffusion_weights.safetensors with save_attn_procs keys, as\n"
    "    training writes it: loads everywhere, diffusers' load_attn_procs included, but is as\n"
    "    large as the original.\n";

int64_t parse_size(const std::string& text) {
  size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || !(value > 0))
    throw UsageError("--size expects a positive size such as 2000000, 500K or 3M, got \"" + text +
                     "\"");
  std::string unit = text.substr(used);
  if (!unit.empty() && (unit.back() == 'B' || unit.back() == 'b')) unit.pop_back();
  if (unit.size() == 2 && unit[1] == 'i') unit.pop_back();
  double scale = 1;
  if (unit == "K" || unit == "k")
    scale = 1024;
  else if (unit == "M" || unit == "m")
    scale = 1024.0 * 1024;
  else if (unit == "G" || unit == "g")
    scale = 1024.0 * 1024 * 1024;
  else if (!unit.empty())
    throw UsageError("--size: unknown unit \"" + unit + "\" (use K, M or G)");
  return static_cast<int64_t>(value * scale);
}

}  // namespace

int run_compress(const std::vector<std::string>& argv) {
  const auto args = parse_args(
      argv, {{"weights", "base", "keep", "size", "output", "threads"}, {"help", "expand"}});
  if (args.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  if (!args.has("weights")) throw UsageError("--weights DIR is required");
  if (!args.has("base")) throw UsageError("--base MODEL is required (the change is from it)");
  if (!args.has("output")) throw UsageError("--output DIR is required");
  if (args.has("keep") && args.has("size")) throw UsageError("give --keep or --size, not both");
  if (!args.has("keep") && !args.has("size") && !args.has("expand"))
    throw UsageError("give --keep F or --size SIZE (or --expand to write full weights)");
  CompressOptions options;
  options.weights = args.value("weights");
  options.base_model = args.value("base");
  options.expand = args.has("expand");
  if (args.has("keep")) {
    size_t used = 0;
    try {
      options.keep = std::stod(args.value("keep"), &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != args.value("keep").size() || !(options.keep > 0 && options.keep <= 1))
      throw UsageError("--keep expects a fraction in (0, 1], got \"" + args.value("keep") + "\"");
  }
  if (args.has("size")) options.target_bytes = parse_size(args.value("size"));
  init_torch_threads(args.int_value("threads", 0));

  const auto report = compress_concept(options, args.value("output"));
  char line[200];
  std::snprintf(line, sizeof line, "%s %s with %.4g of the singular values kept",
                report.expanded ? "Expanded" : "Compressed", options.weights.string().c_str(),
                report.keep);
  std::cout << line << "\nlayer: rank / full rank, error of the change, error of the weight\n";
  for (const auto& l : report.layers) {
    std::snprintf(line, sizeof line, "  %lld/%lld  %.3g%%  %.3g%%", (long long)l.rank,
                  (long long)l.full_rank, 100 * l.delta_error, 100 * l.weight_error);
    std::cout << l.key << line << "\n";
  }
  for (const auto& note : report.notes) std::cout << "Note: " << note << "\n";
  for (const auto& [file, bytes] : report.files)
    std::cout << "Wrote " << (report.output / file).string() << " (" << bytes << " bytes)\n";
  std::cout << "Size: " << report.input_bytes << " bytes -> " << report.output_bytes << " bytes\n";
  return 0;
}

}  // namespace cds::cli
