// Reading small text and JSON files (configs, vocabularies, indexes) with errors that name
// the file and say what is wrong: missing, a folder, unreadable, invalid JSON, not an object.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace cds {

std::string read_text_file(const std::filesystem::path& file);
// Any JSON value.
nlohmann::json read_json(const std::filesystem::path& file);
// A JSON object (what every config, vocabulary and index file is).
nlohmann::json read_json_object(const std::filesystem::path& file);

}  // namespace cds
