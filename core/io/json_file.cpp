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
  if (std::filesystem::is_directory(file, ec)) throw FileError(file, "is a folder, expected a file");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(file, "cannot be read");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw FileError(file, "read error");
  return ss.str();
}

nlohmann::json read_json(const std::filesystem::path& file) {
  const std::string text = read_text_file(file);
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw FileError(file, std::string("is not valid JSON: ") + e.what());
  }
}

nlohmann::json read_json_object(const std::filesystem::path& file) {
  auto j = read_json(file);
  if (!j.is_object()) throw FileError(file, "is not a JSON object");
  return j;
}

}  // namespace cds
