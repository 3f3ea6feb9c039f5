// Image files as the dataset checks and training open them (any format OpenCV decodes: JPEG,
// PNG, WebP, TIFF, BMP...): the header probe, then decoding to RGB and turning it upright.
#include <opencv2/core.hpp>

#include "core/error.h"
#include "core/train/exif_orientation.h"
#include "core/train/image_loading.h"
#include "core/train/upright_copy.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto file = cds::fuzz::write_file("photo.jpg", cds::fuzz::as_text(data, size));
  try {
    (void)cds::probe_image(file);
    const cv::Mat rgb = cds::load_image_rgb(file);
    if (!rgb.empty()) (void)cds::resize_bilinear_pil(rgb, 8, 8);
    // The upright copy's path without writing: the tag, then the transform of the pixels.
    (void)cds::apply_exif_orientation(rgb, cds::read_exif_orientation(file));
  } catch (const cds::CoreError&) {
  } catch (const cv::Exception&) {
    // Not ours to crash on, but the app must not see one either: load_image_rgb catches them.
    __builtin_trap();
  }
  return 0;
}
