// `cdstudio-cli generate`: text-to-image with a Stable Diffusion model, equal to diffusers'
// StableDiffusionPipeline for the same model, prompt, scheduler and starting latents.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>

#include <torch/torch.h>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "app/cli/single_file_support.h"
#include "core/adapters/embedding_file.h"
#include "core/adapters/network_file.h"
#include "core/error.h"
#include "core/io/png_file.h"
#include "core/io/tensor_file.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/runtime.h"
#include "core/schedulers/scheduler.h"
#include "core/train/custom_diffusion_weights.h"

namespace cds::cli {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-cli generate --model MODEL --prompt TEXT [options]\n"
    "\n"
    "  --model MODEL            model folder, ORG/NAME in the Hugging Face cache, or a single\n"
    "                           SD 1.x / 2.x checkpoint file (.safetensors or .ckpt)\n"
    "  --config DIR             single file: a diffusers folder (or ORG/NAME) of the same model\n"
    "                           family for tokenizer, scheduler and configs (default: a matching\n"
    "                           base model in the cache, else its small files are downloaded)\n"
    "  --vae FILE               single file: a separate VAE file (original or diffusers layout)\n"
    "  --prediction_type T      epsilon | v_prediction (default: the model's; single files: the\n"
    "                           file's metadata, else SD 1.x epsilon, SD 2.x v_prediction)\n"
    "  --use_ema                single file: the UNet's EMA weights instead of its main weights\n"
    "  --prompt TEXT            what to draw\n"
    "  --negative-prompt TEXT   what to avoid (default: none)\n"
    "  --steps N                denoising steps (default 30)\n"
    "  --guidance S             classifier-free guidance scale (default 7.5; <= 1 turns it off)\n"
    "  --scheduler NAME         dpm++2m | euler-a | euler | ddim | pndm | ddpm (default: the "
    "model's)\n"
    "  --seed N                 random seed (default: a new one, printed)\n"
    "  --width W --height H     image size, multiples of 8 (default: the model's, 512 for SD 1.x)\n"
    "  --num-images N           images per prompt (default 1)\n"
    "  --latents FILE           safetensors file with tensor \"latents\" [N, 4, H/f, W/f]: the\n"
    "                           starting noise, as diffusers' latents= argument\n"
    "  --weights DIR            a Custom Diffusion concept (a training output folder, ours or\n"
    "                           diffusers'): its K/V weights and modifier tokens; repeat for more\n"
    "  --weights-scale S        concept strength in [0, 1] (default 1; 0 is the base model); once\n"
    "                           for every --weights, or once per --weights in the same order\n"
    "  --lora FILE[:S]          a LoRA or LyCORIS full file (kohya's lora_unet_/lora_te_ names)\n"
    "                           at strength S (default 1); repeat for more\n"
    "  --embedding FILE[:WORD]  a textual-inversion embedding (.safetensors, .pt, .bin) as the\n"
    "                           prompt word WORD (default: the file name without extension)\n"
    "  --output PATH.png        where to write the image (several: PATH-1.png, PATH-2.png, ...)\n"
    "  --output-tensor FILE     also write the float images [N, 3, H, W] in [0, 1] as safetensors\n"
    "  --device cpu|cuda|cuda:N|auto   (default auto: the first GPU, else cpu)\n"
    "  --dtype fp32|fp16|bf16   (default fp32)\n"
    "  --attention plain|efficient  attention kernel (default efficient: less memory)\n"
    "  --tiled-decode           decode the image in tiles (large images, less memory)\n"
    "  --variant fp16           prefer the model's fp16 weight files\n"
    "  --threads N              CPU threads (default: all cores)\n";

// "FILE:SUFFIX" split at the last colon when the whole text is no existing file and the suffix
// passes `accept` (so Windows paths like C:\x keep their colon); otherwise {text, ""}.
template <typename Accept>
std::pair<std::string, std::string> split_suffix(const std::string& text, Accept accept) {
  std::error_code ec;
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || std::filesystem::exists(text, ec)) return {text, ""};
  const auto suffix = text.substr(colon + 1);
  if (!accept(suffix)) return {text, ""};
  return {text.substr(0, colon), suffix};
}

std::filesystem::path output_path(const std::string& base, int index, int count) {
  std::filesystem::path p = base;
  if (count == 1) return p;
  return p.parent_path() /
         (p.stem().string() + "-" + std::to_string(index + 1) + p.extension().string());
}

double parse_double(const ParsedArgs& args, const std::string& name, double fallback) {
  if (!args.has(name)) return fallback;
  try {
    size_t used = 0;
    const double v = std::stod(args.value(name), &used);
    if (used == args.value(name).size()) return v;
  } catch (const std::exception&) {
  }
  throw UsageError("--" + name + " expects a number, got \"" + args.value(name) + "\"");
}

}  // namespace

int run_generate(const std::vector<std::string>& argv) {
  const auto args =
      parse_args(argv, {{"model",     "prompt",    "negative-prompt", "steps",   "guidance",
                         "scheduler", "seed",      "width",           "height",  "num-images",
                         "latents",   "weights",   "weights-scale",   "output",  "output-tensor",
                         "device",    "dtype",     "attention",       "variant", "threads",
                         "lora",      "embedding", "config",          "vae",     "prediction_type"},
                        {"help", "tiled-decode", "use_ema"}});
  if (args.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  if (!args.has("model")) throw UsageError("--model is required");
  if (!args.has("prompt")) throw UsageError("--prompt is required");
  if (!args.positional().empty())
    throw UsageError("unexpected argument \"" + args.positional()[0] + "\"");

  GenerationParams p;
  p.prompt = args.value("prompt");
  p.negative_prompt = args.value("negative-prompt");
  p.steps = args.int_value("steps", 30);
  p.guidance_scale = parse_double(args, "guidance", 7.5);
  p.scheduler = args.value("scheduler");
  if (!p.scheduler.empty()) {
    if (!find_scheduler(p.scheduler))
      throw UsageError("unknown --scheduler \"" + p.scheduler + "\" (" + scheduler_names_text() +
                       ")");
  }
  p.width = args.int_value("width", 0);
  p.height = args.int_value("height", 0);
  p.num_images = args.int_value("num-images", 1);
  p.tiled_decode = args.has("tiled-decode");
  if (args.has("seed")) {
    try {
      size_t used = 0;
      p.seed = std::stoull(args.value("seed"), &used);
      if (used != args.value("seed").size()) throw std::invalid_argument("seed");
    } catch (const std::exception&) {
      throw UsageError("--seed expects a non-negative whole number");
    }
  } else {
    p.seed = std::random_device{}() & 0xFFFFFFFFu;
  }
  if (p.steps < 1) throw UsageError("--steps must be at least 1");
  if (p.num_images < 1) throw UsageError("--num-images must be at least 1");

  // One scale for every concept, or one per --weights.
  const auto& weight_dirs = args.values("weights");
  std::vector<double> weight_scales;
  for (const auto& s : args.values("weights-scale")) {
    size_t used = 0;
    double v = -1;
    try {
      v = std::stod(s, &used);
    } catch (const std::exception&) {
    }
    if (used != s.size() || !(v >= 0 && v <= 1))
      throw UsageError("--weights-scale expects a number in [0, 1], got \"" + s + "\"");
    weight_scales.push_back(v);
  }
  if (!weight_scales.empty() && weight_dirs.empty())
    throw UsageError("--weights-scale needs --weights");
  if (weight_scales.size() > 1 && weight_scales.size() != weight_dirs.size())
    throw UsageError("give --weights-scale once, or once per --weights (" +
                     std::to_string(weight_dirs.size()) + " of them)");

  const std::string attention = args.value("attention", "efficient");
  if (attention != "plain" && attention != "efficient")
    throw UsageError("--attention is plain or efficient");
  LoadOptions load;
  load.device = parse_device(args.value("device", "auto"));
  load.dtype = parse_dtype_name(args.value("dtype", "fp32"));
  load.attention = attention == "plain" ? AttentionKernel::Plain : AttentionKernel::Efficient;
  load.variant = args.value("variant");
  load.prediction_type = args.value("prediction_type");
  if (!load.prediction_type.empty() && load.prediction_type != "epsilon" &&
      load.prediction_type != "v_prediction")
    throw UsageError("--prediction_type is epsilon or v_prediction");
  load.vae = args.value("vae");
  load.use_ema = args.has("use_ema");
  load.config = single_file_config_for(args.value("model"), args.value("config"));
  const int threads = init_torch_threads(args.int_value("threads", 0));
  if (args.has("latents"))
    p.latents = load_safetensors(args.value("latents"), {"latents"}).at("latents");
  const std::string output = args.value("output", "cdstudio-" + std::to_string(p.seed) + ".png");

  std::cerr << "Loading " << args.value("model") << " (" << load.device.str() << ", "
            << args.value("dtype", "fp32") << ", " << threads << " threads)...\n";
  auto model = load_stable_diffusion(args.value("model"), load);
  if (const auto& sf = model.single_file)
    std::cerr << sf->family << " single file (" << sf->precision << "), " << sf->prediction_type
              << " (" << sf->prediction_reason << "), VAE " << sf->vae_source
              << (sf->has_ema ? sf->used_ema ? ", EMA weights" : ", EMA weights not used" : "")
              << ", tokenizer and scheduler from " << sf->config_source << "\n";
  for (size_t i = 0; i < weight_dirs.size(); ++i) {
    const double scale =
        weight_scales.empty() ? 1.0 : weight_scales[weight_scales.size() == 1 ? 0 : i];
    const auto applied = apply_custom_diffusion_weights(model, weight_dirs[i], scale);
    std::cerr << "Applied " << weight_dirs[i] << " (" << applied.format << ", scale " << scale
              << "): " << applied.layers.size() << " attention layers";
    for (const auto& t : applied.tokens) std::cerr << ", token " << t;
    std::cerr << "\n";
  }
  for (const auto& spec : args.values("lora")) {
    const auto [file, suffix] = split_suffix(spec, [](const std::string& s) {
      size_t used = 0;
      try {
        std::stod(s, &used);
      } catch (const std::exception&) {
        return false;
      }
      return used == s.size();
    });
    const double strength = suffix.empty() ? 1.0 : std::stod(suffix);
    const auto applied = apply_network_file(model, file, strength);
    std::cerr << "Applied " << file << " (strength " << strength << "): " << applied.unet_layers
              << " UNet and " << applied.text_encoder_layers << " text encoder layers";
    for (const auto& w : applied.words) std::cerr << ", word " << w;
    std::cerr << "\n";
  }
  for (const auto& spec : args.values("embedding")) {
    const auto [file, word] = split_suffix(spec, [](const std::string& s) {
      return !s.empty() && s.find('/') == std::string::npos && s.find('\\') == std::string::npos;
    });
    const auto loaded = load_embedding_file(model, file, word);
    std::cerr << "Embedding " << file << ": word " << loaded.word << " (" << loaded.vectors
              << (loaded.vectors == 1 ? " vector)\n" : " vectors)\n");
  }
  const std::string scheduler = p.scheduler.empty() ? model.default_scheduler : p.scheduler;
  std::cerr << "Generating " << p.num_images << " image(s), " << p.steps << " steps with "
            << scheduler << ", seed " << p.seed << "\n";
  const auto result = generate(model, p, [](const GenerationProgress& g) {
    std::fprintf(stderr, "\rstep %d/%d  %.2f it/s", g.step, g.total,
                 g.step / std::max(1e-9, g.elapsed_s));
    std::fflush(stderr);
  });
  std::cerr << "\n";

  const auto images = result.images;  // [N, 3, H, W] float32 in [0, 1]
  if (args.has("output-tensor")) save_safetensors(args.value("output-tensor"), {{"image", images}});
  GenerationInfo info;
  info.prompt = p.prompt;
  info.negative_prompt = p.negative_prompt;
  info.sampler = sampler_name(scheduler);  // AUTOMATIC1111's name, as the studio writes it
  info.model = std::filesystem::path(args.value("model")).filename().string();
  info.steps = p.steps;
  info.cfg_scale = p.guidance_scale;
  info.seed = p.seed;
  info.height = static_cast<int>(images.size(2));
  info.width = static_cast<int>(images.size(3));
  // diffusers' numpy_to_pil: (x * 255).round() to 8 bits, channels last.
  const auto rgb = (images * 255).round().to(torch::kUInt8).permute({0, 2, 3, 1}).contiguous();
  for (int i = 0; i < p.num_images; ++i) {
    const auto path = output_path(output, i, p.num_images);
    info.extra = p.num_images > 1 ? "Batch index: " + std::to_string(i) : "";
    write_png(path, rgb[i].data_ptr<uint8_t>(), info.width, info.height,
              {{"parameters", format_generation_parameters(info)}});
    std::cout << path.string() << "\n";
  }
  return 0;
}

}  // namespace cds::cli
