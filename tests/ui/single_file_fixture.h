// The engine's side of the GUI's single-file tests, in a translation unit of its own (torch's
// headers and Qt's `slots` keyword do not mix): the demo model as one checkpoint file, and
// what the engine loads from such a file with the studio's settings.
#pragma once

#include <string>

namespace cds::test {

// Writes the diffusers model in `folder` as one original-layout checkpoint `file`.
void write_single_file_from(const std::string& folder, const std::string& file);
// The scheduler prediction type of `file` loaded with these LoadOptions fields.
std::string loaded_prediction_type(const std::string& file, const std::string& prediction_type,
                                   const std::string& config, const std::string& vae);

}  // namespace cds::test
