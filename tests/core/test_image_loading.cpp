// Reading training images: formats and conversions to 8-bit RGB (as PIL's convert("RGB")), EXIF
// orientation ignored (as PIL's Image.open), errors that name the file, folder listings, and PIL's
// bilinear resize bit for bit.
#include "core/train/image_loading.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "tests/core/image_test_files.h"
#include "tests/test_support.h"

namespace cds {

namespace fs = std::filesystem;
using test::expect_file_error;
using test::solid;
using test::write_rgb;

namespace {

std::string be32(uint32_t v) { return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; }

// A PNG chunk with its CRC (the CRC-32 of ISO 3309, bitwise).
std::string png_chunk(const std::string& type, const std::string& data) {
  const std::string body = type + data;
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char ch : body) {
    crc ^= ch;
    for (int k = 0; k < 8; ++k) crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
  }
  return be32(static_cast<uint32_t>(data.size())) + body + be32(~crc);
}

// A PNG of `w` x `h` (8-bit, colour type `type`) whose pixel data is `raw` (filter bytes
// included), zlib-wrapped in one stored deflate block; `extra` chunks go before IDAT.
std::string make_png(uint32_t w, uint32_t h, char type, const std::string& extra,
                     const std::string& raw) {
  uint32_t a = 1, b = 0;
  for (unsigned char ch : raw) a = (a + ch) % 65521, b = (b + a) % 65521;
  const auto n = static_cast<uint16_t>(raw.size());
  std::string z = std::string("\x78\x01\x01", 3) + char(n & 0xFF) + char(n >> 8) + char(~n & 0xFF) +
                  char((~n >> 8) & 0xFF) + raw + be32((b << 16) | a);
  return std::string("\x89PNG\r\n\x1a\n") +
         png_chunk("IHDR", be32(w) + be32(h) + std::string{8, type, 0, 0, 0}) + extra +
         png_chunk("IDAT", z) + png_chunk("IEND", "");
}

}  // namespace

TEST(ImageLoading, ConvertsGrayscale16BitAlphaAndPaletteToRgb8) {
  test::TempDir dir;
  cv::Mat gray(10, 12, CV_8UC1, cv::Scalar(77));
  write_rgb(dir / "gray.png", gray);
  cv::Mat gray16(10, 12, CV_16UC1, cv::Scalar(0xAB12));
  write_rgb(dir / "gray16.png", gray16);
  cv::Mat rgb16(10, 12, CV_16UC3, cv::Scalar(0x1234, 0x5678, 0x9A00));  // R, G, B
  write_rgb(dir / "rgb16.png", rgb16);
  cv::Mat rgba(10, 12, CV_8UC4, cv::Scalar(10, 20, 30, 0));  // fully transparent: colour kept
  write_rgb(dir / "rgba.png", rgba);
  std::string raw;
  for (int y = 0; y < 8; ++y) raw += std::string(1, '\0') + std::string(8, char(y % 2));
  test::write_bytes(
      dir / "palette.png",
      make_png(8, 8, 3, png_chunk("PLTE", std::string("\xC8\x64\x0A\x01\x02\x03", 6)), raw));

  auto expect_all = [](const cv::Mat& m, cv::Vec3b rgb) {
    ASSERT_EQ(m.type(), CV_8UC3);
    EXPECT_EQ(cv::countNonZero(m.reshape(1) != solid(m.cols, m.rows, rgb).reshape(1)), 0);
  };
  expect_all(load_image_rgb(dir / "gray.png"), {77, 77, 77});
  expect_all(load_image_rgb(dir / "gray16.png"), {0xAB, 0xAB, 0xAB});
  expect_all(load_image_rgb(dir / "rgb16.png"), {0x12, 0x56, 0x9A});
  expect_all(load_image_rgb(dir / "rgba.png"), {10, 20, 30});
  const cv::Mat pal = load_image_rgb(dir / "palette.png");
  EXPECT_EQ(pal.at<cv::Vec3b>(0, 3), cv::Vec3b(200, 100, 10));
  EXPECT_EQ(pal.at<cv::Vec3b>(1, 5), cv::Vec3b(1, 2, 3));
}

TEST(ImageLoading, IgnoresExifOrientationAsPilDoes) {
  test::TempDir dir;
  // Stored 40 wide, 24 high: red top half, blue bottom half, tagged with orientation 6 (a viewer
  // turns it clockwise). Image.open ignores the tag, so training sees it as stored: 40 x 24, red
  // on top. tests/core/test_exif_orientation.cpp has the tag reader and the upright copy.
  cv::Mat img = solid(40, 24, {255, 0, 0});
  img.rowRange(12, 24).setTo(cv::Scalar(0, 0, 255));
  cv::Mat bgr;
  cv::cvtColor(img, bgr, cv::COLOR_RGB2BGR);
  std::vector<uint8_t> jpeg;
  ASSERT_TRUE(cv::imencode(".jpg", bgr, jpeg));
  const std::string exif("Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0",
                         32);
  const auto len = static_cast<uint16_t>(exif.size() + 2);
  std::string bytes(jpeg.begin(), jpeg.end());
  bytes.insert(2, std::string("\xFF\xE1", 2) + char(len >> 8) + char(len & 0xFF) + exif);
  test::write_bytes(dir / "rotated.jpg", bytes);

  const cv::Mat trained = load_image_rgb(dir / "rotated.jpg");
  ASSERT_EQ(trained.cols, 40);
  ASSERT_EQ(trained.rows, 24);
  const cv::Vec3b top = trained.at<cv::Vec3b>(3, 20), bottom = trained.at<cv::Vec3b>(20, 20);
  EXPECT_GT(top[0], 200);
  EXPECT_LT(top[2], 60);
  EXPECT_GT(bottom[2], 200);
  EXPECT_LT(bottom[0], 60);
  EXPECT_EQ(probe_image(dir / "rotated.jpg").width, 40);  // the header's (stored) size
}

TEST(ImageLoading, BadFilesGiveFileErrorNamingTheFile) {
  test::TempDir dir;
  const auto load = [](const fs::path& p) { return [p] { load_image_rgb(p); }; };
  expect_file_error(dir / "missing.png", load(dir / "missing.png"), "not found");
  test::write_bytes(dir / "empty.jpg", "");
  expect_file_error(dir / "empty.jpg", load(dir / "empty.jpg"), "empty");
  test::write_bytes(dir / "notes.png", "these are not pixels\n");
  expect_file_error(dir / "notes.png", load(dir / "notes.png"), "not an image");
  write_rgb(dir / "dot.png", solid(1, 1, {1, 2, 3}));
  expect_file_error(dir / "dot.png", load(dir / "dot.png"), "at least 8 pixels");
  // A header claiming 20000 x 20000 is refused before anything is decoded.
  test::write_bytes(dir / "huge.png", make_png(20000, 20000, 2, "", std::string(1, '\0')));
  expect_file_error(dir / "huge.png", load(dir / "huge.png"), "megapixels");
  std::vector<uint8_t> png;
  cv::imencode(".png", cv::Mat(64, 64, CV_8UC3, cv::Scalar(1, 2, 3)), png);
  test::write_bytes(dir / "cut.png", std::string(png.begin(), png.begin() + 40));
  expect_file_error(dir / "cut.png", load(dir / "cut.png"), "cannot be decoded");
  // Found by fuzzing: sides whose product overflows int64 (it passed as negative).
  test::write_bytes(dir / "bomb.png",
                    make_png(4294961384u, 3907578088u, 2, "", std::string(1, '\0')));
  expect_file_error(dir / "bomb.png", load(dir / "bomb.png"), "megapixels");
  // Found by fuzzing: a file OpenCV takes for DICOM made its GDCM decoder abort the process.
  // Formats the app does not read never reach OpenCV.
  std::string dicom(128, '\0');
  dicom += "DICM";
  dicom += std::string(64, '\xef');
  test::write_bytes(dir / "scan.dcm.jpg", dicom);
  expect_file_error(dir / "scan.dcm.jpg", load(dir / "scan.dcm.jpg"), "not an image file");
}

TEST(ImageLoading, ListsImagesByNameAndReportsOtherFiles) {
  test::TempDir dir;
  for (const char* name : {"b.PNG", "a.jpg", "c.webp", "notes.txt", "._a.jpg"})
    test::write_bytes(dir / name, "x");
  fs::create_directories(dir / "sub.png");
  const ImageListing l = list_images(dir.path());
  EXPECT_EQ(l.images, (std::vector<fs::path>{dir / "a.jpg", dir / "b.PNG", dir / "c.webp"}));
  EXPECT_EQ(l.skipped, (std::vector<fs::path>{dir / "._a.jpg", dir / "notes.txt"}));
  expect_file_error(
      dir / "nope", [&] { list_images(dir / "nope"); }, "not found");
}

TEST(ImageLoading, BilinearResizeEqualsPillow) {
  // Expected bytes from Pillow 9.4: Image.fromarray(a).resize((ow, oh), Image.BILINEAR).
  auto make = [](int w, int h) {
    cv::Mat a(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x)
        for (int c = 0; c < 3; ++c)
          a.at<cv::Vec3b>(y, x)[c] = (x * 37 + y * 91 + c * 53 + x * y * 13) % 256;
    return a;
  };
  struct Case {
    int w, h, ow, oh;
    std::vector<int> expected;
  };
  const std::vector<Case> cases = {
      {7, 5, 3, 4, {58,  111, 150, 125, 151, 178, 166, 150, 121, 154, 161, 144,
                    151, 130, 123, 120, 127, 157, 123, 130, 113, 153, 132, 125,
                    155, 108, 138, 117, 170, 128, 132, 113, 140, 120, 109, 162}},
      {13, 10, 4, 3, {126, 139, 139, 138, 134, 140, 126, 122, 126, 122, 159, 126,
                      128, 144, 145, 145, 117, 145, 141, 127, 142, 121, 143, 131,
                      145, 105, 153, 133, 120, 128, 135, 124, 125, 147, 110, 140}},
  };
  for (const Case& c : cases) {
    const cv::Mat r = resize_bilinear_pil(make(c.w, c.h), c.ow, c.oh);
    ASSERT_TRUE(r.isContinuous());
    EXPECT_EQ(std::vector<int>(r.data, r.data + r.total() * 3), c.expected) << c.w << "x" << c.h;
  }
  // Upsampling 4x3 -> 9x7: spot checks (first pixel row and the last pixel).
  const cv::Mat up = resize_bilinear_pil(make(4, 3), 9, 7);
  EXPECT_EQ(std::vector<int>(up.data, up.data + 9),
            (std::vector<int>{0, 53, 106, 6, 59, 112, 23, 76, 129}));
  EXPECT_EQ(std::vector<int>(up.data + up.total() * 3 - 3, up.data + up.total() * 3),
            (std::vector<int>{115, 168, 221}));
}

}  // namespace cds
