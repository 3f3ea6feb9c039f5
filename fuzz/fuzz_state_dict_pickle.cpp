// PyTorch zip-pickle state dicts (.bin weights, .ckpt checkpoints): the unpickler that must refuse
// every global and opcode a state dict does not use, and the tensor views it builds over the
// archive's records. Two ways in, chosen by the first byte: the fuzzer's bytes as the whole
// archive (the zip reader), or as data.pkl inside a well-formed archive that also holds eight
// small storages, so mutations reach the unpickler instead of failing the zip's checksums.
#include <caffe2/serialize/inline_container.h>

#include "core/error.h"
#include "core/io/state_dict_pickle.h"
#include "fuzz/fuzz_support.h"

namespace {

std::string archive_around(std::string_view pickle) {
  std::string zip;
  caffe2::serialize::PyTorchStreamWriter writer([&](const void* data, size_t n) -> size_t {
    zip.append(static_cast<const char*>(data), n);
    return n;
  });
  writer.writeRecord("data.pkl", pickle.data(), pickle.size());
  static const std::string storage(64, '\x3f');
  for (int i = 0; i < 8; ++i)
    writer.writeRecord("data/" + std::to_string(i), storage.data(), storage.size() >> i);
  writer.writeEndOfFile();
  return zip;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest = cds::fuzz::as_text(data + 1, size - 1);
  try {
    const auto tensors = data[0] & 1
                             ? cds::read_state_dict_pickle_bytes(rest, "fuzz.bin")
                             : cds::read_state_dict_pickle_bytes(archive_around(rest), "fuzz.bin");
    // Read every element: a view the reader let through must lie inside its storage.
    for (const auto& [name, t] : tensors) (void)t.sum().item<double>();
  } catch (const cds::CoreError&) {
  }
  return 0;
}
