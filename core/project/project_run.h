// A project's training run: what the studio's Train page starts and what
// `cdstudio-cli train --project FILE.cdproj` starts, from the same code. The concepts' photos
// are copied into the run's own folder (so the run stays reproducible when the originals move),
// the script's --concepts_list file is written beside them, and the project's settings become a
// TrainingConfig. Plain C++ (no Qt, no torch).
#pragma once

#include <string>
#include <vector>

#include "core/project/studio_project.h"
#include "core/train/training_config.h"

namespace cds {

// What keeps a project from training, one sentence each (empty: it can train): no model, a
// concept without photos or with a malformed word, class pictures for some concepts but not all,
// an image size that is no multiple of 8.
std::vector<std::string> project_training_problems(const StudioProject& project);

// The TrainingConfig the project's settings mean, with `concepts_list` as the concepts file.
// Pure: touches no file.
TrainingConfig training_config_for_project(const StudioProject& project,
                                           const std::string& concepts_list);

// Prepares training.output_dir (instance-images/<n>/ with each concept's photos, and
// concepts_list.json) and returns the run's TrainingConfig. Throws FileError naming the photo or
// folder that could not be copied or made.
TrainingConfig prepare_project_run(const StudioProject& project);

}  // namespace cds
