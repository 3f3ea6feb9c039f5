// The small private disk of tests/faults/with_small_disk.sh ($CDS_SMALL_DISK) for the DiskFull
// suites (ctest faults.disk_full and net.disk_full): where it is, a guard that skips without
// it, and filling it so that the next real write fails with ENOSPC.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

namespace cds::test {

inline std::filesystem::path small_disk() {
  const char* d = std::getenv("CDS_SMALL_DISK");
  return d && *d ? std::filesystem::path(d) : std::filesystem::path();
}

// Fills the small disk until at most `leave` bytes are free and returns the filler file;
// removing it gives the room back.
inline std::filesystem::path fill_small_disk(uintmax_t leave) {
  const std::filesystem::path filler = small_disk() / "filler";
  std::FILE* f = std::fopen(filler.c_str(), "ab");
  if (!f) throw std::runtime_error("cannot create the filler file " + filler.string());
  static const std::string block(4096, '\0');
  while (std::filesystem::space(small_disk()).available > leave)
    if (std::fwrite(block.data(), 1, block.size(), f) != block.size() || std::fflush(f) != 0) break;
  std::fclose(f);
  return filler;
}

}  // namespace cds::test

#define CDS_REQUIRE_SMALL_DISK()                                                            \
  do {                                                                                      \
    if (cds::test::small_disk().empty())                                                    \
      GTEST_SKIP() << "needs a small private disk: ctest runs this through "                \
                      "tests/faults/with_small_disk.sh (faults.disk_full, net.disk_full), " \
                      "which sets CDS_SMALL_DISK";                                          \
  } while (0)
