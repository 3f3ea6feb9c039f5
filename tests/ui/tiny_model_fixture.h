// A tiny Stable Diffusion folder the tests make themselves (random weights, a small byte-level
// vocabulary of our own), for GUI tests that need a model but not numerical parity.
#pragma once

#include <filesystem>

namespace cds::test {

// Writes model_index.json and the five component folders under `root`.
void write_tiny_model(const std::filesystem::path& root);

}  // namespace cds::test
