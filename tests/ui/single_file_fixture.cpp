// See single_file_fixture.h.
#include "tests/ui/single_file_fixture.h"

#include "core/export/merged_checkpoint.h"
#include "core/pipeline/stable_diffusion.h"

namespace cds::test {

void write_single_file_from(const std::string& folder, const std::string& file) {
  auto model = load_stable_diffusion(folder);
  write_merged_checkpoint(model, model.text_encoder->text_model->config.vocab_size, file,
                          c10::kFloat, {});
}

std::string loaded_prediction_type(const std::string& file, const std::string& prediction_type,
                                   const std::string& config, const std::string& vae) {
  LoadOptions options;
  options.prediction_type = prediction_type;
  options.config = config;
  options.vae = vae;
  return load_stable_diffusion(file, options).scheduler_config.prediction_type.value_or("");
}

}  // namespace cds::test
