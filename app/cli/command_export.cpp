// `cdstudio-cli export`: a trained concept as files AUTOMATIC1111, Forge, ComfyUI and
// stable-diffusion.cpp read (textual-inversion embeddings, LyCORIS full difference, LoRA).
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/export/concept_export.h"
#include "core/runtime.h"

namespace cds::cli {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-cli export --weights DIR --base MODEL --format FORMAT --output PATH\n"
    "\n"
    "  --weights DIR        the concept: a Custom Diffusion output folder (ours or diffusers')\n"
    "  --base MODEL         the model it was trained on (folder or ORG/NAME in the HF cache)\n"
    "  --format FORMAT      embedding   the new words as textual-inversion embeddings\n"
    "                                   (--output is a folder: one WORD.safetensors per word)\n"
    "                       diff        exact LyCORIS full difference of the changed weights\n"
    "                       lora        low-rank LoRA (kohya's names) from an SVD of each change\n"
    "                       (diff and lora: --output is FILE.safetensors; the embeddings are\n"
    "                       written beside it and bundled inside it)\n"
    "                       checkpoint  the base with the concept merged in, one file in the\n"
    "                                   original (single-file) layout; embeddings beside it\n"
    "  --output PATH        where to write\n"
    "  --rank N             lora: this rank for every layer\n"
    "  --energy E           lora: per layer, the smallest rank keeping E of the change's energy\n"
    "                       (default 0.99; ignored with --rank)\n"
    "  --name WORD          the prompt word of a new token (default: from the token, <new1> ->\n"
    "                       newone); repeat once per token, in file-name order\n"
    "  --dtype fp32|fp16|bf16  precision of the stored tensors (default fp32: exact)\n"
    "  --no-bundle          diff/lora: do not put the embeddings inside the network file\n"
    "  --threads N          CPU threads (default: all cores)\n";

double parse_energy(const std::string& text) {
  size_t used = 0;
  double v = -1;
  try {
    v = std::stod(text, &used);
  } catch (const std::exception&) {
  }
  if (used != text.size() || !(v > 0 && v <= 1))
    throw UsageError("--energy expects a number in (0, 1], got \"" + text + "\"");
  return v;
}

}  // namespace

int run_export(const std::vector<std::string>& argv) {
  const auto args = parse_args(
      argv, {{"weights", "base", "format", "output", "rank", "energy", "name", "dtype", "threads"},
             {"help", "no-bundle"}});
  if (args.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  for (const char* required : {"weights", "base", "format", "output"})
    if (!args.has(required)) throw UsageError(std::string("--") + required + " is required");
  if (!args.positional().empty())
    throw UsageError("unexpected argument \"" + args.positional()[0] + "\"");
  const auto format = parse_export_format(args.value("format"));
  if (!format)
    throw UsageError("--format is embedding, diff, lora or checkpoint, not \"" +
                     args.value("format") + "\"");
  ExportOptions o;
  o.format = *format;
  o.output = args.value("output");
  o.rank = args.int_value("rank", 0);
  if (args.has("rank") && o.rank < 1) throw UsageError("--rank must be at least 1");
  if (args.has("energy")) o.energy = parse_energy(args.value("energy"));
  if ((args.has("rank") || args.has("energy")) && o.format != ExportFormat::Lora)
    throw UsageError("--rank and --energy apply to --format lora only");
  o.words = args.values("name");
  o.dtype = args.value("dtype", "fp32");
  if (o.dtype != "fp32" && o.dtype != "fp16" && o.dtype != "bf16")
    throw UsageError("--dtype is fp32, fp16 or bf16");
  o.bundle_embeddings = !args.has("no-bundle");
  init_torch_threads(args.int_value("threads", 0));

  std::cerr << "Exporting " << args.value("weights") << " on " << args.value("base") << " as "
            << export_format_name(o.format) << "...\n";
  const auto report = export_concept(args.value("base"), args.value("weights"), o);
  for (const auto& f : report.files) std::cout << f.string() << "\n";
  for (const auto& t : report.tokens)
    std::cerr << "Prompt word for " << t.token << ": " << t.word << "  (AUTOMATIC1111/Forge and "
              << "stable-diffusion.cpp: " << t.word << "; ComfyUI: embedding:" << t.word << ")\n";
  if (o.format == ExportFormat::Lora) {
    std::ostringstream err;
    err << std::setprecision(3) << report.relative_error << " (worst layer "
        << report.max_layer_relative_error << ")";
    std::cerr << "LoRA: " << report.layers << " layers, rank up to " << report.max_rank
              << ", relative reconstruction error " << err.str() << "\n";
  } else if (o.format == ExportFormat::Diff) {
    std::cerr << "Full difference: " << report.layers << " layers (exact)\n";
  }
  for (const auto& n : report.notes) std::cerr << "Note: " << n << "\n";
  return 0;
}

}  // namespace cds::cli
