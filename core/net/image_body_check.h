// Whether downloaded image bytes end where their format says they end. A JPEG cut short still
// decodes (libjpeg fills the missing rows with gray and only warns), so a body cut short on a
// connection without Content-Length would otherwise be kept as an image that looks valid.
#pragma once

#include <string>
#include <string_view>

namespace cds {

// Empty when the bytes look whole (or are of a format without an end to check); otherwise why
// not: a JPEG without its end-of-image marker, a PNG without IEND, a WebP shorter than its
// RIFF size.
std::string incomplete_image_reason(std::string_view bytes);

}  // namespace cds
