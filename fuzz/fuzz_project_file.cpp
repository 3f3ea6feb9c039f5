// Project files (.cdproj) as the studio and `cdstudio-cli train --project` open them, and the
// training run a project means.
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/project/project_run.h"
#include "core/project/studio_project.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto file = cds::fuzz::write_file("project.cdproj", cds::fuzz::as_text(data, size));
  try {
    const cds::StudioProject project = cds::load_project(file);
    (void)cds::project_training_problems(project);
    (void)cds::training_config_for_project(project, "concepts_list.json");
    (void)cds::project_to_json(project).dump();
  } catch (const cds::CoreError&) {
  }
  return 0;
}
