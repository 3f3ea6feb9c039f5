// A concept output folder written atomically (see concept_output.h).
#include "core/concepts/concept_output.h"

#include <algorithm>
#include <random>

#include "core/error.h"

namespace cds {

namespace fs = std::filesystem;

ConceptOutputFolder::ConceptOutputFolder(fs::path output) : output_(std::move(output)) {
  std::error_code ec;
  if (fs::exists(output_, ec) && !(fs::is_directory(output_, ec) && fs::is_empty(output_, ec)))
    throw FileError(output_,
                    "already exists and is not an empty folder; choose a new output "
                    "folder (nothing was written)");
  auto parent = output_.parent_path();
  if (parent.empty()) parent = ".";
  fs::create_directories(parent, ec);
  std::random_device random;
  temp_ = parent / ("." + output_.filename().string() + ".tmp-" + std::to_string(random()));
  if (!fs::create_directory(temp_, ec) || ec)
    throw FileError(temp_, "cannot create the temporary output folder (" + ec.message() + ")");
}

ConceptOutputFolder::~ConceptOutputFolder() {
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(temp_, ec);
}

std::vector<fs::path> ConceptOutputFolder::commit() {
  std::error_code ec;
  if (fs::is_directory(output_, ec) && fs::is_empty(output_, ec)) fs::remove(output_, ec);
  fs::rename(temp_, output_, ec);
  if (ec)
    throw FileError(output_, "cannot move the finished folder into place (" + ec.message() + ")");
  committed_ = true;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(output_)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace cds
