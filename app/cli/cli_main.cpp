// cdstudio-cli: headless entry point. Dispatches to a subcommand and turns engine errors into
// one clear line on stderr and a non-zero exit code.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/cancel_token.h"
#include "core/devices.h"
#include "core/error.h"
#include "core/openmp_policy.h"

namespace {

constexpr const char* kUsage =
    "Custom Diffusion Studio command-line tool " CDS_VERSION
    "\n"
    "\n"
    "usage: cdstudio-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  inspect MODEL        show a model's components, key settings and parameter counts\n"
    "  tokenize             show how prompts are split into CLIP tokens\n"
    "  generate             make images from a prompt\n"
    "  train                train a Custom Diffusion concept (diffusers' script flags)\n"
    "  retrieve             collect class images for prior preservation (retrieve.py's layout)\n"
    "  download ORG/NAME    fetch a pipeline from the Hugging Face Hub into its cache\n"
    "  devices              list the devices this build can train and generate on\n"
    "  export               a trained concept as embeddings, a LyCORIS diff or a LoRA\n"
    "\n"
    "MODEL is a diffusers model folder or ORG/NAME from the Hugging Face cache.\n"
    "Run 'cdstudio-cli <command> --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  cds::use_passive_openmp_waiting(argv);  // first: it may restart the program
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::cout << "cdstudio-cli " CDS_VERSION "\n" << cds::describe_torch_build() << "\n";
    // Says how OpenMP threads wait, the first thing to check when training is slow.
    const char* policy = std::getenv("OMP_WAIT_POLICY");
    std::cout << "OMP_WAIT_POLICY=" << (policy ? policy : "(libgomp default: spin)") << "\n";
    return 0;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (command == "inspect") return cds::cli::run_inspect(args);
    if (command == "tokenize") return cds::cli::run_tokenize(args);
    if (command == "generate") return cds::cli::run_generate(args);
    if (command == "train") return cds::cli::run_train(args);
    if (command == "retrieve") return cds::cli::run_retrieve(args);
    if (command == "download") return cds::cli::run_download(args);
    if (command == "devices") return cds::cli::run_devices(args);
    if (command == "export") return cds::cli::run_export(args);
    std::cerr << "cdstudio-cli: unknown command \"" << command << "\"\n\n" << kUsage;
    return 2;
  } catch (const cds::cli::UsageError& e) {
    std::cerr << "cdstudio-cli " << command << ": " << e.what() << "\n"
              << "Run 'cdstudio-cli " << command << " --help' for its options.\n";
    return 2;
  } catch (const cds::JobCancelled& e) {
    // Ctrl+C: what was made so far stays; the same command continues from there.
    std::cerr << "\ncdstudio-cli " << command << ": " << e.what()
              << ". Run the same command again to continue.\n";
    return 130;
  } catch (const std::exception& e) {
    std::cerr << "cdstudio-cli " << command << ": error: " << e.what() << "\n";
    return 1;
  }
}
