// Text-to-image pipeline (see stable_diffusion.h), following StableDiffusionPipeline.__call__
// of diffusers 0.31 step by step.
#include "core/pipeline/stable_diffusion.h"

#include <chrono>

#include <torch/torch.h>

#include "core/error.h"
#include "core/model/model_folder.h"
#include "core/pipeline/single_file_loading.h"
#include "core/runtime.h"
#include "core/schedulers/scheduler.h"

namespace cds {

namespace {

// Prompt ids padded and truncated to the tokenizer's length, as a [N, 77] tensor.
torch::Tensor token_ids(const ClipTokenizer& tokenizer, const std::string& text, int copies) {
  const auto enc = tokenizer.encode_padded(text);
  auto ids = torch::tensor(enc.ids, torch::kLong).unsqueeze(0);
  return ids.expand({copies, ids.size(1)}).contiguous();
}

}  // namespace

StableDiffusionModel load_stable_diffusion(const std::string& model, const LoadOptions& options) {
  check_device_dtype(options.device, options.dtype);
  if (is_single_file_model(model)) return load_stable_diffusion_single_file(model, options);
  if (!options.prediction_type.empty() && options.prediction_type != "epsilon" &&
      options.prediction_type != "v_prediction")
    throw CoreError("unknown prediction type \"" + options.prediction_type +
                    "\" (use epsilon or v_prediction)");
  const auto folder = ModelFolder::open(model);
  StableDiffusionModel sd;
  sd.source = model;
  sd.device = options.device;
  sd.dtype = options.dtype;
  sd.tokenizer = ClipTokenizer::from_folder(folder.component_dir("tokenizer"));
  sd.text_encoder = load_clip_text_model(folder.component_dir("text_encoder"), options.device,
                                         options.dtype, options.variant);
  sd.unet = load_unet(folder.component_dir("unet"), options.device, options.dtype, options.variant);
  sd.unet->set_attention_kernel(options.attention);
  // libtorch's CPU bfloat16 convolutions accumulate in bfloat16, which visibly degrades the
  // decoded image; on the CPU a bfloat16 run keeps its VAE in float32 (a deliberate difference).
  const auto vae_dtype =
      options.device.is_cpu() && options.dtype == torch::kBFloat16 ? torch::kFloat : options.dtype;
  sd.vae =
      load_autoencoder_kl(folder.component_dir("vae"), options.device, vae_dtype, options.variant);
  sd.vae->set_attention_kernel(options.attention);
  sd.scheduler_config = read_scheduler_config(folder.config_file("scheduler"));
  sd.default_scheduler = scheduler_name_for_class(sd.scheduler_config.class_name);
  if (sd.default_scheduler.empty()) sd.default_scheduler = "pndm";
  if (!options.prediction_type.empty())
    sd.scheduler_config.prediction_type = options.prediction_type;
  return sd;
}

GenerationResult generate(StableDiffusionModel& model, const GenerationParams& p,
                          const GenerationCallback& callback, const CancelToken* cancel) {
  const auto start = std::chrono::steady_clock::now();
  const int64_t f = model.vae_scale_factor();
  const int64_t width = p.width > 0 ? p.width : model.default_resolution();
  const int64_t height = p.height > 0 ? p.height : model.default_resolution();
  if (width % 8 != 0 || height % 8 != 0)
    throw CoreError("width and height must be multiples of 8 (got " + std::to_string(width) + "x" +
                    std::to_string(height) + ")");
  if (p.steps < 1) throw CoreError("the number of steps must be at least 1");
  if (p.num_images < 1) throw CoreError("the number of images must be at least 1");
  const int n = p.num_images;
  const std::vector<int64_t> latent_shape = {n, model.unet->config.in_channels, height / f,
                                             width / f};
  if (p.latents.defined() && p.latents.sizes().vec() != latent_shape)
    throw CoreError("starting latents have shape " + c10::str(p.latents.sizes()) + " but " +
                    c10::str(c10::IntArrayRef(latent_shape)) + " is needed for " +
                    std::to_string(n) + " image(s) of " + std::to_string(width) + "x" +
                    std::to_string(height));
  auto scheduler = make_scheduler(p.scheduler.empty() ? model.default_scheduler : p.scheduler,
                                  model.scheduler_config);

  torch::NoGradGuard no_grad;
  const auto options = torch::TensorOptions().device(model.device).dtype(model.dtype);
  GenerationResult result;
  // 1. Prompts (the negative prompt "" gives the unconditional embedding).
  const bool guidance = p.guidance_scale > 1.0;
  result.prompt_embeds =
      model.text_encoder->forward(token_ids(model.tokenizer, p.prompt, n).to(model.device))
          .last_hidden_state;
  torch::Tensor embeds = result.prompt_embeds;
  if (guidance) {
    result.negative_prompt_embeds =
        model.text_encoder
            ->forward(token_ids(model.tokenizer, p.negative_prompt, n).to(model.device))
            .last_hidden_state;
    embeds = torch::cat({result.negative_prompt_embeds, result.prompt_embeds});  // [2N, 77, C]
  }

  // 2. Timesteps and starting noise. One generator serves the latents and any step noise, in
  // that order, as the pipeline passes its generator to both.
  scheduler->set_timesteps(p.steps);
  const NoiseSource noise = make_noise_source(p.seed);
  auto latents = p.latents.defined() ? p.latents.to(options) : noise(latent_shape, options);
  latents = latents * scheduler->init_noise_sigma();

  // 3. Denoising loop.
  const auto& timesteps = scheduler->timesteps();
  const int total = static_cast<int>(timesteps.size(0));
  for (int i = 0; i < total; ++i) {
    auto input = guidance ? torch::cat({latents, latents}) : latents;
    input = scheduler->scale_model_input(input, static_cast<size_t>(i));
    const auto t = timesteps[i].to(model.device);
    auto eps = model.unet->forward(input, t, embeds);
    if (guidance) {
      const auto parts = eps.chunk(2);
      eps = parts[0] + p.guidance_scale * (parts[1] - parts[0]);
    }
    latents = scheduler->step(eps, static_cast<size_t>(i), latents, noise).prev_sample;
    if (callback) {
      GenerationProgress progress;
      progress.step = i + 1;
      progress.total = total;
      progress.elapsed_s =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      progress.latents = &latents;
      callback(progress);
    }
    check_cancelled(cancel, "while generating, after step " + std::to_string(i + 1));
  }

  // 4. Decode. diffusers upcasts a float16 VAE that asks for it (force_upcast); bfloat16 stays.
  const auto vae_dtype = model.vae->post_quant_conv->weight.scalar_type();
  auto z = (latents / model.vae->config.scaling_factor).to(vae_dtype);
  const bool upcast = vae_dtype == torch::kHalf && model.vae->config.force_upcast;
  if (upcast) {
    model.vae->to(torch::kFloat);
    z = z.to(torch::kFloat);
  }
  result.decoded = p.tiled_decode ? model.vae->decode_tiled(z) : model.vae->decode(z);
  if (upcast) model.vae->to(torch::kHalf);
  result.images = (result.decoded.to(torch::kFloat) / 2 + 0.5).clamp(0, 1).to(torch::kCPU);
  return result;
}

}  // namespace cds
