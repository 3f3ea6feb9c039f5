// Image end checks (see image_body_check.h): JPEG segments are walked from SOI to EOI, so the
// EOI of an EXIF thumbnail (inside APP1) is not taken for the picture's.
#include "core/net/image_body_check.h"

#include <cstdint>

namespace cds {

namespace {

uint8_t at(std::string_view b, size_t i) { return uint8_t(b[i]); }

bool jpeg_complete(std::string_view b) {
  size_t i = 2;  // after SOI
  while (i + 1 < b.size()) {
    if (at(b, i) != 0xFF) return false;  // not at a marker: damaged
    const uint8_t marker = at(b, i + 1);
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    if (marker == 0xD9) return true;                             // EOI
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
      i += 2;
      continue;
    }
    if (i + 3 >= b.size()) return false;
    const size_t length = size_t(at(b, i + 2)) << 8 | at(b, i + 3);
    i += 2 + length;
    if (marker != 0xDA) continue;
    // After SOS: entropy-coded data up to the next marker that is not a stuffed 0xFF00 or a
    // restart marker.
    while (i + 1 < b.size() && !(at(b, i) == 0xFF && at(b, i + 1) != 0x00 &&
                                 !(at(b, i + 1) >= 0xD0 && at(b, i + 1) <= 0xD7)))
      ++i;
  }
  return false;
}

}  // namespace

std::string incomplete_image_reason(std::string_view b) {
  if (b.size() >= 3 && at(b, 0) == 0xFF && at(b, 1) == 0xD8 && at(b, 2) == 0xFF)
    return jpeg_complete(b) ? "" : "a JPEG without its end (cut short)";
  if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8))
    return b.find("IEND") != std::string_view::npos ? "" : "a PNG without its end (cut short)";
  if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") {
    const uint64_t riff = uint64_t(at(b, 4)) | uint64_t(at(b, 5)) << 8 | uint64_t(at(b, 6)) << 16 |
                          uint64_t(at(b, 7)) << 24;
    return b.size() >= riff + 8 ? "" : "a WebP shorter than its header says (cut short)";
  }
  return "";
}

}  // namespace cds
