// The Custom Diffusion training dataset (see custom_diffusion_dataset.h): CustomDiffusionDataset
// (__init__, preprocess, __getitem__) and collate_fn of diffusers v0.31.0
// examples/custom_diffusion/train_custom_diffusion.py, step by step.
#include "core/train/custom_diffusion_dataset.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <limits>
#include <locale>
#include <sstream>
#include <stdexcept>

#include <torch/torch.h>
#include <opencv2/core.hpp>

#include "core/error.h"
#include "core/train/class_folder.h"
#include "core/train/exif_orientation.h"
#include "core/train/image_loading.h"

namespace cds {

namespace fs = std::filesystem;

int64_t uniform_int(std::mt19937_64& rng, int64_t low, int64_t high) {
  if (high <= low) throw std::invalid_argument("uniform_int: empty range");
  const uint64_t span = static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
  // Rejecting the lowest 2^64 mod span values leaves a multiple of span equally likely values.
  const uint64_t reject_below = (0 - span) % span;
  uint64_t x = rng();
  while (x < reject_below) x = rng();
  return low + static_cast<int64_t>(x % span);
}

double uniform01(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

std::vector<int64_t> random_permutation(int64_t n, std::mt19937_64& rng) {
  std::vector<int64_t> order(static_cast<size_t>(std::max<int64_t>(n, 0)));
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int64_t>(i);
  shuffle(order, rng);
  return order;
}

std::string save_rng_state(const std::mt19937_64& rng) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out << rng;
  return out.str();
}

void restore_rng_state(std::mt19937_64& rng, const std::string& state) {
  std::istringstream in(state);
  in.imbue(std::locale::classic());
  std::mt19937_64 restored;
  in >> restored;
  if (in.fail()) throw CoreError("not a saved random-number generator state");
  rng = restored;
}

namespace {

// Instance pixels: np.array(img) / 127.5 - 1.0 computed in float64, then cast to float32.
const std::array<float, 256>& instance_lut() {
  static const std::array<float, 256> lut = [] {
    std::array<float, 256> t{};
    for (int v = 0; v < 256; ++v) t[v] = static_cast<float>(v / 127.5 - 1.0);
    return t;
  }();
  return lut;
}

// Class pixels: ToTensor (x / 255 in float32) then Normalize([0.5], [0.5]) (sub, div in float32).
const std::array<float, 256>& class_lut() {
  static const std::array<float, 256> lut = [] {
    std::array<float, 256> t{};
    for (int v = 0; v < 256; ++v) t[v] = (static_cast<float>(v) / 255.0f - 0.5f) / 0.5f;
    return t;
  }();
  return lut;
}

// Writes the RGB8 region (y0, x0, h, w) of `rgb` into the [3, R, R] planes of `chw` at (top, left).
void put_pixels(const cv::Mat& rgb, int y0, int x0, int h, int w, float* chw, int resolution,
                int top, int left, const std::array<float, 256>& lut) {
  const size_t plane = static_cast<size_t>(resolution) * resolution;
  for (int y = 0; y < h; ++y) {
    const uint8_t* src = rgb.ptr<uint8_t>(y0 + y, x0);
    float* dst = chw + static_cast<size_t>(top + y) * resolution + left;
    for (int x = 0; x < w; ++x)
      for (int c = 0; c < 3; ++c) dst[c * plane + x] = lut[src[3 * x + c]];
  }
}

// Python's round() on (a / 2.0): halves go to the even neighbour (torchvision's CenterCrop).
int half_round_even(int a) {
  const int q = a / 2;
  return (a % 2 == 0 || q % 2 == 0) ? q : q + 1;
}

// --real_prior: the script reads class_data_dir/images.txt (paths) and caption.txt (prompts),
// which retrieve.py writes line by line; read_class_folder_listing reads them as every other part
// of the app does. Deliberate difference: a listed picture that is missing is an error here
// (the script would fail later, inside its DataLoader, without naming the line).
std::vector<CustomDiffusionDataset::Item> read_real_prior(const fs::path& folder) {
  const fs::path images_txt = folder / "images.txt";
  for (const fs::path& list : {images_txt, folder / "caption.txt"})
    if (!fs::is_regular_file(list)) throw FileError(list, "not found or cannot be read");
  const std::vector<ClassFolderListing> listing = read_class_folder_listing(folder);
  if (listing.empty()) throw FileError(images_txt, "lists no images (or caption.txt is empty)");
  std::vector<CustomDiffusionDataset::Item> items;
  for (size_t i = 0; i < listing.size(); ++i) {
    std::error_code ec;
    if (!fs::is_regular_file(listing[i].image, ec))
      throw FileError(images_txt, "line " + std::to_string(i + 1) + ": image \"" +
                                      listing[i].written + "\" not found");
    items.push_back({listing[i].image, listing[i].caption});
  }
  return items;
}

}  // namespace

CustomDiffusionDataset::CustomDiffusionDataset(const std::vector<Concept>& concepts,
                                               const DatasetOptions& options, std::mt19937_64& rng)
    : options_(options) {
  const int r = options.resolution, f = options.vae_scale_factor;
  if (f < 1 || r < kMinImageSide || r % f != 0 || r / f < 3)
    throw CoreError("resolution " + std::to_string(r) + " with VAE scale factor " +
                    std::to_string(f) +
                    ": the resolution must be a multiple of the factor, at least " +
                    std::to_string(std::max(kMinImageSide, 3 * f)) + " pixels");
  if (options.with_prior_preservation && options.num_class_images < 1)
    throw CoreError("num_class_images must be at least 1 with prior preservation");
  if (concepts.empty()) throw CoreError("no concept to train");

  for (const Concept& concept : concepts) {
    ImageListing listing = list_images(concept.instance_data_dir);
    if (listing.images.empty())
      throw FileError(concept.instance_data_dir, "contains no image files (JPEG, PNG, WebP, ...)");
    for (const fs::path& p : listing.images) instances_.push_back({p, concept.instance_prompt});
    skipped_.insert(skipped_.end(), listing.skipped.begin(), listing.skipped.end());

    if (!options.with_prior_preservation) continue;
    std::vector<Item> items;
    if (options.real_prior) {
      items = read_real_prior(concept.class_data_dir);
    } else {
      // Deliberate difference: sorted by name (the script takes iterdir()'s arbitrary order) and
      // only image files (the script would fail on any other file).
      listing = list_images(concept.class_data_dir);
      if (listing.images.empty())
        throw FileError(concept.class_data_dir,
                        "contains no class images; generate or collect them first");
      for (const fs::path& p : listing.images) items.push_back({p, concept.class_prompt});
      skipped_.insert(skipped_.end(), listing.skipped.begin(), listing.skipped.end());
    }
    if (items.size() > static_cast<size_t>(options.num_class_images))
      items.resize(static_cast<size_t>(options.num_class_images));
    classes_.insert(classes_.end(), items.begin(), items.end());
  }
  // Deliberate difference: headers are checked up front; the script finds a bad file when it
  // first loads it.
  for (const std::vector<Item>* items : {&instances_, &classes_}) {
    for (const Item& item : *items) {
      probe_image(item.image);
      if (read_exif_orientation(item.image) != 1) sideways_.push_back(item.image);
    }
  }

  shuffle(instances_, rng);
  length_ = static_cast<int64_t>(std::max(instances_.size(), classes_.size()));
}

TrainExample CustomDiffusionDataset::get(int64_t index, std::mt19937_64& rng) const {
  if (index < 0 || index >= length_)
    throw std::out_of_range("dataset index " + std::to_string(index) + " outside [0, " +
                            std::to_string(length_) + ")");
  const int size = options_.resolution, f = options_.vae_scale_factor, m = size / f;
  TrainExample example;

  const Item& instance = instances_[static_cast<size_t>(index) % instances_.size()];
  cv::Mat image = load_image_rgb(instance.image);
  if (options_.hflip && uniform01(rng) < 0.5) cv::flip(image, image, 1);

  // The random-scale augmentation: shrink to [size/3, size] with probability 0.66, else enlarge
  // to [1.2 size, 1.4 size). Draw order as in the script: uniform, scale, top, left, prefix.
  int scale = size;
  if (options_.aug) {
    scale = static_cast<int>(uniform01(rng) < 0.66 ? uniform_int(rng, size / 3, size + 1)
                                                   : uniform_int(rng, static_cast<int>(1.2 * size),
                                                                 static_cast<int>(1.4 * size)));
  }
  // preprocess(): the image is squashed to scale x scale whatever its aspect ratio, as in the
  // script, then placed on (or cropped to) the size x size canvas.
  const int outer = std::max(scale, size), inner = std::min(scale, size);
  const int top = static_cast<int>(uniform_int(rng, 0, outer - inner + 1));
  const int left = static_cast<int>(uniform_int(rng, 0, outer - inner + 1));
  const cv::Mat resized = resize_bilinear_pil(image, scale, scale);
  example.instance_pixel_values = torch::zeros({3, size, size}, torch::kFloat32);
  example.instance_mask = torch::zeros({m, m}, torch::kFloat32);
  float* pixels = example.instance_pixel_values.data_ptr<float>();
  if (scale > size) {
    put_pixels(resized, top, left, size, size, pixels, size, 0, 0, instance_lut());
    example.instance_mask.fill_(1.0f);
  } else {
    put_pixels(resized, 0, 0, scale, scale, pixels, size, top, left, instance_lut());
    // The valid region shrunk by one latent pixel on each side (Python slice bounds, clamped).
    const int y0 = top / f + 1, y1 = std::min((top + scale) / f - 1, m);
    const int x0 = left / f + 1, x1 = std::min((left + scale) / f - 1, m);
    if (y1 > y0 && x1 > x0) example.instance_mask.slice(0, y0, y1).slice(1, x0, x1).fill_(1.0f);
  }
  example.instance_prompt = instance.prompt;
  static const std::array<const char*, 2> small = {"a far away ", "very small "};
  static const std::array<const char*, 2> large = {"zoomed in ", "close up "};
  if (scale < 0.6 * size)
    example.instance_prompt = small[uniform_int(rng, 0, 2)] + instance.prompt;
  else if (scale > size)
    example.instance_prompt = large[uniform_int(rng, 0, 2)] + instance.prompt;

  if (!options_.with_prior_preservation) return example;
  // image_transforms: RandomHorizontalFlip, Resize(size) of the shorter side (bilinear, PIL),
  // CenterCrop or RandomCrop(size), ToTensor, Normalize([0.5], [0.5]).
  const Item& cls = classes_[static_cast<size_t>(index) % classes_.size()];
  image = load_image_rgb(cls.image);
  if (options_.hflip && uniform01(rng) < 0.5) cv::flip(image, image, 1);
  const int w = image.cols, h = image.rows;
  const int short_side = std::min(w, h), long_side = std::max(w, h);
  const int new_long =
      static_cast<int>(static_cast<double>(int64_t{size} * long_side) / short_side);
  const int new_w = w <= h ? size : new_long, new_h = w <= h ? new_long : size;
  image = resize_bilinear_pil(image, new_w, new_h);
  int crop_top = 0, crop_left = 0;
  if (options_.center_crop) {
    crop_top = half_round_even(new_h - size);
    crop_left = half_round_even(new_w - size);
  } else if (new_h != size || new_w != size) {
    crop_top = static_cast<int>(uniform_int(rng, 0, new_h - size + 1));
    crop_left = static_cast<int>(uniform_int(rng, 0, new_w - size + 1));
  }
  example.class_pixel_values = torch::empty({3, size, size}, torch::kFloat32);
  put_pixels(image, crop_top, crop_left, size, size, example.class_pixel_values.data_ptr<float>(),
             size, 0, 0, class_lut());
  example.class_prompt = cls.prompt;
  return example;
}

TrainBatch collate(const std::vector<TrainExample>& examples, bool with_prior_preservation) {
  if (examples.empty()) throw std::invalid_argument("collate: no examples");
  std::vector<torch::Tensor> pixels, masks;
  TrainBatch batch;
  for (const TrainExample& e : examples) {
    pixels.push_back(e.instance_pixel_values);
    masks.push_back(e.instance_mask);
    batch.prompts.push_back(e.instance_prompt);
  }
  if (with_prior_preservation) {
    for (const TrainExample& e : examples) {
      if (!e.class_pixel_values.defined())
        throw std::invalid_argument("collate: an example has no class image");
      pixels.push_back(e.class_pixel_values);
      masks.push_back(torch::ones_like(e.instance_mask));  // the script's class_mask
      batch.prompts.push_back(e.class_prompt);
    }
  }
  batch.pixel_values = torch::stack(pixels).to(torch::kFloat32).contiguous();
  batch.mask = torch::stack(masks).to(torch::kFloat32).unsqueeze(1).contiguous();
  return batch;
}

}  // namespace cds
