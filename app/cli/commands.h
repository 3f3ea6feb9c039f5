// The subcommands of cdstudio-cli. Each takes its arguments (after the subcommand name),
// writes results to stdout and messages to stderr, and returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace cds::cli {

int run_inspect(const std::vector<std::string>& args);
int run_tokenize(const std::vector<std::string>& args);
int run_generate(const std::vector<std::string>& args);
int run_train(const std::vector<std::string>& args);
int run_retrieve(const std::vector<std::string>& args);
int run_download(const std::vector<std::string>& args);
int run_devices(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);

}  // namespace cds::cli
