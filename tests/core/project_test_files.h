// A two-concept studio project for the project tests (file format and training run).
#pragma once

#include <filesystem>

#include "core/project/studio_project.h"

namespace cds::test {

inline StudioProject sample_project(const std::filesystem::path& photos) {
  StudioProject p;
  p.model = "/models/sd15";
  ProjectConcept a;
  a.class_name = "cat";
  a.modifier_token = "<new1>";
  a.initializer_token = "ktn";
  a.images = {(photos / "a.png").string(), (photos / "b.png").string()};
  a.class_source = ClassImageSource::Fetch;
  a.class_data_dir = "/data/cat";
  a.num_class_images = 150;
  ProjectConcept b;
  b.class_name = "wooden pot";
  b.modifier_token = "<new2>";
  b.initializer_token = "pll";
  b.instance_prompt = "a <new2> pot on a table";
  b.images = {(photos / "c.png").string()};
  b.class_source = ClassImageSource::Generate;
  b.class_data_dir = "/data/pot";
  b.num_class_images = 200;
  p.training.concepts = {a, b};
  p.training.output_dir = "/runs/out";
  p.training.steps = 300;
  p.training.learning_rate = 2e-5;
  p.training.batch_size = 2;
  p.training.resolution = 256;
  p.training.precision = "bf16";
  p.training.device = "cuda:0";
  p.training.gradient_checkpointing = true;
  p.training.resume = true;
  p.training.seed = 7;
  p.generation.prompt = "a <new1> cat";
  p.generation.seed = 18446744073709551615ull;  // the largest 64-bit seed survives JSON
  p.generation.scheduler = "dpm++2m";
  return p;
}

}  // namespace cds::test
