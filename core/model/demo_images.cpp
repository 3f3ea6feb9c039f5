// The demo model's photos (write_demo_images in demo_model.h), drawn with OpenCV; in core_images
// so that the demo model itself (demo_model.cpp) stays in the OpenCV-free engine.
#include "core/model/demo_model.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"

namespace fs = std::filesystem;

namespace cds {

std::vector<fs::path> write_demo_images(const fs::path& dir, int count, uint64_t seed) {
  fs::create_directories(dir);
  cv::RNG rng(seed);
  std::vector<fs::path> out;
  for (int i = 0; i < count; ++i) {
    // A "toy" (an orange disc with a dark square on it) photographed in different rooms: its
    // size, place and turn change, as do the wall, the floor and something else in the shot, so
    // the photos vary the way real ones do (and the near-duplicate check has no reason to warn).
    const cv::Scalar wall(rng.uniform(120, 240), rng.uniform(120, 240), rng.uniform(120, 240));
    const cv::Scalar floor(rng.uniform(40, 160), rng.uniform(40, 160), rng.uniform(40, 160));
    cv::Mat img(96, 96, CV_8UC3, wall);
    const int horizon = rng.uniform(35, 70);
    cv::rectangle(img, cv::Point(0, horizon), cv::Point(95, 95), floor, cv::FILLED);
    const cv::Point other(rng.uniform(5, 80), rng.uniform(5, 80));
    cv::rectangle(img, other, other + cv::Point(rng.uniform(8, 20), rng.uniform(8, 30)),
                  cv::Scalar(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255)),
                  cv::FILLED);
    const int radius = rng.uniform(16, 32);
    const cv::Point centre(rng.uniform(radius, 96 - radius), rng.uniform(radius, 96 - radius));
    cv::circle(img, centre, radius, cv::Scalar(40, 90, 220), cv::FILLED, cv::LINE_AA);
    const cv::RotatedRect mark(centre, cv::Size2f(radius * 0.8f, radius * 0.8f),
                               static_cast<float>(rng.uniform(0, 90)));
    cv::Point2f corners[4];
    mark.points(corners);
    std::vector<cv::Point> polygon(corners, corners + 4);
    cv::fillConvexPoly(img, polygon, cv::Scalar(30, 40, 120), cv::LINE_AA);
    const auto file = dir / ("demo-" + std::to_string(i + 1) + ".png");
    if (!cv::imwrite(file.string(), img)) throw FileError(file, "cannot write the demo image");
    out.push_back(file);
  }
  return out;
}

}  // namespace cds
