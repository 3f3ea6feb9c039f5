// Issue #13: the same hostile files through the engine's entry points for images: the loader
// training uses (probe_image, load_image_rgb) and the class folder reader behind the
// Regularization page's folder source. Each file is refused with a sentence naming it, or
// accepted and converted to 8-bit RGB as PIL's convert("RGB") does; never a crash.
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/train/class_folder.h"
#include "core/train/exif_orientation.h"
#include "core/train/image_loading.h"
#include "tests/core/hostile_images.h"
#include "tests/core/image_test_files.h"
#include "tests/test_support.h"

namespace cds {

namespace fs = std::filesystem;
namespace h = test::hostile;

TEST(HostileImages, LoaderRefusesWithASentenceOrConvertsAsPil) {
  test::TempDir dir;
  for (const h::Case& c : h::write_all(dir.path())) {
    SCOPED_TRACE(c.name);
    const fs::path file = dir / c.name;
    if (!c.accepted) {
      // The cheap check up front (what the dataset and the Concepts page run) already refuses.
      test::expect_file_error(
          file, [&] { probe_image(file); }, c.says);
      test::expect_file_error(
          file, [&] { load_image_rgb(file); }, c.says);
      continue;
    }
    const cv::Mat rgb = load_image_rgb(file);
    ASSERT_EQ(rgb.type(), CV_8UC3);
    EXPECT_EQ(rgb.size(), c.size);
    const cv::Vec3b centre = rgb.at<cv::Vec3b>(rgb.rows / 2, rgb.cols / 2);
    for (int k = 0; k < 3; ++k) EXPECT_NEAR(centre[k], c.rgb[k], h::kTolerance) << "channel " << k;
    EXPECT_EQ(read_exif_orientation(file), c.orientation);
  }
}

TEST(HostileImages, ClassFolderNamesEachRefusedFile) {
  test::TempDir dir;
  const auto all = h::write_all(dir / "source");
  ClassFolder folder(dir / "class");
  int kept = 0;
  for (const h::Case& c : all) {
    SCOPED_TRACE(c.name);
    const fs::path file = dir / "source" / c.name;
    const ClassFolder::Added added = folder.add_file(file, "a photo of a dog", file.string());
    if (c.accepted) {
      EXPECT_EQ(added, ClassFolder::Added::Yes) << folder.last_error();
      ++kept;
      continue;
    }
    EXPECT_EQ(added, ClassFolder::Added::NotAnImage);
    // The person's file, not the scratch copy the bytes went through.
    EXPECT_EQ(folder.last_error().rfind(file.string() + ": ", 0), 0u) << folder.last_error();
    EXPECT_NE(folder.last_error().find(c.says), std::string::npos) << folder.last_error();
    EXPECT_EQ(folder.last_error().find(".incoming"), std::string::npos) << folder.last_error();
  }
  EXPECT_EQ(ClassFolder(dir / "class").count(), kept);
  // What was kept reads back through the training loader.
  for (const auto& listed : read_class_folder_listing(dir / "class"))
    EXPECT_NO_THROW(load_image_rgb(listed.image)) << listed.image;
}

}  // namespace cds
