// Text-to-image with Stable Diffusion, as diffusers' StableDiffusionPipeline.__call__
// (pipelines/stable_diffusion/pipeline_stable_diffusion.py): prompt encoding, classifier-free
// guidance, the scheduler loop, VAE decoding. The loaded model is a plain struct so that the
// trainer can run validation images with the weights it is training.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include "core/cancel_token.h"
#include "core/model/configs.h"
#include "core/model/single_file_config.h"
#include "core/nn/attention.h"
#include "core/nn/autoencoder_kl.h"
#include "core/nn/clip_text_model.h"
#include "core/nn/unet_2d_condition.h"
#include "core/schedulers/scheduler_names.h"
#include "core/text/clip_tokenizer.h"

namespace cds {

struct StableDiffusionModel {
  std::string source;  // the folder, ORG/NAME or single file it was loaded from
  std::optional<SingleFileInfo> single_file;  // what a single-file checkpoint turned out to be
  ClipTokenizer tokenizer;
  ClipTextModel text_encoder{nullptr};
  UNet2DConditionModel unet{nullptr};
  AutoencoderKL vae{nullptr};
  SchedulerConfig scheduler_config;
  std::string default_scheduler;  // our name of the folder's scheduler class ("pndm", ...)
  c10::Device device{c10::kCPU};
  c10::ScalarType dtype = c10::kFloat;

  int64_t vae_scale_factor() const { return vae->config.downsampling_factor(); }
  // The size diffusers picks when none is given: unet sample_size * vae_scale_factor.
  int64_t default_resolution() const { return unet->config.sample_size * vae_scale_factor(); }
};

struct LoadOptions {
  c10::Device device{c10::kCPU};
  c10::ScalarType dtype = c10::kFloat;
  AttentionKernel attention = AttentionKernel::Plain;
  std::string variant;  // "fp16" to prefer half-precision files
  // "" (the model's own), "epsilon" or "v_prediction": replaces the scheduler's prediction type.
  std::string prediction_type;
  // Single-file checkpoints only (see core/pipeline/single_file_loading.h):
  std::string config;    // diffusers folder or cached ORG/NAME giving tokenizer, scheduler, configs
  std::string vae;       // a separate VAE file (original or diffusers layout)
  bool use_ema = false;  // the UNet's model_ema.* copies instead of its main weights
  // Called with ORG/NAME when no matching base model is cached and no config is given; returns
  // a folder holding at least single_file_config_files() (the CLI downloads them). Unset: the
  // load fails with MissingBaseConfig. The engine itself never goes online.
  std::function<std::filesystem::path(const std::string& repo_id)> fetch_config;
};

// Loads every component of a model folder, cached ORG/NAME or single checkpoint file. Throws
// CoreError / FileError naming the component (or file) and the problem.
StableDiffusionModel load_stable_diffusion(const std::string& model,
                                           const LoadOptions& options = {});

// scheduler_name_for_class ("PNDMScheduler" -> "pndm") is in core/schedulers/scheduler_names.h.

struct GenerationParams {
  std::string prompt;
  std::string negative_prompt;  // empty: unconditional, as diffusers' negative_prompt=None
  int steps = 30;
  double guidance_scale = 7.5;  // guidance only when > 1, as diffusers
  std::string scheduler;        // empty: the model's own
  int64_t width = 0;            // 0: the model's default resolution
  int64_t height = 0;
  int num_images = 1;
  uint64_t seed = 0;
  // Optional starting noise [num_images, 4, height/f, width/f], used before init_noise_sigma
  // scaling exactly like diffusers' `latents=` argument; otherwise drawn from `seed`.
  at::Tensor latents;
  bool tiled_decode = false;  // bounded-memory VAE decoding for large images
};

struct GenerationProgress {
  int step = 0;  // model evaluations done
  int total = 0;
  double elapsed_s = 0;
  const at::Tensor* latents = nullptr;  // after this step (for previews and tests)
};
// Called after every scheduler step.
using GenerationCallback = std::function<void(const GenerationProgress&)>;

struct GenerationResult {
  at::Tensor images;   // [N, 3, H, W] float32 CPU in [0, 1], before 8-bit quantisation
  at::Tensor decoded;  // the VAE output before mapping to [0, 1]
  at::Tensor prompt_embeds, negative_prompt_embeds;
};

// Throws CoreError for invalid parameters (sizes not a multiple of 8, steps < 1, ...), and
// JobCancelled when `cancel` is set (checked after every scheduler step).
GenerationResult generate(StableDiffusionModel& model, const GenerationParams& params,
                          const GenerationCallback& callback = {},
                          const CancelToken* cancel = nullptr);

}  // namespace cds
