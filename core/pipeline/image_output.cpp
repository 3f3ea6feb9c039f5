// Image files from pipeline tensors (see image_output.h).
#include "core/pipeline/image_output.h"

#include <torch/torch.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/png_file.h"

namespace cds {

at::Tensor to_rgb8(const at::Tensor& chw) {
  if (chw.dim() != 3 || chw.size(0) != 3) throw CoreError("an image tensor must be [3, H, W]");
  return (chw.to(torch::kCPU, torch::kFloat).clamp(0, 1) * 255)
      .round()
      .to(torch::kUInt8)
      .permute({1, 2, 0})
      .contiguous();
}

void write_image_png(const std::filesystem::path& file, const at::Tensor& chw,
                     const std::vector<std::pair<std::string, std::string>>& text) {
  const auto rgb = to_rgb8(chw);
  write_png(file, rgb.data_ptr<uint8_t>(), static_cast<int>(rgb.size(1)),
            static_cast<int>(rgb.size(0)), text);
}

void write_image_jpeg(const std::filesystem::path& file, const at::Tensor& chw) {
  const auto rgb = to_rgb8(chw);
  cv::Mat view(static_cast<int>(rgb.size(0)), static_cast<int>(rgb.size(1)), CV_8UC3,
               rgb.data_ptr<uint8_t>());
  cv::Mat bgr;
  cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
  std::vector<uchar> bytes;
  if (!cv::imencode(".jpg", bgr, bytes, {cv::IMWRITE_JPEG_QUALITY, 95}))
    throw FileError(file, "JPEG encoding failed");
  write_file_atomically(
      file, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace cds
