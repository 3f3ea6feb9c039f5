// The EXIF orientation reader (JPEG, PNG eXIf, WebP EXIF, TIFF; both byte orders; damaged tags)
// and upright copies, whose transforms must equal what OpenCV's EXIF-aware decoding shows.
#include "core/train/exif_orientation.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "core/error.h"
#include "core/train/image_loading.h"
#include "core/train/upright_copy.h"
#include "tests/core/hostile_images.h"
#include "tests/core/image_test_files.h"
#include "tests/test_support.h"

namespace cds {

namespace fs = std::filesystem;
namespace h = test::hostile;

namespace {

int orientation_of(const std::string& bytes) {
  return exif_orientation(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

// A TIFF IFD0 with one orientation entry of `type` (3 SHORT, 4 LONG) and `value`.
std::string tiff(uint16_t type, uint32_t value) {
  return std::string("II\x2A\0\x08\0\0\0\x01\0\x12\x01", 12) + h::le(type, 2) + h::le(1, 4) +
         (type == 3 ? h::le(value, 2) + h::le(0, 2) : h::le(value, 4)) + h::le(0, 4);
}

}  // namespace

TEST(ExifOrientation, ReadsJpegInBothByteOrders) {
  for (int o = 1; o <= 8; ++o) {
    EXPECT_EQ(orientation_of(h::jpeg_with_orientation(16, 8, {1, 2, 3}, o)), o);
    EXPECT_EQ(orientation_of(h::jpeg_with_orientation(16, 8, {1, 2, 3}, o, true)), o);
  }
  // No Exif segment at all, and values outside 1..8: upright.
  EXPECT_EQ(orientation_of(h::encode(".jpg", cv::Mat(8, 8, CV_8UC3))), 1);
  EXPECT_EQ(orientation_of(h::jpeg_with_orientation(16, 8, {1, 2, 3}, 9)), 1);
  EXPECT_EQ(orientation_of(h::jpeg_with_orientation(16, 8, {1, 2, 3}, 0)), 1);
}

TEST(ExifOrientation, FindsExifBehindOtherSegmentsAndTakesLongValues) {
  std::string jpeg = h::jpeg_with_orientation(16, 8, {1, 2, 3}, 6);
  // An XMP APP1 (not "Exif") in front: skipped, the Exif one after it is read.
  const std::string xmp = "http://ns.adobe.com/xap/1.0/";
  const std::string app1 = std::string("\xFF\xE1", 2) + char(0) + char(xmp.size() + 3) + xmp + '\0';
  jpeg.insert(2, app1);
  EXPECT_EQ(orientation_of(jpeg), 6);
  EXPECT_EQ(orientation_of(tiff(4, 8)), 8);
  EXPECT_EQ(orientation_of(tiff(3, 3)), 3);
  EXPECT_EQ(orientation_of(tiff(7, 3)), 1);  // UNDEFINED is not a number
}

TEST(ExifOrientation, ReadsPngAndWebpChunks) {
  const std::string png_rows = h::png_rows(8, 8, "\x01\x02\x03");
  EXPECT_EQ(orientation_of(h::make_png(8, 8, 2, h::png_chunk("eXIf", tiff(3, 6)), png_rows)), 6);
  EXPECT_EQ(orientation_of(h::make_png(
                8, 8, 2, h::png_chunk("eXIf", std::string("Exif\0\0", 6) + tiff(3, 5)), png_rows)),
            5);
  EXPECT_EQ(orientation_of(h::make_png(8, 8, 2, "", png_rows)), 1);
  const std::string still =
      h::encode(".webp", cv::Mat(8, 8, CV_8UC3), {cv::IMWRITE_WEBP_QUALITY, 101});
  std::string body = still.substr(8) + "EXIF" + h::le(26, 4) + tiff(3, 8);
  EXPECT_EQ(orientation_of("RIFF" + h::le(static_cast<uint32_t>(body.size()), 4) + body), 8);
  EXPECT_EQ(orientation_of(still), 1);
}

TEST(ExifOrientation, DamagedTagsAreUprightNotACrash) {
  const std::string good = h::jpeg_with_orientation(16, 8, {1, 2, 3}, 6);
  // Every prefix: a cut inside the Exif segment or anywhere else must read as 1 or 6, quietly.
  for (size_t n = 0; n <= 60; ++n) {
    const int o = orientation_of(good.substr(0, n));
    EXPECT_TRUE(o == 1 || o == 6) << n;
  }
  std::string bad_offset = tiff(3, 6);
  bad_offset[4] = '\xF0', bad_offset[7] = '\x7F';  // IFD0 far outside the data
  EXPECT_EQ(orientation_of(bad_offset), 1);
  std::string many = tiff(3, 6);
  many[8] = '\xFF', many[9] = '\xFF';  // 65535 entries declared, one there
  EXPECT_EQ(orientation_of(many), 6);  // the one there is read; the rest is not
  std::string huge_chunk = h::make_png(8, 8, 2, "", h::png_rows(8, 8, "abc"));
  huge_chunk[33] = '\xFF';  // IDAT's length byte: past the end
  EXPECT_EQ(orientation_of(huge_chunk), 1);
  EXPECT_EQ(exif_orientation(nullptr, 100), 1);
  // Found by fuzzing: an APP1 segment of length 2 followed by "Exif\0\0" outside it.
  EXPECT_EQ(orientation_of(std::string("\xFF\xD8\xFF\xE1\0\x02Exif\0\0", 12)), 1);
  EXPECT_EQ(orientation_of(std::string("\xFF\xD8\xFF\xE1\0\x02Exif\0\0", 12) + tiff(3, 6)), 1);
}

TEST(ExifOrientation, UprightTransformsEqualOpenCvsExifDecoding) {
  // A picture without symmetry, so every one of the eight transforms gives different pixels.
  cv::Mat bgr = h::noise(24, 16);
  for (int o = 1; o <= 8; ++o) {
    std::string jpeg = h::with_orientation(h::encode(".jpg", bgr), o, o % 2 == 0);
    const cv::Mat data(1, static_cast<int>(jpeg.size()), CV_8U, jpeg.data());
    const cv::Mat stored = cv::imdecode(data, cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
    const cv::Mat shown = cv::imdecode(data, cv::IMREAD_COLOR);
    const cv::Mat upright = apply_exif_orientation(stored, o);
    ASSERT_EQ(upright.size(), shown.size()) << o;
    EXPECT_EQ(cv::norm(upright, shown, cv::NORM_INF), 0) << "orientation " << o;
    if (o >= 5) EXPECT_NE(stored.size(), shown.size());
  }
}

TEST(ExifOrientation, LoaderIgnoresTheTagAsPilDoes) {
  test::TempDir dir;
  // Stored 40 wide, 24 high, tagged "turn clockwise to show": trained 40 x 24, as Image.open.
  test::write_bytes(dir / "phone.jpg", h::jpeg_with_orientation(40, 24, {255, 0, 0}, 6));
  EXPECT_EQ(read_exif_orientation(dir / "phone.jpg"), 6);
  const cv::Mat trained = load_image_rgb(dir / "phone.jpg");
  EXPECT_EQ(trained.cols, 40);
  EXPECT_EQ(trained.rows, 24);
  test::expect_file_error(
      dir / "gone.jpg", [&] { read_exif_orientation(dir / "gone.jpg"); }, "cannot be opened");
}

TEST(ExifOrientation, UprightCopyIsANewUntaggedPngAndTheOriginalStays) {
  test::TempDir dir;
  cv::Mat bgr(24, 40, CV_8UC3, cv::Scalar(0, 0, 255));  // red top half, blue bottom half
  bgr.rowRange(12, 24).setTo(cv::Scalar(255, 0, 0));
  const std::string jpeg =
      h::with_orientation(h::encode(".jpg", bgr, {cv::IMWRITE_JPEG_QUALITY, 95}), 6);
  test::write_bytes(dir / "phone.jpg", jpeg);

  const fs::path target = free_upright_copy_path(dir / "phone.jpg", dir.path());
  EXPECT_EQ(target, dir / "phone-upright.png");
  write_upright_copy(dir / "phone.jpg", target);
  EXPECT_EQ(test::read_bytes(dir / "phone.jpg"), jpeg);  // never touched
  EXPECT_EQ(read_exif_orientation(target), 1);
  const cv::Mat upright = load_image_rgb(target);
  ASSERT_EQ(upright.cols, 24);
  ASSERT_EQ(upright.rows, 40);
  // Turned clockwise: the red top is now on the right, the blue bottom on the left.
  EXPECT_GT(upright.at<cv::Vec3b>(20, 20)[0], 200);
  EXPECT_GT(upright.at<cv::Vec3b>(20, 3)[2], 200);
  EXPECT_EQ(free_upright_copy_path(dir / "phone.jpg", dir.path()), dir / "phone-upright-2.png");
  test::expect_file_error(
      dir / "nope.jpg", [&] { write_upright_copy(dir / "nope.jpg", dir / "x.png"); }, "not found");
  EXPECT_FALSE(fs::exists(dir / "x.png"));
}

}  // namespace cds
