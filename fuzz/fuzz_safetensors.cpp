// safetensors files (model weights, concepts): the header's JSON, its offsets and dtypes.
#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto file = cds::fuzz::write_file("weights.safetensors", cds::fuzz::as_text(data, size));
  try {
    const auto st = cds::SafetensorsFile::open(file);
    // Touch the first and last byte of every tensor: offsets the header check let through must
    // lie inside the mapping (AddressSanitizer says so otherwise).
    volatile uint8_t sink = 0;
    for (const auto& info : st.tensors()) {
      const auto* found = st.find(info.name);
      if (!found || found->byte_size() == 0) continue;
      const uint8_t* bytes = st.data(*found);
      sink = sink ^ bytes[0] ^ bytes[found->byte_size() - 1];
    }
    (void)st.metadata();
  } catch (const cds::CoreError&) {
  }
  return 0;
}
