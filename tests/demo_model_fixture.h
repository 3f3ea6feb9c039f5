// The project's own demo model (core/model/demo_model.h) for the tests that need a model but not
// parity with diffusers: they run without the golden data. Written once per test process.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace cds::test {

// A folder holding write_demo_model(folder, 1234): complete tiny SD v1-style model with random
// weights, resolution 64, a small vocabulary with "photo", "of", "a", "cat", "dog", "toy", ...
// and the initializer pieces "ktn", "pll", "ucd". Written on first use into a temporary folder
// that is removed when the process exits. Tests must not change it.
const std::filesystem::path& demo_model_dir();

// The id of `entry` in the demo model's vocabulary (e.g. "ktn", "cat</w>"), and its size (the
// id the first added token gets). Read from tokenizer/vocab.json; a missing entry fails the test.
int64_t demo_vocab_id(const std::string& entry);
int64_t demo_vocab_size();

}  // namespace cds::test
