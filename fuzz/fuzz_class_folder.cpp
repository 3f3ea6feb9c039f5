// A class folder's lists (images.txt, caption.txt, urls.txt) as training, the studio and adding
// more pictures read them. The input is split into the three files at its first two NUL bytes.
#include "core/error.h"
#include "core/train/class_folder.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view rest = cds::fuzz::as_text(data, size);
  std::string_view parts[3];
  for (int i = 0; i < 3; ++i) {
    const size_t cut = i < 2 ? rest.find('\0') : std::string_view::npos;
    parts[i] = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
  }
  cds::fuzz::write_file("class/images.txt", parts[0]);
  cds::fuzz::write_file("class/caption.txt", parts[1]);
  cds::fuzz::write_file("class/urls.txt", parts[2]);
  const auto folder = cds::fuzz::scratch_dir() / "class";
  try {
    (void)cds::read_class_folder_listing(folder);
    const cds::ClassFolder class_folder(folder);
    (void)class_folder.count();
  } catch (const cds::CoreError&) {
  }
  return 0;
}
