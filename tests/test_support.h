// Shared by the gtest binaries: where the golden reference data lives, and a guard that
// skips a golden test with a clear message when that data is not beside the checkout.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace cds::test {

// The build's CDS_GOLDEN_DIR, unless the environment variable of that name points elsewhere
// (scripts/gpu_check.sh runs the tests on a machine where the data lies in another folder).
inline std::filesystem::path golden_dir() {
  const char* dir = std::getenv("CDS_GOLDEN_DIR");
  return dir && *dir ? std::filesystem::path(dir) : std::filesystem::path(CDS_GOLDEN_DIR);
}
inline std::filesystem::path source_dir() { return CDS_SOURCE_DIR; }

// A fresh, empty temporary folder per test, removed by the caller's TempDir destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

void write_bytes(const std::filesystem::path& file, const std::string& bytes);
std::string read_bytes(const std::filesystem::path& file);

}  // namespace cds::test

// Use at the top of every golden test.
#define CDS_REQUIRE_GOLDEN()                                                                  \
  do {                                                                                        \
    if (!std::filesystem::exists(cds::test::golden_dir() / "cases" / "README.md"))            \
      GTEST_SKIP() << "golden data not found at " << cds::test::golden_dir()                  \
                   << " (set -DCDS_GOLDEN_DIR=/path/to/shared/golden); skipping golden test"; \
  } while (0)
