// Float images from the pipeline to 8-bit files, rounding as diffusers' numpy_to_pil does.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <ATen/core/Tensor.h>

namespace cds {

// [3, H, W] float in [0, 1] -> [H, W, 3] uint8, (x * 255).round().
at::Tensor to_rgb8(const at::Tensor& chw);
// Writes [3, H, W] float in [0, 1] as PNG with optional text chunks (atomic).
void write_image_png(const std::filesystem::path& file, const at::Tensor& chw,
                     const std::vector<std::pair<std::string, std::string>>& text = {});
// Writes [3, H, W] float in [0, 1] as JPEG (quality 95), atomically.
void write_image_jpeg(const std::filesystem::path& file, const at::Tensor& chw);

}  // namespace cds
