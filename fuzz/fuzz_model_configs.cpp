// A model folder's JSON: model_index.json and each component's config (text encoder, UNet, VAE,
// scheduler), as opening a model reads them.
#include "core/error.h"
#include "core/model/configs.h"
#include "core/model/model_folder.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cds;
  const std::string_view text = fuzz::as_text(data, size);
  const auto config = fuzz::write_file("config.json", text);
  try {
    read_clip_text_config(config).validate();
  } catch (const CoreError&) {
  }
  try {
    read_unet_config(config).validate();
  } catch (const CoreError&) {
  }
  try {
    read_vae_config(config).validate();
  } catch (const CoreError&) {
  }
  try {
    (void)read_scheduler_config(config);
  } catch (const CoreError&) {
  }
  fuzz::write_file("model/model_index.json", text);
  try {
    const ModelFolder folder = ModelFolder::open((fuzz::scratch_dir() / "model").string());
    (void)folder.pipeline_class();
  } catch (const CoreError&) {
  }
  return 0;
}
