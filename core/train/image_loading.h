// Reading training images: any file OpenCV decodes, as 8-bit RGB, and the image files of a folder.
// Mirrors what train_custom_diffusion.py (diffusers v0.31.0) does with `Image.open(path)` and
// `.convert("RGB")`, plus PIL's bilinear `Image.resize`, which the script's augmentation uses.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include <opencv2/core.hpp>

namespace cds {

// Images smaller than this on either side are refused: nothing can be learned from them, and a
// 1x1 file is almost always a broken download or a placeholder.
inline constexpr int kMinImageSide = 8;
// Larger images are refused before their pixels are decoded (a 100-megapixel RGB image already
// takes 300 MB), so a stray panorama or a malicious header cannot exhaust memory.
inline constexpr int64_t kMaxImagePixels = 100'000'000;
// Files above this size are refused without being read.
inline constexpr uintmax_t kMaxImageFileBytes = uintmax_t{512} << 20;

// Width and height as the file's header states them (before EXIF orientation), 0 when the format
// is one whose header is not parsed here (TIFF, PNM, JPEG 2000, ...): then only decoding tells.
struct ImageHeader {
  int width = 0;
  int height = 0;
};

// A cheap check without decoding pixels: the file exists, is not empty or oversized, has a format
// OpenCV reads, and (for PNG, JPEG, BMP and WebP) a size within kMinImageSide..kMaxImagePixels;
// a JPEG must also end with its end-of-image marker and a WebP must not be animated.
// Throws FileError naming the file otherwise.
ImageHeader probe_image(const std::filesystem::path& file);

// Decodes an image file into 8-bit RGB (CV_8UC3, R first, continuous): gray, palette and alpha
// images give exactly the bytes of PIL's Image.open(f).convert("RGB") (checked against Pillow 9.4
// for PNG, JPEG, WebP, BMP and TIFF). Throws FileError naming the file for a missing, empty,
// oversized, undecodable, truncated, too small or too large image. The EXIF orientation is
// ignored, as Image.open ignores it: a phone photo stored sideways is trained sideways (the dataset
// checks say so and offer an upright copy, see exif_orientation.h and upright_copy.h).
// Deliberate differences from the script:
// - a JPEG cut off before its end marker is refused (PIL refuses it too, but only when loading);
// - animated WebP is refused (PIL takes its first frame; OpenCV cannot decode it);
// - 16-bit images keep their high byte (PIL clips 16-bit grayscale to 255, a white image);
// - CMYK JPEGs are converted by libjpeg, within 1 of PIL's formula.
cv::Mat load_image_rgb(const std::filesystem::path& file);

// PIL's Image.resize(size, Image.BILINEAR) for 8-bit RGB, bit for bit (Pillow's Resample.c): a
// triangle filter widened by the scale factor when shrinking (so it antialiases), separable,
// horizontal pass then vertical, 22-bit fixed-point weights, rounded and clipped to 8 bits after
// each pass. The same size returns a copy, as PIL does.
cv::Mat resize_bilinear_pil(const cv::Mat& rgb, int width, int height);

// The image files of a folder (not its subfolders), sorted by file name. Files are chosen by
// extension (jpg, jpeg, png, bmp, webp, tif, tiff, ppm, pgm, pbm, pnm, jp2; any case); other
// files, hidden files included, are listed in `skipped` so the caller can report them.
struct ImageListing {
  std::vector<std::filesystem::path> images;
  std::vector<std::filesystem::path> skipped;
};
// Throws FileError when `folder` is missing or not a folder. An empty listing is not an error.
ImageListing list_images(const std::filesystem::path& folder);

// Whether the file name has one of the extensions list_images accepts.
bool has_image_extension(const std::filesystem::path& file);

}  // namespace cds
