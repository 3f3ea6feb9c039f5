// Upright copies of sideways photos (see upright_copy.h). The transforms are OpenCV's own for
// EXIF (ApplyExifOrientation in imgcodecs), so the copy equals what an EXIF-aware viewer shows.
#include "core/train/upright_copy.h"

#include <string>
#include <system_error>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/train/exif_orientation.h"
#include "core/train/image_loading.h"

namespace cds {

namespace fs = std::filesystem;

cv::Mat apply_exif_orientation(const cv::Mat& stored, int orientation) {
  cv::Mat out;
  switch (orientation) {
    case 2:
      cv::flip(stored, out, 1);
      break;  // mirrored left to right
    case 3:
      cv::flip(stored, out, -1);
      break;  // upside down
    case 4:
      cv::flip(stored, out, 0);
      break;  // mirrored top to bottom
    case 5:
      cv::transpose(stored, out);
      break;
    case 6:
      cv::rotate(stored, out, cv::ROTATE_90_CLOCKWISE);
      break;
    case 7:
      cv::transpose(stored, out);
      cv::flip(out, out, -1);
      break;
    case 8:
      cv::rotate(stored, out, cv::ROTATE_90_COUNTERCLOCKWISE);
      break;
    default:
      out = stored.clone();
  }
  return out;
}

fs::path free_upright_copy_path(const fs::path& photo, const fs::path& folder) {
  const std::string base = photo.stem().string() + "-upright";
  fs::path target = folder / (base + ".png");
  std::error_code ec;
  for (int n = 2; fs::exists(target, ec); ++n)
    target = folder / (base + "-" + std::to_string(n) + ".png");
  return target;
}

void write_upright_copy(const fs::path& photo, const fs::path& target) {
  const cv::Mat stored = load_image_rgb(photo);  // first: its errors say the most
  const cv::Mat rgb = apply_exif_orientation(stored, read_exif_orientation(photo));
  cv::Mat bgr;
  cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  std::vector<uint8_t> png;
  if (!cv::imencode(".png", bgr, png)) throw FileError(target, "the PNG could not be encoded");
  write_file_atomically(target,
                        std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
}

}  // namespace cds
