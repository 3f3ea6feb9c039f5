// The Custom Diffusion training data: instance images with their prompt, class (prior) images with
// theirs, the random-scale augmentation with its valid-region mask, and the batch collation.
// Mirrors CustomDiffusionDataset and collate_fn of diffusers v0.31.0
// examples/custom_diffusion/train_custom_diffusion.py.
#pragma once

#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <torch/types.h>

namespace cds {

// One entry of the script's --concepts_list (or its single-concept flags).
struct Concept {
  std::string instance_prompt;
  std::filesystem::path instance_data_dir;
  // The prompt of every class image; unused with real_prior (caption.txt gives one per image).
  std::string class_prompt;
  // A folder of class images, or with real_prior the folder holding images.txt and caption.txt
  // as retrieve.py writes them. Unused without prior preservation.
  std::filesystem::path class_data_dir;
};

struct DatasetOptions {
  int resolution = 512;      // --resolution
  int vae_scale_factor = 8;  // f: the mask is resolution / f square (the latent size)
  bool center_crop = false;  // --center_crop (class images only, as in the script)
  bool with_prior_preservation = false;
  bool real_prior = false;     // --real_prior
  int num_class_images = 200;  // --num_class_images: class images kept per concept
  bool hflip = false;          // --hflip: mirror with probability 0.5
  bool aug = true;             // !--noaug: the random-scale augmentation
};

struct TrainExample {
  torch::Tensor instance_pixel_values;  // [3, R, R] float32 in [-1, 1], zeros off the image
  torch::Tensor instance_mask;          // [R/f, R/f] float32, 1 where the loss counts
  std::string instance_prompt;          // with "a far away " etc. prepended by the augmentation
  torch::Tensor class_pixel_values;     // [3, R, R] float32; undefined without prior
  std::string class_prompt;
};

struct TrainBatch {
  torch::Tensor pixel_values;        // [B or 2B, 3, R, R] float32: instances, then class images
  std::vector<std::string> prompts;  // same order; the trainer tokenizes them
  torch::Tensor mask;                // [B or 2B, 1, R/f, R/f] float32; class masks all ones
};

// A reproducible source of randomness: every random decision of the dataset is drawn from a
// std::mt19937_64 owned by the caller, through these helpers (not std:: distributions, whose
// results differ between standard libraries), so runs repeat exactly and can be resumed by
// saving the engine state. We cannot share Python's RNG, so the draws differ from the script's;
// their distributions are the same.

// An integer in [low, high), as np.random.randint(low, high); std::invalid_argument if empty.
int64_t uniform_int(std::mt19937_64& rng, int64_t low, int64_t high);
// A double in [0, 1) from 53 random bits, as np.random.uniform().
double uniform01(std::mt19937_64& rng);
// Fisher-Yates in Python's random.shuffle order; random_permutation(n) shuffles 0..n-1 (an epoch
// order, like the DataLoader's shuffle=True).
template <typename T>
void shuffle(std::vector<T>& items, std::mt19937_64& rng) {
  for (int64_t i = static_cast<int64_t>(items.size()) - 1; i > 0; --i)
    std::swap(items[i], items[uniform_int(rng, 0, i + 1)]);
}
std::vector<int64_t> random_permutation(int64_t n, std::mt19937_64& rng);
// The engine state as text (the standard's portable format) and back; restore throws CoreError
// on text that is not such a state.
std::string save_rng_state(const std::mt19937_64& rng);
void restore_rng_state(std::mt19937_64& rng, const std::string& state);

class CustomDiffusionDataset {
 public:
  // Lists the images of every concept and shuffles the instance images with `rng`, as the
  // script's constructor does with random.shuffle; class images are kept up to num_class_images
  // per concept. Throws FileError for a missing folder, a folder without images, a bad image, or
  // with real_prior a missing or misaligned images.txt / caption.txt; CoreError for invalid
  // options. Deliberate differences from the script:
  // - folders are listed sorted by name, and files that are not images are skipped and reported
  //   (the script takes every file in iterdir() order and fails on a non-image);
  // - every image's header is checked here (probe_image), so a bad file fails now, not hours in;
  // - real prior: images.txt and caption.txt must have the same number of lines (the script's
  //   zip() drops the extra ones), and the script's check that images/ holds exactly
  //   num_class_images files is left out; a listed path is also looked up inside the folder;
  // - without real_prior no class images are generated here: the trainer does that first.
  CustomDiffusionDataset(const std::vector<Concept>& concepts, const DatasetOptions& options,
                         std::mt19937_64& rng);

  // max(instance images, class images), as the script's __len__.
  int64_t size() const { return length_; }
  const DatasetOptions& options() const { return options_; }
  int mask_size() const { return options_.resolution / options_.vae_scale_factor; }

  // The script's __getitem__: instance image index % instances, class image index % class images.
  // Decodes the files (FileError on failure). `index` must be in [0, size()). Below a resolution
  // of 9 f a strongly shrunk image can leave the mask empty, as in the script (whose loss is then
  // 0/0); at 512 with f = 8 it never is. Const and thread-safe given separate engines, so
  // examples can be prepared on a loader thread.
  TrainExample get(int64_t index, std::mt19937_64& rng) const;

  // (file, prompt) pairs in the order get() uses them; for listing in the UI and for tests.
  struct Item {
    std::filesystem::path image;
    std::string prompt;
  };
  const std::vector<Item>& instance_items() const { return instances_; }
  const std::vector<Item>& class_items() const { return classes_; }
  // Non-image files found in the folders (not fatal; the caller may tell the user).
  const std::vector<std::filesystem::path>& skipped_files() const { return skipped_; }
  // Images with an EXIF orientation other than upright: trained as stored, sideways or mirrored
  // (as the script's Image.open does), so the trainer says so.
  const std::vector<std::filesystem::path>& sideways_files() const { return sideways_; }

 private:
  DatasetOptions options_;
  std::vector<Item> instances_;
  std::vector<Item> classes_;
  std::vector<std::filesystem::path> skipped_;
  std::vector<std::filesystem::path> sideways_;
  int64_t length_ = 0;
};

// The script's collate_fn: instance pixel values, prompts and masks, then (with prior
// preservation) the class ones, stacked along a new batch dimension; the mask gets a channel
// dimension. Throws std::invalid_argument for no examples or, with prior, a missing class image.
TrainBatch collate(const std::vector<TrainExample>& examples, bool with_prior_preservation);

}  // namespace cds
