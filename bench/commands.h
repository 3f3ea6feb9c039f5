// The subcommands of cdstudio-bench. Each takes the arguments after its name, prints what it
// measured, and returns the exit code; usage errors are thrown as cli::UsageError.
#pragma once

#include <string>
#include <vector>

namespace cds::bench {

int run_generate(const std::vector<std::string>& args);
int run_train_step(const std::vector<std::string>& args);

}  // namespace cds::bench
