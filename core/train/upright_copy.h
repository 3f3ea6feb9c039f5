// Turning a sideways phone photo upright: its pixels rotated or mirrored as its EXIF orientation
// says (what ImageOps.exif_transpose does in PIL), written as a new PNG without the tag. Training
// ignores the tag (as diffusers does), so a person who wants the photo upright uses the copy.
#pragma once

#include <filesystem>

#include <opencv2/core.hpp>

namespace cds {

// The image as it is meant to be seen: `stored` transformed for EXIF orientation 2..8 (1 and
// anything else return it unchanged). Any type of cv::Mat.
cv::Mat apply_exif_orientation(const cv::Mat& stored, int orientation);

// A file name for the upright copy of `photo` in `folder` that is not taken yet:
// "<name>-upright.png", then "<name>-upright-2.png", ...
std::filesystem::path free_upright_copy_path(const std::filesystem::path& photo,
                                             const std::filesystem::path& folder);

// Decodes `photo` as training does, turns it upright and writes it to `target` as PNG (lossless,
// no EXIF), atomically. Never touches `photo`. Throws FileError naming the file at fault.
void write_upright_copy(const std::filesystem::path& photo, const std::filesystem::path& target);

}  // namespace cds
