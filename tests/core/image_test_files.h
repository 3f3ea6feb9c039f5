// Helpers shared by the image-loading and dataset tests: writing test images with OpenCV and
// checking that an error is a FileError naming the right file.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"

namespace cds::test {

namespace fs = std::filesystem;

// Writes an RGB8 (or gray / RGBA / 16-bit) image; OpenCV wants BGR order.
inline void write_rgb(const fs::path& file, const cv::Mat& rgb) {
  cv::Mat bgr = rgb.clone();  // cvtColor must not write into the caller's pixels
  if (rgb.channels() == 3) cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  if (rgb.channels() == 4) cv::cvtColor(rgb, bgr, cv::COLOR_RGBA2BGRA);
  ASSERT_TRUE(cv::imwrite(file.string(), bgr)) << file;
}

inline cv::Mat solid(int w, int h, cv::Vec3b rgb) {
  return cv::Mat(h, w, CV_8UC3, cv::Scalar(rgb));
}

// `folder`/`name` for each image, created with the folder.
inline void write_images(const fs::path& folder,
                         const std::vector<std::pair<std::string, cv::Mat>>& images) {
  fs::create_directories(folder);
  for (const auto& [name, rgb] : images) write_rgb(folder / name, rgb);
}

// Runs f and expects a FileError for `file` whose message names the file and contains `says`.
template <typename F>
void expect_file_error(const fs::path& file, F&& f, const std::string& says) {
  try {
    f();
    ADD_FAILURE() << "no FileError for " << file;
  } catch (const FileError& e) {
    EXPECT_EQ(e.file(), file);
    EXPECT_NE(std::string(e.what()).find(file.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(says), std::string::npos) << e.what();
  }
}

}  // namespace cds::test
