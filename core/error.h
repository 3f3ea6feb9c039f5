// Errors raised by the engine. Each carries what a person needs to fix the problem:
// the file (or model component) it concerns and what is wrong with it. The GUI and CLI
// catch them at the job boundary and show what() as is.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace cds {

class CoreError : public std::runtime_error {
 public:
  explicit CoreError(const std::string& message) : std::runtime_error(message) {}
};

// A file that cannot be read, parsed or trusted. The message starts with the path.
class FileError : public CoreError {
 public:
  FileError(const std::filesystem::path& file, const std::string& what);
  const std::filesystem::path& file() const { return file_; }

 private:
  std::filesystem::path file_;
};

}  // namespace cds
