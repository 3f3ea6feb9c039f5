// Command-line parsing for cdstudio-cli subcommands: "--name value", "--name=value", flags,
// repeatable options and positional arguments; "--" ends the options so a text may start
// with '-'. Option names keep the spelling of the tool they mirror (diffusers' script flags).
#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace cds::cli {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::set<std::string> with_value;  // names without the leading "--"
  std::set<std::string> flags;
};

class ParsedArgs {
 public:
  bool has(const std::string& name) const;
  // The last value given for an option, or `fallback`.
  std::string value(const std::string& name, const std::string& fallback = "") const;
  const std::vector<std::string>& values(const std::string& name) const;
  int int_value(const std::string& name, int fallback) const;
  const std::vector<std::string>& positional() const { return positional_; }
  // Every option and flag given, without the dashes.
  std::vector<std::string> names() const;

 private:
  friend ParsedArgs parse_args(const std::vector<std::string>&, const OptionSpec&);
  std::map<std::string, std::vector<std::string>> values_;
  std::set<std::string> flags_;
  std::vector<std::string> positional_;
};

// Throws UsageError for an unknown option or a missing value.
ParsedArgs parse_args(const std::vector<std::string>& args, const OptionSpec& spec);

}  // namespace cds::cli
