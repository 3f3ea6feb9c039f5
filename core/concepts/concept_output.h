// Writing a concept output folder all at once: the files go into a temporary folder beside the
// target, which is renamed into place only when everything is written, so a failed merge or
// compression leaves nothing half-made.
#pragma once

#include <filesystem>
#include <vector>

namespace cds {

class ConceptOutputFolder {
 public:
  // Throws FileError when `output` exists and is not an empty folder, or the temporary folder
  // cannot be made.
  explicit ConceptOutputFolder(std::filesystem::path output);
  ~ConceptOutputFolder();  // removes the temporary folder unless committed
  ConceptOutputFolder(const ConceptOutputFolder&) = delete;
  ConceptOutputFolder& operator=(const ConceptOutputFolder&) = delete;

  // Where to write the files now.
  const std::filesystem::path& dir() const { return temp_; }
  // Renames the temporary folder to the output; returns the output's files, sorted.
  std::vector<std::filesystem::path> commit();

 private:
  std::filesystem::path output_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

}  // namespace cds
