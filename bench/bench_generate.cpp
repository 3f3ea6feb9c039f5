// `cdstudio-bench generate`: seconds per denoising step (one UNet call on the guidance batch plus
// the scheduler step, as StableDiffusionPipeline's loop) and for a whole generation (prompt
// encoding, the steps, VAE decoding) through cds::generate, on a loaded or a random-weight model.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <torch/cuda.h>
#include <torch/torch.h>
#include <torch/version.h>
#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "bench/bench_stats.h"
#include "bench/commands.h"
#include "bench/random_model.h"
#include "core/devices.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/runtime.h"
#include "core/schedulers/scheduler.h"

namespace cds::bench {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-bench generate (--model MODEL | --random sd15|tiny) [options]\n"
    "\n"
    "Times denoising steps (UNet on the classifier-free-guidance batch + scheduler step) and a\n"
    "whole generation (prompt encoding, steps, VAE decoding). --random builds the model with\n"
    "random weights, so nothing needs downloading: sd15 has the real SD v1.5 shapes, tiny the\n"
    "shapes of the test models.\n"
    "\n"
    "options:\n"
    "  --model MODEL        a diffusers folder or ORG/NAME in the Hugging Face cache\n"
    "  --random KIND        sd15 or tiny\n"
    "  --resolution N       image width and height (default: the model's, 512 for SD v1.5)\n"
    "  --steps N            timed steps, also the steps of the full generation (default 5)\n"
    "  --warmup N           untimed steps before them (default 1)\n"
    "  --threads N          intra-op threads (default: all cores)\n"
    "  --attention KIND     plain or efficient (default plain)\n"
    "  --device DEVICE      cpu, cuda, cuda:N or auto (default cpu)\n"
    "  --dtype DTYPE        fp32, bf16 or fp16 (default fp32; fp16 needs CUDA)\n"
    "  --guidance SCALE     classifier-free guidance scale; > 1 doubles the batch (default 7.5)\n"
    "\n"
    "The last line of the output is one JSON object with the results.\n";

constexpr const char* kPrompt = "a photo of a cat sitting on a wooden table";

struct Options {
  std::string model, random_kind;
  int64_t resolution = 0;
  int steps = 5, warmup = 1, threads = 0;
  AttentionKernel attention = AttentionKernel::Plain;
  std::string attention_name = "plain";
  c10::Device device{c10::kCPU};
  c10::ScalarType dtype = c10::kFloat;
  std::string dtype_name = "fp32";
  double guidance = 7.5;
};

Options parse_options(const cli::ParsedArgs& args) {
  Options o;
  o.model = args.value("model");
  o.random_kind = args.value("random");
  if (o.model.empty() == o.random_kind.empty())
    throw cli::UsageError("give either --model MODEL or --random sd15|tiny");
  if (!o.random_kind.empty() && o.random_kind != "sd15" && o.random_kind != "tiny")
    throw cli::UsageError("--random expects sd15 or tiny, got \"" + o.random_kind + "\"");
  o.resolution = args.int_value("resolution", 0);
  if (args.has("resolution") && (o.resolution <= 0 || o.resolution % 8 != 0))
    throw cli::UsageError("--resolution must be a positive multiple of 8");
  o.steps = args.int_value("steps", 5);
  o.warmup = args.int_value("warmup", 1);
  o.threads = args.int_value("threads", 0);
  if (o.steps < 1) throw cli::UsageError("--steps must be at least 1");
  if (o.warmup < 0) throw cli::UsageError("--warmup cannot be negative");
  o.attention_name = args.value("attention", "plain");
  if (o.attention_name == "efficient")
    o.attention = AttentionKernel::Efficient;
  else if (o.attention_name != "plain")
    throw cli::UsageError("--attention expects plain or efficient");
  o.device = parse_device(args.value("device", "cpu"));
  o.dtype_name = args.value("dtype", "fp32");
  o.dtype = parse_dtype_name(o.dtype_name);
  check_device_dtype(o.device, o.dtype);
  const std::string guidance = args.value("guidance", "7.5");
  try {
    size_t used = 0;
    o.guidance = std::stod(guidance, &used);
    if (used != guidance.size()) throw std::invalid_argument(guidance);
  } catch (const std::exception&) {
    throw cli::UsageError("--guidance expects a number, got \"" + guidance + "\"");
  }
  return o;
}

// CUDA kernels run asynchronously: wait for them before reading the clock.
void synchronize(const c10::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize();
}

torch::Tensor prompt_ids(const StableDiffusionModel& model, const std::string& text) {
  const auto enc = model.tokenizer.encode_padded(text);
  return torch::tensor(enc.ids, torch::kLong).unsqueeze(0).to(model.device);  // [1, 77]
}

// warmup + steps denoising steps exactly as generate()'s loop runs them; returns the timed ones.
std::vector<double> time_steps(StableDiffusionModel& model, const Options& o, int64_t resolution) {
  torch::NoGradGuard no_grad;
  const auto options = torch::TensorOptions().device(model.device).dtype(model.dtype);
  const bool guidance = o.guidance > 1.0;
  auto embeds = model.text_encoder->forward(prompt_ids(model, kPrompt)).last_hidden_state;
  if (guidance)  // [2, 77, C]: the empty negative prompt first, as the pipeline
    embeds =
        torch::cat({model.text_encoder->forward(prompt_ids(model, "")).last_hidden_state, embeds});

  auto scheduler = make_scheduler(model.default_scheduler, model.scheduler_config);
  scheduler->set_timesteps(o.warmup + o.steps);
  const NoiseSource noise = make_noise_source(0);
  const int64_t f = model.vae_scale_factor();
  auto latents =
      noise({1, model.unet->config.in_channels, resolution / f, resolution / f}, options) *
      scheduler->init_noise_sigma();
  const auto& timesteps = scheduler->timesteps();
  const int total = std::min<int>(o.warmup + o.steps, static_cast<int>(timesteps.size(0)));

  std::vector<double> seconds;
  synchronize(model.device);
  for (int i = 0; i < total; ++i) {
    const Stopwatch watch;
    auto input = guidance ? torch::cat({latents, latents}) : latents;
    input = scheduler->scale_model_input(input, static_cast<size_t>(i));
    auto eps = model.unet->forward(input, timesteps[i].to(model.device), embeds);
    if (guidance) {
      const auto parts = eps.chunk(2);
      eps = parts[0] + o.guidance * (parts[1] - parts[0]);
    }
    latents = scheduler->step(eps, static_cast<size_t>(i), latents, noise).prev_sample;
    synchronize(model.device);
    if (i >= o.warmup) seconds.push_back(watch.seconds());
  }
  return seconds;
}

double rounded(double v, int digits = 4) {
  const double scale = std::pow(10.0, digits);
  return std::round(v * scale) / scale;
}

}  // namespace

int run_generate(const std::vector<std::string>& argv) {
  const auto args = cli::parse_args(argv, {{"model", "random", "resolution", "steps", "warmup",
                                            "threads", "attention", "device", "dtype", "guidance"},
                                           {"help"}});
  if (args.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  if (!args.positional().empty())
    throw cli::UsageError("unexpected argument \"" + args.positional()[0] + "\"");
  const Options o = parse_options(args);
  const int threads = init_torch_threads(o.threads);

  const Stopwatch load_watch;
  StableDiffusionModel model;
  if (o.random_kind.empty()) {
    LoadOptions load;
    load.device = o.device;
    load.dtype = o.dtype;
    load.attention = o.attention;
    model = load_stable_diffusion(o.model, load);
  } else {
    model = make_random_model(o.random_kind, o.device, o.dtype, o.attention);
  }
  const double load_s = load_watch.seconds();
  const int64_t resolution = o.resolution > 0 ? o.resolution : model.default_resolution();
  const std::string what = o.random_kind.empty() ? o.model : "random-" + o.random_kind;
  const int batch = o.guidance > 1.0 ? 2 : 1;
  std::cout << "cdstudio-bench generate: " << what << ", " << resolution << "x" << resolution
            << ", " << o.dtype_name << " on " << o.device.str() << ", attention "
            << o.attention_name << ", " << threads << " threads, torch " << TORCH_VERSION << "\n"
            << "model ready in " << std::fixed << std::setprecision(1) << load_s << " s; timing "
            << o.steps << " steps after " << o.warmup << " warmup (UNet batch " << batch << " + "
            << model.default_scheduler << " step), then a full generation of " << o.steps
            << " steps" << std::endl;

  const int gpu = o.device.is_cuda() ? std::max<int>(0, o.device.index()) : -1;
  if (gpu >= 0) reset_gpu_peak_memory(gpu);
  const std::vector<double> step_seconds = time_steps(model, o, resolution);
  const Summary steps = summarize(step_seconds);

  GenerationParams params;
  params.prompt = kPrompt;
  params.steps = o.steps;
  params.guidance_scale = o.guidance;
  params.width = params.height = resolution;
  params.seed = 0;
  const Stopwatch full_watch;
  generate(model, params);
  synchronize(model.device);
  const double full_s = full_watch.seconds();
  const double rss = peak_rss_mb();

  std::cout << "\n"
            << std::left << std::setw(24) << "what" << std::right << std::setw(14)
            << "median s/step" << std::setw(9) << "min s" << std::setw(9) << "max s"
            << std::setw(13) << "full gen s" << std::setw(13) << "peak RSS MB" << std::setw(9)
            << "threads" << std::setw(9) << "device" << std::setw(9) << "torch"
            << "\n";
  std::ostringstream label;
  label << what << " " << resolution << "px";
  std::cout << std::left << std::setw(24) << label.str() << std::right << std::setprecision(3)
            << std::setw(14) << steps.median << std::setw(9) << steps.min << std::setw(9)
            << steps.max << std::setw(13) << full_s << std::setprecision(0) << std::setw(13) << rss
            << std::setw(9) << threads << std::setw(9) << o.device.str() << std::setw(9)
            << TORCH_VERSION << "\n";

  nlohmann::ordered_json j;
  j["what"] = what;
  j["median_s_per_step"] = rounded(steps.median);
  j["min_s"] = rounded(steps.min);
  j["max_s"] = rounded(steps.max);
  j["full_generation_s"] = rounded(full_s);
  j["peak_rss_mb"] = rounded(rss, 1);
  j["threads"] = threads;
  j["device"] = o.device.str();
  j["torch"] = TORCH_VERSION;
  j["resolution"] = resolution;
  j["attention"] = o.attention_name;
  j["dtype"] = o.dtype_name;
  j["steps"] = o.steps;
  j["warmup"] = o.warmup;
  j["batch"] = batch;
  j["load_s"] = rounded(load_s, 2);
  for (double t : step_seconds) j["step_s"].push_back(rounded(t));
  if (gpu >= 0) {
    const GpuMemory m = gpu_memory(gpu);
    j["peak_vram_allocated_mb"] = rounded(m.peak_allocated / 1048576.0, 1);
    j["peak_vram_reserved_mb"] = rounded(m.peak_reserved / 1048576.0, 1);
  }
  j["load_avg_1min"] = rounded(load_average(), 2);
  std::cout << j.dump() << std::endl;
  return 0;
}

}  // namespace cds::bench
