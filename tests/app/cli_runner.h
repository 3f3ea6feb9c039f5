// Runs cdstudio-cli (CDS_CLI_PATH) as a person does, for the CLI test suites: the arguments
// quoted for the shell, the given text on standard input, extra environment variables
// ("NAME=value"), and stdout and stderr together.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace cds::test {

struct CliResult {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline CliResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text = "",
                         const std::vector<std::string>& env = {}) {
  std::string cmd = env.empty() ? "" : "env ";  // a quoted NAME=value is no assignment to sh
  for (const auto& e : env) cmd += shell_quote(e) + " ";
  cmd += shell_quote(CDS_CLI_PATH);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  TempDir dir;
  write_bytes(dir / "stdin", stdin_text);
  cmd += " < " + shell_quote((dir / "stdin").string()) + " 2>&1";
  CliResult r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace cds::test
