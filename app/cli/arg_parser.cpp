// Command-line parsing (see arg_parser.h).
#include "app/cli/arg_parser.h"

namespace cds::cli {

std::vector<std::string> ParsedArgs::names() const {
  std::vector<std::string> out(flags_.begin(), flags_.end());
  for (const auto& [name, values] : values_) out.push_back(name);
  return out;
}

bool ParsedArgs::has(const std::string& name) const {
  return flags_.count(name) || values_.count(name);
}

std::string ParsedArgs::value(const std::string& name, const std::string& fallback) const {
  const auto it = values_.find(name);
  return it == values_.end() || it->second.empty() ? fallback : it->second.back();
}

const std::vector<std::string>& ParsedArgs::values(const std::string& name) const {
  static const std::vector<std::string> none;
  const auto it = values_.find(name);
  return it == values_.end() ? none : it->second;
}

int ParsedArgs::int_value(const std::string& name, int fallback) const {
  if (!values_.count(name)) return fallback;
  const auto text = value(name);
  try {
    size_t used = 0;
    const int v = std::stoi(text, &used);
    if (used == text.size()) return v;
  } catch (const std::exception&) {
  }
  throw UsageError("--" + name + " expects a whole number, got \"" + text + "\"");
}

ParsedArgs parse_args(const std::vector<std::string>& args, const OptionSpec& spec) {
  ParsedArgs out;
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if (options_done || a.size() < 3 || a.compare(0, 2, "--") != 0) {
      if (!options_done && a == "--") {
        options_done = true;
        continue;
      }
      out.positional_.push_back(a);
      continue;
    }
    std::string name = a.substr(2);
    std::string inline_value;
    bool has_inline = false;
    if (const auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_inline = true;
    }
    if (spec.flags.count(name)) {
      if (has_inline) throw UsageError("--" + name + " takes no value");
      out.flags_.insert(name);
    } else if (spec.with_value.count(name)) {
      if (has_inline) {
        out.values_[name].push_back(inline_value);
      } else {
        if (i + 1 >= args.size()) throw UsageError("--" + name + " needs a value");
        out.values_[name].push_back(args[++i]);
      }
    } else {
      throw UsageError("unknown option --" + name);
    }
  }
  return out;
}

}  // namespace cds::cli
