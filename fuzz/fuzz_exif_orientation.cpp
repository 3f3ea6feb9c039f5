// The EXIF orientation reader on raw bytes (JPEG APP1, PNG eXIf, WebP EXIF, TIFF IFD0): the
// Concepts page and the training log read it from every photo a person drops in.
#include "core/train/exif_orientation.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const int orientation = cds::exif_orientation(data, size);
  if (orientation < 1 || orientation > 8) __builtin_trap();
  return 0;
}
