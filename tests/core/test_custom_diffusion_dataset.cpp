// The Custom Diffusion dataset: the random-scale augmentation and its masks, flips, class-image
// resizing and cropping, real-prior captions, collation, and the batch against diffusers'
// train_custom_diffusion.py (golden case g, step 5).
#include "core/train/custom_diffusion_dataset.h"

#include <set>

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <opencv2/imgcodecs.hpp>

#include "core/error.h"
#include "core/io/tensor_file.h"
#include "core/train/image_loading.h"
#include "tests/core/image_test_files.h"
#include "tests/test_support.h"
#include "tests/tolerances.h"
#include "tests/torch_test_support.h"

namespace cds {

namespace fs = std::filesystem;
using test::expect_file_error;
using test::solid;
using test::write_images;
using test::write_rgb;

namespace {

torch::Tensor to_tensor_hwc(const cv::Mat& rgb) {
  return torch::from_blob(rgb.data, {rgb.rows, rgb.cols, 3}, torch::kUInt8).clone();
}

DatasetOptions small_options(int resolution, int f, bool aug) {
  DatasetOptions o;
  o.resolution = resolution;
  o.vae_scale_factor = f;
  o.aug = aug;
  return o;
}

}  // namespace

TEST(GoldenTrainBatch, NoaugBatchEqualsScript) {
  CDS_REQUIRE_GOLDEN();
  const auto g = load_safetensors(test::golden_dir() / "cases/train_step.safetensors",
                                  {"batch.instance_image_uint8_hwc", "batch.class_image_uint8_hwc",
                                   "batch.pixel_values", "batch.mask"});
  test::TempDir dir;
  fs::create_directories(dir / "instance");
  fs::create_directories(dir / "class");
  for (const auto& [key, file] : {std::pair{"batch.instance_image_uint8_hwc", "instance/a.png"},
                                  std::pair{"batch.class_image_uint8_hwc", "class/a.png"}}) {
    torch::Tensor hwc = g.at(key).contiguous();
    write_rgb(dir / file, cv::Mat(64, 64, CV_8UC3, hwc.data_ptr<uint8_t>()).clone());
  }
  DatasetOptions o;
  o.resolution = 64;
  o.vae_scale_factor = 2;
  o.aug = false;
  o.with_prior_preservation = true;
  std::mt19937_64 rng(11);
  CustomDiffusionDataset data({{"photo of a <new1> cat", dir / "instance", "cat", dir / "class"}},
                              o, rng);
  ASSERT_EQ(data.size(), 1);
  const TrainBatch batch = collate({data.get(0, rng)}, true);
  EXPECT_EQ(batch.prompts, (std::vector<std::string>{"photo of a <new1> cat", "cat"}));
  ASSERT_EQ(batch.pixel_values.sizes(), g.at("batch.pixel_values").sizes());
  ASSERT_EQ(batch.mask.sizes(), g.at("batch.mask").sizes());
  EXPECT_LE(test::max_abs_diff(batch.pixel_values, g.at("batch.pixel_values")), test::kPixelAtol);
  EXPECT_TRUE(torch::equal(batch.mask, g.at("batch.mask")));
  EXPECT_EQ(batch.mask[0].sum().item<double>(), 900);  // the one-latent-pixel border ring is 0
}

TEST(CustomDiffusionDataset, AugmentationMaskMatchesThePlacedImage) {
  test::TempDir dir;
  // White stays exactly 255 through the resize, so the placed square reads 1.0 on a 0 canvas.
  write_images(dir / "inst", {{"white.png", solid(80, 48, {255, 255, 255})}});
  std::mt19937_64 rng(0);
  const CustomDiffusionDataset data({{"sks dog", dir / "inst", "", ""}}, small_options(64, 4, true),
                                    rng);
  const std::set<std::string> small = {"a far away sks dog", "very small sks dog"};
  const std::set<std::string> large = {"zoomed in sks dog", "close up sks dog"};
  std::set<std::string> prompts;
  int enlarged = 0, min_scale = 64, max_scale = 0;
  const int draws = 400;
  for (int seed = 0; seed < draws; ++seed) {
    rng.seed(seed);
    const TrainExample ex = data.get(0, rng);
    ASSERT_EQ(ex.instance_pixel_values.sizes(), (std::vector<int64_t>{3, 64, 64}));
    ASSERT_EQ(ex.instance_mask.sizes(), (std::vector<int64_t>{16, 16}));
    EXPECT_TRUE(torch::equal(ex.instance_pixel_values[0], ex.instance_pixel_values[2]));
    prompts.insert(ex.instance_prompt);
    const torch::Tensor placed = ex.instance_pixel_values[0] != 0;
    // Enlarged and cropped: the loss covers everything. (Scale == 64 also fills the canvas.)
    if (placed.all().item<bool>() && ex.instance_prompt != "sks dog") {
      ++enlarged;
      EXPECT_TRUE(ex.instance_mask.eq(1).all().item<bool>());
      EXPECT_EQ(large.count(ex.instance_prompt), 1u) << ex.instance_prompt;
      continue;
    }
    const torch::Tensor rows = placed.any(1).nonzero(), cols = placed.any(0).nonzero();
    const int top = rows[0].item<int>(), left = cols[0].item<int>();
    const int scale = static_cast<int>(rows.size(0));
    ASSERT_EQ(cols.size(0), scale);
    EXPECT_TRUE(ex.instance_pixel_values[0]
                    .slice(0, top, top + scale)
                    .slice(1, left, left + scale)
                    .eq(1.0f)
                    .all()
                    .item<bool>());
    EXPECT_EQ(placed.sum().item<int>(), scale * scale);
    EXPECT_GE(scale, 21);
    min_scale = std::min(min_scale, scale);
    max_scale = std::max(max_scale, scale);
    torch::Tensor expected = torch::zeros({16, 16});
    const int y1 = std::min((top + scale) / 4 - 1, 16), x1 = std::min((left + scale) / 4 - 1, 16);
    if (y1 > top / 4 + 1 && x1 > left / 4 + 1)
      expected.slice(0, top / 4 + 1, y1).slice(1, left / 4 + 1, x1).fill_(1);
    EXPECT_TRUE(torch::equal(ex.instance_mask, expected)) << "top " << top << " scale " << scale;
    EXPECT_GT(ex.instance_mask.sum().item<double>(), 0);
    // Every latent pixel the loss counts lies wholly on the image.
    const torch::Tensor up = ex.instance_mask.repeat_interleave(4, 0).repeat_interleave(4, 1);
    EXPECT_FALSE((up.gt(0) & ~placed).any().item<bool>());
    if (scale < 0.6 * 64)
      EXPECT_EQ(small.count(ex.instance_prompt), 1u) << ex.instance_prompt;
    else
      EXPECT_EQ(ex.instance_prompt, "sks dog");
  }
  EXPECT_NEAR(enlarged / double(draws), 0.34, 0.08);
  EXPECT_LE(min_scale, 24);
  EXPECT_GE(max_scale, 60);
  for (const auto& p : small) EXPECT_EQ(prompts.count(p), 1u) << p;
  for (const auto& p : large) EXPECT_EQ(prompts.count(p), 1u) << p;
}

TEST(CustomDiffusionDataset, AugmentedPixelsAreTheResizedImagePlacedOrCropped) {
  test::TempDir dir;
  cv::Mat img(50, 70, CV_8UC3);
  cv::randu(img, 0, 256);
  write_images(dir / "inst", {{"a.png", img}});
  std::mt19937_64 rng(0);
  const CustomDiffusionDataset data({{"x", dir / "inst", "", ""}}, small_options(64, 4, true), rng);
  auto as_values = [](const cv::Mat& rgb) {  // the script's np.array(img) / 127.5 - 1.0
    return (to_tensor_hwc(rgb).to(torch::kFloat64) / 127.5 - 1.0)
        .to(torch::kFloat32)
        .permute({2, 0, 1})
        .contiguous();
  };
  int shrunk = 0, enlarged = 0;
  for (int seed = 0; seed < 40; ++seed) {
    rng.seed(seed);
    const TrainExample ex = data.get(0, rng);
    const torch::Tensor px = ex.instance_pixel_values;
    const torch::Tensor placed = px.ne(0).any(0);  // image values are never exactly 0
    if (!placed.all().item<bool>() || ex.instance_prompt == "x") {
      const torch::Tensor rows = placed.any(1).nonzero(), cols = placed.any(0).nonzero();
      const int top = rows[0].item<int>(), left = cols[0].item<int>();
      const int scale = static_cast<int>(rows.size(0));
      EXPECT_TRUE(torch::equal(px.slice(1, top, top + scale).slice(2, left, left + scale),
                               as_values(resize_bilinear_pil(img, scale, scale))));
      ++shrunk;
      continue;
    }
    // Enlarged to some scale in [76, 89) and cropped at some offset: find them.
    bool found = false;
    const float first = px[0][0][0].item<float>();
    for (int scale = 76; scale < 89 && !found; ++scale) {
      const torch::Tensor big = as_values(resize_bilinear_pil(img, scale, scale));
      for (int top = 0; top <= scale - 64 && !found; ++top)
        for (int left = 0; left <= scale - 64 && !found; ++left)
          found = big.data_ptr<float>()[top * scale + left] == first &&
                  torch::equal(px, big.slice(1, top, top + 64).slice(2, left, left + 64));
    }
    EXPECT_TRUE(found) << "seed " << seed;
    ++enlarged;
  }
  EXPECT_GT(shrunk, 0);
  EXPECT_GT(enlarged, 0);
}

TEST(CustomDiffusionDataset, NoaugKeepsTheImageAndZeroesTheMaskBorder) {
  test::TempDir dir;
  cv::Mat img(64, 64, CV_8UC3);
  cv::randu(img, 0, 256);
  write_images(dir / "inst", {{"a.png", img}});
  std::mt19937_64 rng(3);
  const CustomDiffusionDataset data({{"sks dog", dir / "inst", "", ""}},
                                    small_options(64, 8, false), rng);
  const TrainExample ex = data.get(0, rng);
  const torch::Tensor expected =
      (to_tensor_hwc(img).to(torch::kFloat64) / 127.5 - 1.0).to(torch::kFloat32).permute({2, 0, 1});
  EXPECT_TRUE(torch::equal(ex.instance_pixel_values, expected));
  torch::Tensor mask = torch::zeros({8, 8});
  mask.slice(0, 1, 7).slice(1, 1, 7).fill_(1);
  EXPECT_TRUE(torch::equal(ex.instance_mask, mask));
  EXPECT_EQ(ex.instance_prompt, "sks dog");
  EXPECT_FALSE(ex.class_pixel_values.defined());
}

TEST(CustomDiffusionDataset, HflipMirrorsAboutHalfTheTime) {
  test::TempDir dir;
  cv::Mat img = solid(64, 64, {255, 0, 0});
  img.colRange(32, 64).setTo(cv::Scalar(0, 0, 255));
  img.at<cv::Vec3b>(5, 7) = {9, 99, 199};
  write_images(dir / "inst", {{"a.png", img}});
  DatasetOptions o = small_options(64, 8, false);
  o.hflip = true;
  std::mt19937_64 rng(1);
  const CustomDiffusionDataset data({{"x", dir / "inst", "", ""}}, o, rng);
  const torch::Tensor plain =
      (to_tensor_hwc(img).to(torch::kFloat64) / 127.5 - 1.0).to(torch::kFloat32).permute({2, 0, 1});
  int flipped = 0;
  for (int i = 0; i < 200; ++i) {
    const torch::Tensor px = data.get(0, rng).instance_pixel_values;
    const bool is_flipped = torch::equal(px, plain.flip({2}));
    EXPECT_TRUE(is_flipped || torch::equal(px, plain));
    flipped += is_flipped;
  }
  EXPECT_GT(flipped, 70);
  EXPECT_LT(flipped, 130);
}

TEST(CustomDiffusionDataset, ClassImagesResizeShorterSideThenCrop) {
  test::TempDir dir;
  auto ramp = [](int w, int h) {
    cv::Mat m(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) m.at<cv::Vec3b>(y, x) = {uint8_t(x * 3), uint8_t(y), 7};
    return m;
  };
  write_images(dir / "inst", {{"a.png", solid(64, 64, {1, 2, 3})}});
  // Already 64 high: no resize; the crop offset is round((w - 64) / 2) with ties to even.
  const std::vector<std::pair<int, int>> width_and_left = {{128, 32}, {65, 0}, {67, 2}};
  for (const auto& [w, left] : width_and_left) {
    const fs::path cls = dir / ("class" + std::to_string(w));
    write_images(cls, {{"c.png", ramp(w, 64)}});
    DatasetOptions o = small_options(64, 8, false);
    o.with_prior_preservation = true;
    o.center_crop = true;
    std::mt19937_64 rng(2);
    const CustomDiffusionDataset data({{"x", dir / "inst", "dog", cls}}, o, rng);
    const TrainExample ex = data.get(0, rng);
    const torch::Tensor expected =
        ((to_tensor_hwc(ramp(w, 64)).to(torch::kFloat32) / 255.0f - 0.5f) / 0.5f)
            .permute({2, 0, 1})
            .slice(2, left, left + 64);
    EXPECT_TRUE(torch::equal(ex.class_pixel_values, expected)) << w;
    EXPECT_EQ(ex.class_prompt, "dog");
    // A random crop takes some column offset in [0, w - 64].
    o.center_crop = false;
    const CustomDiffusionDataset random({{"x", dir / "inst", "dog", cls}}, o, rng);
    const torch::Tensor px = random.get(0, rng).class_pixel_values;
    const int offset = static_cast<int>(std::lround((px[0][0][0].item<float>() + 1) / 2 * 255 / 3));
    EXPECT_LE(offset, w - 64);
    EXPECT_TRUE(
        torch::equal(px, ((to_tensor_hwc(ramp(w, 64)).to(torch::kFloat32) / 255.0f - 0.5f) / 0.5f)
                             .permute({2, 0, 1})
                             .slice(2, offset, offset + 64)));
  }
  // A smaller class image is enlarged (shorter side to 64) and cropped.
  write_images(dir / "small", {{"c.png", ramp(32, 48)}});
  DatasetOptions o = small_options(64, 8, false);
  o.with_prior_preservation = true;
  std::mt19937_64 rng(4);
  const CustomDiffusionDataset data({{"x", dir / "inst", "dog", dir / "small"}}, o, rng);
  const torch::Tensor px = data.get(0, rng).class_pixel_values;
  EXPECT_EQ(px.sizes(), (std::vector<int64_t>{3, 64, 64}));
  EXPECT_LE(px.abs().max().item<float>(), 1.0f);
}

TEST(CustomDiffusionDataset, LengthIsTheLargerSetAndClassImagesAreCapped) {
  test::TempDir dir;
  write_images(dir / "inst", {{"i0.png", solid(16, 16, {0, 0, 0})},
                              {"i1.png", solid(16, 16, {1, 1, 1})},
                              {"i2.png", solid(16, 16, {2, 2, 2})}});
  std::vector<std::pair<std::string, cv::Mat>> classes;
  for (int i = 4; i >= 0; --i)
    classes.push_back({"c" + std::to_string(i) + ".png", solid(16, 16, {9, 9, 9})});
  write_images(dir / "cls", classes);
  test::write_bytes(dir / "cls" / "readme.txt", "class images");
  DatasetOptions o = small_options(64, 8, true);
  o.with_prior_preservation = true;
  std::mt19937_64 rng(7);
  const CustomDiffusionDataset data({{"sks", dir / "inst", "dog", dir / "cls"}}, o, rng);
  EXPECT_EQ(data.size(), 5);
  ASSERT_EQ(data.class_items().size(), 5u);
  EXPECT_EQ(data.class_items()[0].image, dir / "cls" / "c0.png");
  EXPECT_EQ(data.class_items()[4].image, dir / "cls" / "c4.png");
  EXPECT_EQ(data.skipped_files(), (std::vector<fs::path>{dir / "cls" / "readme.txt"}));
  EXPECT_EQ(data.get(4, rng).class_prompt, "dog");
  EXPECT_THROW(data.get(5, rng), std::out_of_range);

  std::mt19937_64 same(7);
  const CustomDiffusionDataset again({{"sks", dir / "inst", "dog", dir / "cls"}}, o, same);
  for (size_t i = 0; i < 3; ++i)  // the instance shuffle repeats with the seed
    EXPECT_EQ(again.instance_items()[i].image, data.instance_items()[i].image);

  o.num_class_images = 2;
  const CustomDiffusionDataset capped({{"sks", dir / "inst", "dog", dir / "cls"}}, o, rng);
  EXPECT_EQ(capped.size(), 3);
  EXPECT_EQ(capped.class_items().size(), 2u);
}

TEST(CustomDiffusionDataset, FoldersWithoutImagesAreErrorsNamingTheFolder) {
  test::TempDir dir;
  fs::create_directories(dir / "empty");
  test::write_bytes(dir / "empty" / "notes.txt", "no pictures here");
  write_images(dir / "inst", {{"a.png", solid(16, 16, {5, 5, 5})}});
  std::mt19937_64 rng(0);
  const DatasetOptions plain = small_options(64, 8, true);
  expect_file_error(
      dir / "empty",
      [&] {
        CustomDiffusionDataset({{"x", dir / "empty", "", ""}}, plain, rng);
      },
      "no image");
  expect_file_error(
      dir / "nope",
      [&] {
        CustomDiffusionDataset({{"x", dir / "nope", "", ""}}, plain, rng);
      },
      "not found");
  DatasetOptions prior = plain;
  prior.with_prior_preservation = true;
  expect_file_error(
      dir / "empty",
      [&] {
        CustomDiffusionDataset({{"x", dir / "inst", "dog", dir / "empty"}}, prior, rng);
      },
      "no class images");
  test::write_bytes(dir / "inst" / "broken.jpg", "");
  expect_file_error(
      dir / "inst" / "broken.jpg",
      [&] {
        CustomDiffusionDataset({{"x", dir / "inst", "", ""}}, plain, rng);
      },
      "empty");
  EXPECT_THROW(
      CustomDiffusionDataset({{"x", dir / "inst", "", ""}}, small_options(60, 8, true), rng),
      CoreError);
}

TEST(CustomDiffusionDataset, RealPriorPairsCaptionsWithImagesLineByLine) {
  test::TempDir dir;
  write_images(dir / "inst", {{"a.png", solid(16, 16, {5, 5, 5})}});
  const fs::path real = dir / "real";
  write_images(real / "images",
               {{"0.png", solid(16, 16, {255, 0, 0})}, {"1.png", solid(16, 16, {0, 255, 0})}});
  // retrieve.py writes paths relative to where it ran; they are found inside the folder too.
  test::write_bytes(real / "images.txt",
                    "elsewhere/real/images/0.png\r\nelsewhere/real/images/1.png\r\n");
  test::write_bytes(real / "caption.txt", "a red thing\na green thing\n");
  DatasetOptions o = small_options(64, 8, false);
  o.with_prior_preservation = true;
  o.real_prior = true;
  std::mt19937_64 rng(0);
  const CustomDiffusionDataset data({{"x", dir / "inst", "ignored", real}}, o, rng);
  ASSERT_EQ(data.size(), 2);
  EXPECT_EQ(data.class_items()[0].image, real / "images" / "0.png");
  EXPECT_EQ(data.class_items()[0].prompt, "a red thing");
  const TrainExample ex = data.get(1, rng);
  EXPECT_EQ(ex.class_prompt, "a green thing");
  EXPECT_EQ(ex.class_pixel_values[1][3][3].item<float>(), 1.0f);
  EXPECT_EQ(ex.class_pixel_values[0][3][3].item<float>(), -1.0f);

  // A gathering stopped between its two list writes leaves one list longer: the shorter wins,
  // as everywhere else the app reads a class folder (read_class_folder_listing).
  test::write_bytes(real / "caption.txt", "a red thing\na green thing\na third\n");
  EXPECT_EQ(CustomDiffusionDataset({{"x", dir / "inst", "", real}}, o, rng).class_items().size(),
            2u);
  test::write_bytes(real / "caption.txt", "a red thing\na green thing\n");
  test::write_bytes(real / "images.txt", "images/0.png\nimages/7.png\n");
  expect_file_error(
      real / "images.txt",
      [&] {
        CustomDiffusionDataset({{"x", dir / "inst", "", real}}, o, rng);
      },
      "line 2");
  fs::remove(real / "caption.txt");
  expect_file_error(
      real / "caption.txt",
      [&] {
        CustomDiffusionDataset({{"x", dir / "inst", "", real}}, o, rng);
      },
      "not found");
}

TEST(CustomDiffusionDataset, SavedRngStateRepeatsTheSameExamples) {
  test::TempDir dir;
  write_images(dir / "inst", {{"a.png", solid(40, 30, {200, 100, 50})}});
  std::mt19937_64 rng(123);
  const CustomDiffusionDataset data({{"x", dir / "inst", "", ""}}, small_options(64, 8, true), rng);
  data.get(0, rng);
  const std::string state = save_rng_state(rng);
  std::vector<TrainExample> first;
  for (int i = 0; i < 5; ++i) first.push_back(data.get(0, rng));
  std::mt19937_64 resumed;
  restore_rng_state(resumed, state);
  for (int i = 0; i < 5; ++i) {
    const TrainExample ex = data.get(0, resumed);
    EXPECT_TRUE(torch::equal(ex.instance_pixel_values, first[i].instance_pixel_values));
    EXPECT_TRUE(torch::equal(ex.instance_mask, first[i].instance_mask));
    EXPECT_EQ(ex.instance_prompt, first[i].instance_prompt);
  }
  EXPECT_THROW(restore_rng_state(resumed, "not a state"), CoreError);
  std::set<int64_t> seen;
  for (int i = 0; i < 200; ++i) seen.insert(uniform_int(rng, -2, 3));
  EXPECT_EQ(seen, (std::set<int64_t>{-2, -1, 0, 1, 2}));
  std::vector<int64_t> order = random_permutation(10, rng);
  std::sort(order.begin(), order.end());
  EXPECT_EQ(order, (std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

TEST(CustomDiffusionDataset, CollatePutsInstancesFirstThenClasses) {
  auto example = [](float v, const std::string& p) {
    TrainExample e;
    e.instance_pixel_values = torch::full({3, 16, 16}, v);
    e.instance_mask = torch::zeros({2, 2});
    e.instance_prompt = p;
    e.class_pixel_values = torch::full({3, 16, 16}, -v);
    e.class_prompt = "class " + p;
    return e;
  };
  const std::vector<TrainExample> examples = {example(0.25f, "a"), example(0.5f, "b")};
  const TrainBatch with = collate(examples, true);
  EXPECT_EQ(with.pixel_values.sizes(), (std::vector<int64_t>{4, 3, 16, 16}));
  EXPECT_EQ(with.mask.sizes(), (std::vector<int64_t>{4, 1, 2, 2}));
  EXPECT_EQ(with.prompts, (std::vector<std::string>{"a", "b", "class a", "class b"}));
  EXPECT_EQ(with.pixel_values[1][0][0][0].item<float>(), 0.5f);
  EXPECT_EQ(with.pixel_values[2][0][0][0].item<float>(), -0.25f);
  EXPECT_EQ(with.mask.slice(0, 0, 2).sum().item<float>(), 0.0f);
  EXPECT_TRUE(with.mask.slice(0, 2, 4).eq(1).all().item<bool>());
  const TrainBatch without = collate(examples, false);
  EXPECT_EQ(without.pixel_values.sizes(), (std::vector<int64_t>{2, 3, 16, 16}));
  EXPECT_EQ(without.mask.sizes(), (std::vector<int64_t>{2, 1, 2, 2}));
  EXPECT_EQ(without.prompts, (std::vector<std::string>{"a", "b"}));
  TrainExample no_class = example(1, "c");
  no_class.class_pixel_values = torch::Tensor();
  EXPECT_THROW(collate({no_class}, true), std::invalid_argument);
  EXPECT_THROW(collate({}, false), std::invalid_argument);
}

}  // namespace cds
