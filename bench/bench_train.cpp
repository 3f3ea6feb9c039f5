// `cdstudio-bench train-step`: seconds per complete Custom Diffusion training step, as a real run
// does it (loading and augmenting the images, collating, tokenizing, VAE encoding, the UNet
// forward and backward, clipping, AdamW), on a loaded or a random-weight model.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#ifndef CDS_ENGINE_ONLY
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#endif
#include <torch/cuda.h>
#include <torch/torch.h>
#include <torch/version.h>

#include "app/cli/arg_parser.h"
#include "bench/bench_stats.h"
#include "bench/commands.h"
#include "bench/random_model.h"
#include "core/devices.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/runtime.h"
#ifndef CDS_ENGINE_ONLY
#include "core/train/custom_diffusion_dataset.h"
#endif
#include "core/train/custom_diffusion_setup.h"
#include "core/train/train_step.h"

namespace fs = std::filesystem;

namespace cds::bench {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-bench train-step (--model MODEL | --random sd15|tiny) --resolution R "
    "[options]\n"
    "\n"
    "Times complete Custom Diffusion training steps, data loading and augmentation included.\n"
    "\n"
    "options:\n"
    "  --train_batch_size N            instance images per step (default 1)\n"
    "  --with_prior_preservation       add as many class images (the batch doubles)\n"
    "  --freeze_model crossattn_kv|crossattn   (default crossattn_kv)\n"
    "  --mixed_precision no|bf16|fp16  (default no; fp16 needs CUDA)\n"
    "  --gradient_checkpointing        recompute activations in backward\n"
    "  --attention plain|efficient     (default efficient)\n"
    "  --steps N --warmup W            timed and untimed steps (default 5 and 1)\n"
    "  --threads T --device cpu|cuda\n"
    "\n"
    "The last line of the output is one JSON object with the results.\n";

void synchronize(const c10::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize();
}

#ifndef CDS_ENGINE_ONLY
// Photo-sized random images, so decoding and resizing cost what real ones do.
void make_images(const fs::path& dir, int count, int size, int seed) {
  fs::create_directories(dir);
  cv::RNG rng(seed);
  for (int i = 0; i < count; ++i) {
    cv::Mat img(size + 64, size + 32, CV_8UC3);
    rng.fill(img, cv::RNG::UNIFORM, 0, 255);
    cv::imwrite((dir / (std::to_string(i) + ".jpg")).string(), img);
  }
}

// Batches as a real run makes them: JPEG files decoded, augmented and collated.
class Batches {
 public:
  Batches(const StableDiffusionModel& model, int resolution, int batch, bool prior)
      : model_(model),
        batch_(batch),
        prior_(prior),
        dir_(fs::temp_directory_path() /
             ("cdstudio-bench-" + std::to_string(std::random_device{}()))) {
    make_images(dir_ / "instance", 4, resolution, 1);
    if (prior) make_images(dir_ / "class", 4, resolution, 2);
    DatasetOptions data;
    data.resolution = resolution;
    data.vae_scale_factor = static_cast<int>(model.vae_scale_factor());
    data.with_prior_preservation = prior;
    data.num_class_images = 4;
    dataset_ = std::make_unique<CustomDiffusionDataset>(
        std::vector<Concept>{
            Concept{"photo of a <new1> cat", dir_ / "instance", "cat", dir_ / "class"}},
        data, rng_);
  }
  ~Batches() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  TokenizedBatch next() {
    std::vector<TrainExample> examples;
    for (int b = 0; b < batch_; ++b)
      examples.push_back(dataset_->get(index_++ % dataset_->size(), rng_));
    const auto collated = collate(examples, prior_);
    std::vector<torch::Tensor> ids;
    for (const auto& p : collated.prompts)
      ids.push_back(torch::tensor(model_.tokenizer.encode_padded(p).ids));
    return {collated.pixel_values, torch::stack(ids), collated.mask};
  }
  int64_t mask_size() const { return dataset_->mask_size(); }

 private:
  const StableDiffusionModel& model_;
  int batch_;
  bool prior_;
  fs::path dir_;
  std::mt19937_64 rng_{0};
  std::unique_ptr<CustomDiffusionDataset> dataset_;
  int64_t index_ = 0;
};
#else
// The engine-only build reads no image files: random pixels in [-1, 1] and a full loss mask, so
// the step itself (everything after data loading) is what is timed.
class Batches {
 public:
  Batches(const StableDiffusionModel& model, int resolution, int batch, bool prior)
      : mask_size_(resolution / model.vae_scale_factor()) {
    const int n = prior ? 2 * batch : batch;
    std::vector<std::string> prompts(static_cast<size_t>(batch), "photo of a <new1> cat");
    if (prior) prompts.insert(prompts.end(), static_cast<size_t>(batch), "cat");
    std::vector<torch::Tensor> ids;
    for (const auto& p : prompts)
      ids.push_back(torch::tensor(model.tokenizer.encode_padded(p).ids));
    auto generator = at::make_generator<at::CPUGeneratorImpl>(0);
    batch_ = {torch::rand({n, 3, resolution, resolution}, generator) * 2 - 1, torch::stack(ids),
              torch::ones({n, 1, mask_size_, mask_size_})};
  }
  TokenizedBatch next() const { return batch_; }
  int64_t mask_size() const { return mask_size_; }

 private:
  int64_t mask_size_;
  TokenizedBatch batch_;
};
#endif

double rounded(double v, int digits = 4) {
  const double scale = std::pow(10.0, digits);
  return std::round(v * scale) / scale;
}

}  // namespace

int run_train_step(const std::vector<std::string>& argv) {
  const auto args = cli::parse_args(
      argv, {{"model", "random", "resolution", "train_batch_size", "freeze_model",
              "mixed_precision", "steps", "warmup", "threads", "device", "attention"},
             {"help", "with_prior_preservation", "gradient_checkpointing"}});
  if (args.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  const std::string model_name = args.value("model"), random_kind = args.value("random");
  if (model_name.empty() == random_kind.empty())
    throw cli::UsageError("give either --model MODEL or --random sd15|tiny");
  const int resolution = args.int_value("resolution", 0);
  if (resolution <= 0 || resolution % 8 != 0)
    throw cli::UsageError("--resolution must be a positive multiple of 8");
  const int batch = args.int_value("train_batch_size", 1);
  const int steps = args.int_value("steps", 5), warmup = args.int_value("warmup", 1);
  if (batch < 1 || steps < 1 || warmup < 0)
    throw cli::UsageError("batch and steps must be positive");
  const bool prior = args.has("with_prior_preservation");
  const std::string precision = args.value("mixed_precision", "no");
  const auto device = parse_device(args.value("device", "cpu"));
  const auto dtype = precision == "no" ? c10::kFloat : parse_dtype_name(precision);
  check_device_dtype(device, dtype);
  const auto attention = args.value("attention", "efficient") == "plain"
                             ? AttentionKernel::Plain
                             : AttentionKernel::Efficient;
  const int threads = init_torch_threads(args.int_value("threads", 0));

  const Stopwatch load_watch;
  StableDiffusionModel model;
  if (random_kind.empty()) {
    LoadOptions load;
    load.device = device;
    load.dtype = dtype;
    load.attention = attention;
    model = load_stable_diffusion(model_name, load);
  } else {
    model = make_random_model(random_kind, device, dtype, attention);
  }
  model.text_encoder->to(torch::kFloat);
  const double load_s = load_watch.seconds();

  // The random models' byte-level vocabulary has no "ktn"; any single entry initialises as well.
  const std::string initializer = model.tokenizer.token_to_id("ktn") ? "ktn" : "a";
  const auto tokens =
      add_modifier_tokens(model.tokenizer, model.text_encoder, {"<new1>"}, {initializer});
  auto params = install_custom_diffusion(
      model.unet, parse_freeze_mode(args.value("freeze_model", "crossattn_kv")));
  for (auto& [name, p] : params) p.set_data(p.data().to(torch::kFloat));
  model.unet->set_gradient_checkpointing(args.has("gradient_checkpointing"));

  Batches batches(model, resolution, batch, prior);
  TrainStepOptions so;
  so.with_prior_preservation = prior;
  CustomDiffusionStep step(model, tokens, params, so);
  auto generator = at::make_generator<at::CPUGeneratorImpl>(0);

  std::cout << "cdstudio-bench train-step: "
            << (random_kind.empty() ? model_name : "random-" + random_kind) << ", " << resolution
            << "px, batch " << batch << (prior ? " + prior" : "") << ", " << precision << " on "
            << device.str() << ", " << threads << " threads, torch " << TORCH_VERSION << std::endl;
  std::vector<double> seconds;
  if (device.is_cuda()) reset_gpu_peak_memory(device.index() < 0 ? 0 : device.index());
  for (int i = 0; i < warmup + steps; ++i) {
    const Stopwatch watch;
    const TokenizedBatch tb = batches.next();
    step.step(tb, step.draw(generator, tb.pixel_values.size(0), batches.mask_size()));
    synchronize(device);
    if (i >= warmup) seconds.push_back(watch.seconds());
  }
  const auto s = summarize(seconds);
  const double rss = peak_rss_mb();
  std::cout << std::fixed << std::setprecision(3) << "median " << s.median << " s/step (min "
            << s.min << ", max " << s.max << "), peak RSS " << std::setprecision(0) << rss
            << " MB, model ready in " << std::setprecision(1) << load_s << " s\n";
  nlohmann::ordered_json j;
  j["what"] =
      std::string("train-step ") + (random_kind.empty() ? model_name : "random-" + random_kind);
  j["median_s_per_step"] = rounded(s.median);
  j["min_s"] = rounded(s.min);
  j["max_s"] = rounded(s.max);
  j["peak_rss_mb"] = rounded(rss, 1);
  j["threads"] = threads;
  j["device"] = device.str();
  j["torch"] = TORCH_VERSION;
  j["resolution"] = resolution;
  j["train_batch_size"] = batch;
  j["with_prior_preservation"] = prior;
  j["mixed_precision"] = precision;
  j["gradient_checkpointing"] = args.has("gradient_checkpointing");
  if (device.is_cuda()) {
    // The caching allocator's peaks (torch.cuda.max_memory_allocated / max_memory_reserved).
    const GpuMemory m = gpu_memory(device.index() < 0 ? 0 : device.index());
    j["peak_vram_allocated_mb"] = rounded(m.peak_allocated / 1048576.0, 1);
    j["peak_vram_reserved_mb"] = rounded(m.peak_reserved / 1048576.0, 1);
    std::cout << "peak GPU memory " << std::setprecision(0) << m.peak_allocated / 1048576.0
              << " MB allocated, " << m.peak_reserved / 1048576.0 << " MB reserved\n";
  }
  j["load_avg_1min"] = rounded(load_average(), 2);
  std::cout << j.dump() << std::endl;
  return 0;
}

}  // namespace cds::bench
