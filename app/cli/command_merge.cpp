// `cdstudio-cli merge`: several separately trained Custom Diffusion concepts in one output
// folder, by the paper's constrained optimization (or by adding their changes).
#include <cstdio>
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/concepts/concept_merge.h"
#include "core/torch_threads.h"

namespace cds::cli {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-cli merge --base MODEL --weights DIR --weights DIR [...] --output DIR\n"
    "\n"
    "Merges Custom Diffusion concepts trained separately on the same base model into one\n"
    "output folder (pytorch_custom_diffusion_weights.safetensors and one <token>.safetensors\n"
    "per token) that `generate --weights`, the studio and diffusers load like a trained one.\n"
    "\n"
    "  --base MODEL             the model the concepts were trained on (folder or ORG/NAME)\n"
    "  --weights DIR            a concept output folder (ours, diffusers', or compressed);\n"
    "                           repeat for each concept\n"
    "  --method constrained|add constrained (default): the paper's merge - per key/value\n"
    "                           projection, the weights closest to the base model's on\n"
    "                           ordinary captions that give every concept's own outputs on its\n"
    "                           captions (\"<new1> cat\"); add: the weight changes summed\n"
    "  --class_prompt TEXT      a concept's class (\"cat\") where its folder records none\n"
    "                           (training_args.json); once per --weights, in the same order\n"
    "                           (\"\" leaves one as recorded)\n"
    "  --general_captions N     ordinary captions used as regularization (default 300)\n"
    "  --allow_different_bases  merge although the concepts record different base models\n"
    "  --output DIR             the new folder (must not exist, or be empty)\n"
    "  --threads N              CPU threads (default: all cores)\n"
    "\n"
    "Two concepts with the same token (both <new1>) are merged with the later one renamed\n"
    "(<new1_2>); the report says which to write in prompts.\n";

}  // namespace

int run_merge(const std::vector<std::string>& argv) {
  const auto args = parse_args(
      argv, {{"base", "weights", "method", "class_prompt", "general_captions", "output", "threads"},
             {"help", "allow_different_bases"}});
  if (args.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  if (!args.has("base")) throw UsageError("--base MODEL is required");
  if (!args.has("weights")) throw UsageError("--weights DIR is required (once per concept)");
  if (!args.has("output")) throw UsageError("--output DIR is required");
  MergeOptions options;
  options.base_model = args.value("base");
  const auto method = parse_merge_method(args.value("method", "constrained"));
  if (!method)
    throw UsageError("--method expects constrained or add, got \"" + args.value("method") + "\"");
  options.method = *method;
  options.allow_different_bases = args.has("allow_different_bases");
  options.general_captions = static_cast<size_t>(args.int_value("general_captions", 300));
  const auto& folders = args.values("weights");
  const auto& classes = args.values("class_prompt");
  if (!classes.empty() && classes.size() != folders.size())
    throw UsageError("give --class_prompt once per --weights (" + std::to_string(folders.size()) +
                     "), in the same order; \"\" leaves one as recorded");
  for (size_t i = 0; i < folders.size(); ++i)
    options.concepts.push_back({folders[i], classes.empty() ? std::string() : classes[i]});
  init_torch_threads(args.int_value("threads", 0));

  const auto report = merge_concepts(options, args.value("output"));
  std::cout << "Merged " << folders.size() << " concept(s) with the "
            << merge_method_name(report.method) << " method into " << report.output.string()
            << "\n";
  for (size_t i = 0; i < folders.size(); ++i) {
    std::cout << "  " << folders[i] << ":";
    for (const auto& t : report.tokens[i]) std::cout << " " << t;
    std::cout << "\n";
  }
  if (!report.layers.empty())
    std::cout << "Features: " << report.target_features << " target rows, "
              << report.regularization_features << " regularization rows from "
              << report.regularization_captions << " captions\n"
              << "layer: target error / change on regularization captions (added changes: "
                 "target error / change)\n";
  for (const auto& l : report.layers) {
    if (l.key.find("to_k_") == std::string::npos && l.key.find("to_v_") == std::string::npos)
      continue;
    char line[160];
    std::snprintf(line, sizeof line, "  %.3g%% / %.3g%%  (add: %.3g%% / %.3g%%)",
                  100 * l.target_error, 100 * l.regularization_change, 100 * l.target_error_add,
                  100 * l.regularization_change_add);
    std::cout << l.key << line << "\n";
  }
  for (const auto& note : report.notes) std::cout << "Note: " << note << "\n";
  for (const auto& f : report.files) std::cout << "Wrote " << f.string() << "\n";
  return 0;
}

}  // namespace cds::cli
