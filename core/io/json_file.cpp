// Text and JSON file reading (see json_file.h).
#include "core/io/json_file.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace cds {

std::string read_text_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) throw FileError(file, "is missing");
  if (std::filesystem::is_directory(file, ec))
    throw FileError(file, "is a folder, expected a file");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(file, "cannot be read");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw FileError(file, "read error");
  return ss.str();
}

namespace {

// Python's json module writes NaN, Infinity and -Infinity (diffusers does, e.g.
// "lambda_min_clipped": -Infinity in DPM-Solver configs), which strict JSON lacks. Outside
// string literals they become the largest finite double (nlohmann/json refuses infinities;
// every such setting is a bound that this value leaves just as open) and null.
std::string python_json_to_json(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < text.size())
        out += text[++i];
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    if (text.compare(i, 8, "Infinity") == 0) {
      out += "1.7976931348623157e308";
      i += 7;
    } else if (text.compare(i, 3, "NaN") == 0) {
      out += "null";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

nlohmann::json read_json(const std::filesystem::path& file) {
  const std::string text = python_json_to_json(read_text_file(file));
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    // parse_error, and out_of_range for a number too large for a double (found by fuzzing).
    throw FileError(file, std::string("is not valid JSON: ") + e.what());
  }
}

nlohmann::json read_json_object(const std::filesystem::path& file) {
  auto j = read_json(file);
  if (!j.is_object()) throw FileError(file, "is not a JSON object");
  return j;
}

}  // namespace cds
