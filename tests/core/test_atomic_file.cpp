// AtomicFile: a failed or abandoned write never damages the existing file.
#include "core/io/atomic_file.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include "core/error.h"
#include "tests/test_support.h"

namespace cds {

TEST(AtomicFile, CommitReplacesContent) {
  test::TempDir dir;
  const auto file = dir / "out.txt";
  test::write_bytes(file, "old");
  write_file_atomically(file, "new content");
  EXPECT_EQ(test::read_bytes(file), "new content");
  // Only the target is left behind: no temporary files.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(AtomicFile, AbandonedWriteKeepsOldFile) {
  test::TempDir dir;
  const auto file = dir / "out.txt";
  test::write_bytes(file, "precious");
  {
    AtomicFile f(file);
    f.write("half of it");
  }  // destroyed without commit
  EXPECT_EQ(test::read_bytes(file), "precious");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(AtomicFile, MissingFolderIsAClearError) {
  test::TempDir dir;
  try {
    write_file_atomically(dir / "no" / "such" / "out.txt", "x");
    FAIL() << "expected an error";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("does not exist"), std::string::npos) << e.what();
  }
}

TEST(AtomicFile, UnwritableFolderIsAClearError) {
  test::TempDir dir;
  std::filesystem::path folder = dir.path();
  if (::geteuid() == 0) {
    folder = "/proc";  // root writes through permission bits, but not into /proc
  } else {
    std::filesystem::permissions(
        folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  }
  try {
    write_file_atomically(folder / "out.txt", "x");
    FAIL() << "expected an error";
  } catch (const FileError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find((folder / "out.txt").string()), std::string::npos) << msg;
    EXPECT_NE(msg.find("cannot write in this folder"), std::string::npos) << msg;
  }
}

}  // namespace cds
