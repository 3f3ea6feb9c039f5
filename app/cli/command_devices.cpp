// `cdstudio-cli devices`: what --device accepts on this machine, with each GPU's name and memory
// (--json for scripts), and which device is the default.
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/devices.h"

namespace cds::cli {

int run_devices(const std::vector<std::string>& argv) {
  const auto a = parse_args(argv, OptionSpec{{}, {"help", "json"}});
  if (a.has("help")) {
    std::cout << "usage: cdstudio-cli devices [--json]\n"
                 "Lists cpu and every usable CUDA device (name, memory, compute capability).\n";
    return 0;
  }
  if (!a.positional().empty())
    throw UsageError("unexpected argument \"" + a.positional()[0] + "\"");
  const TorchBuildInfo build = torch_build_info();
  const auto gpus = list_cuda_devices();
  if (a.has("json")) {
    nlohmann::json j;
    j["torch"] = build.torch_version;
    j["cuda_compiled"] = build.cuda_compiled;
    j["cuda_runtime"] = build.cuda_runtime;
    j["default"] = default_device_name();
    j["devices"] = nlohmann::json::array({{{"name", "cpu"}}});
    for (const auto& g : gpus)
      j["devices"].push_back({{"name", "cuda:" + std::to_string(g.index)},
                              {"gpu", g.name},
                              {"memory_bytes", g.total_bytes},
                              {"capability", std::to_string(g.capability_major) + "." +
                                                 std::to_string(g.capability_minor)}});
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  std::cout << describe_torch_build() << "\n\ncpu\n";
  for (const auto& g : gpus)
    std::cout << g.label() << " (compute capability " << g.capability_major << "."
              << g.capability_minor << ")\n";
  std::cout << "\ndefault: " << default_device_name() << "\n";
  return 0;
}

}  // namespace cds::cli
