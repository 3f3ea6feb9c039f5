// Class folders in retrieve.py's layout (core/train/class_folder.h): the one reader of their
// lists, which training, the studio and ClassFolder share.
#include <gtest/gtest.h>

#include "core/train/class_folder.h"
#include "tests/test_support.h"

namespace cds {
namespace {

namespace fs = std::filesystem;

TEST(ClassFolderListing, ReadsTheListsLineByLine) {
  test::TempDir dir;
  fs::create_directories(dir / "images");
  test::write_bytes(dir / "images/0.jpg", "x");
  test::write_bytes(dir / "images/1.jpg", "y");
  // A byte-order mark, Windows and old Mac line ends; urls.txt one line short.
  test::write_bytes(dir / "images.txt", "\xEF\xBB\xBFimages/0.jpg\r\nimages/1.jpg\r");
  test::write_bytes(dir / "caption.txt", "a cat\na grey cat\n");
  test::write_bytes(dir / "urls.txt", "https://example.org/0.jpg\n");
  const auto listing = read_class_folder_listing(dir.path());
  ASSERT_EQ(listing.size(), 2u);
  EXPECT_EQ(listing[0].written, "images/0.jpg");
  EXPECT_EQ(listing[0].image, dir / "images/0.jpg");
  EXPECT_EQ(listing[0].caption, "a cat");
  EXPECT_EQ(listing[0].url, "https://example.org/0.jpg");
  EXPECT_EQ(listing[1].caption, "a grey cat");
  EXPECT_EQ(listing[1].url, "");
  EXPECT_EQ(ClassFolder(dir.path()).count(), 2);
}

TEST(ClassFolderListing, TheShorterListWinsAndMovedFoldersStillResolve) {
  test::TempDir dir;
  fs::create_directories(dir / "images");
  test::write_bytes(dir / "images/0.jpg", "x");
  // Written by retrieve.py elsewhere: an absolute path that no longer exists, found by its name.
  test::write_bytes(dir / "images.txt", "/gone/elsewhere/class/images/0.jpg\nimages/1.jpg\n");
  test::write_bytes(dir / "caption.txt", "a cat\n");
  const auto listing = read_class_folder_listing(dir.path());
  ASSERT_EQ(listing.size(), 1u);
  EXPECT_EQ(listing[0].image, dir / "images/0.jpg");
  EXPECT_EQ(ClassFolder(dir.path()).count(), 1);
}

TEST(ClassFolderListing, AFolderWithoutListsHasNoPictures) {
  test::TempDir dir;
  EXPECT_TRUE(read_class_folder_listing(dir.path()).empty());
  EXPECT_TRUE(read_class_folder_listing(dir / "missing").empty());
}

}  // namespace
}  // namespace cds
