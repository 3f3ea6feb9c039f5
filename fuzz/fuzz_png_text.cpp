// PNG text chunks (tEXt, zTXt, iTXt) as "Use These Settings" reads a picture's parameters, and
// AUTOMATIC1111's parameters text itself.
#include "core/error.h"
#include "core/io/png_file.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = cds::fuzz::as_text(data, size);
  const auto file = cds::fuzz::write_file("picture.png", bytes);
  try {
    (void)cds::read_png_text(file);
  } catch (const cds::CoreError&) {
  }
  (void)cds::parse_generation_parameters(std::string(bytes));
  return 0;
}
