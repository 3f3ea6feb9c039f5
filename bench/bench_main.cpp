// cdstudio-bench: measures how fast the engine runs on this machine, with real or random
// weights, and prints a table for people and one JSON line (the last line) for scripts.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/arg_parser.h"
#include "bench/commands.h"

namespace {

constexpr const char* kUsage =
    "Custom Diffusion Studio benchmarks\n"
    "\n"
    "usage: cdstudio-bench <command> [options]\n"
    "\n"
    "commands:\n"
    "  generate    time UNet denoising steps and a whole text-to-image generation\n"
    "  train-step  time complete Custom Diffusion training steps\n"
    "\n"
    "Run 'cdstudio-bench <command> --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (command == "generate") return cds::bench::run_generate(args);
    if (command == "train-step") return cds::bench::run_train_step(args);
    std::cerr << "cdstudio-bench: unknown command \"" << command << "\"\n\n" << kUsage;
    return 2;
  } catch (const cds::cli::UsageError& e) {
    std::cerr << "cdstudio-bench " << command << ": " << e.what() << "\n"
              << "Run 'cdstudio-bench " << command << " --help' for its options.\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "cdstudio-bench " << command << ": error: " << e.what() << "\n";
    return 1;
  }
}
