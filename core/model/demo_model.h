// The first-run demo: a tiny Stable Diffusion folder the studio makes itself (complete random
// weights, a small vocabulary of its own; nothing downloaded) and a few synthetic photos, so a
// person can click through training and generation in a minute on a CPU. Results are noise.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace cds {

// Writes model_index.json and the five components (tokenizer, text_encoder, unet, vae,
// scheduler) under `root`, with every weight the loader needs, drawn from `seed`. The vocabulary
// holds CLIP's 512 byte symbols plus a few whole words (photo, of, a, cat, dog, toy, ...) and
// the pieces "ktn", "pll", "ucd" used as initializer tokens. Its default resolution is 64.
// Throws FileError when a file cannot be written.
void write_demo_model(const std::filesystem::path& root, uint64_t seed = 1234);

// Writes `count` small synthetic photos (coloured shapes on a background, PNG, 96x96) into
// `dir` and returns their paths. In core_images (it draws with OpenCV); the model is in core.
std::vector<std::filesystem::path> write_demo_images(const std::filesystem::path& dir,
                                                     int count = 5, uint64_t seed = 7);

}  // namespace cds
