// A whole Custom Diffusion run (see trainer.h), following the order of diffusers'
// train_custom_diffusion.py main().
#include "core/train/trainer.h"

#include <chrono>
#include <cmath>
#include <random>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/devices.h"
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/json_file.h"
#include "core/pipeline/image_output.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/runtime.h"
#include "core/train/custom_diffusion_dataset.h"
#include "core/train/custom_diffusion_weights.h"
#include "core/train/lr_schedule.h"
#include "core/train/script_class_images.h"
#include "core/train/train_step.h"
#include "core/train/training_checkpoint.h"

namespace fs = std::filesystem;

namespace cds {

// ---- TrainingControl ----

void TrainingControl::pause() { paused_ = true; }

void TrainingControl::resume() {
  paused_ = false;
  wake_.notify_all();
}

void TrainingControl::cancel() {
  token_.cancel();
  wake_.notify_all();
}

void TrainingControl::run_with_model(std::function<void(StableDiffusionModel&)> task) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    tasks_.push_back(std::move(task));
  }
  wake_.notify_all();
}

bool TrainingControl::wait_between_steps(StableDiffusionModel& model,
                                         const TrainingObserver& observer) {
  bool announced = false;
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    while (!tasks_.empty()) {
      auto task = std::move(tasks_.front());
      tasks_.pop_front();
      lock.unlock();
      torch::NoGradGuard no_grad;
      task(model);
      lock.lock();
    }
    if (token_.cancelled()) return false;
    if (!paused_) break;
    if (!announced && observer) {
      announced = true;
      lock.unlock();
      observer(TrainingEvent{TrainingEvent::Type::Paused});
      lock.lock();
    }
    wake_.wait(lock, [&] { return !paused_ || token_.cancelled() || !tasks_.empty(); });
  }
  if (announced && observer) {
    lock.unlock();
    observer(TrainingEvent{TrainingEvent::Type::Resumed});
  }
  return true;
}

namespace {

std::vector<std::string> split_plus(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size() && !s.empty()) {
    const auto end = s.find('+', start);
    out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::vector<Concept> concepts_of(const TrainingConfig& c) {
  if (c.concepts_list.empty())
    return {Concept{c.instance_prompt, c.instance_data_dir, c.class_prompt, c.class_data_dir}};
  const auto j = read_json(c.concepts_list);
  if (!j.is_array() || j.empty())
    throw FileError(c.concepts_list, "must be a non-empty JSON list of concepts");
  std::vector<Concept> out;
  for (const auto& e : j) {
    try {
      Concept k;
      k.instance_prompt = e.at("instance_prompt").get<std::string>();
      k.instance_data_dir = e.at("instance_data_dir").get<std::string>();
      k.class_prompt = e.value("class_prompt", std::string());
      k.class_data_dir = e.value("class_data_dir", std::string());
      out.push_back(k);
    } catch (const nlohmann::json::exception& ex) {
      throw FileError(c.concepts_list, std::string("a concept lacks a field: ") + ex.what());
    }
  }
  return out;
}

c10::ScalarType weight_dtype(const TrainingConfig& c) {
  if (c.mixed_precision == "fp16") return torch::kHalf;
  if (c.mixed_precision == "bf16") return torch::kBFloat16;
  return torch::kFloat;
}

}  // namespace

static fs::path train(const TrainingConfig& config_in, const TrainingObserver& observer_in,
                      TrainingControl* control) {
  TrainingConfig config = config_in;
  config.validate();
  const TrainingObserver observer = observer_in ? observer_in : [](const TrainingEvent&) {};
  auto log = [&](const std::string& message) {
    TrainingEvent e;
    e.message = message;
    observer(e);
  };
  if (!config.seed) config.seed = std::random_device{}() & 0x7FFFFFFFu;
  const fs::path output_dir = config.output_dir;
  std::error_code ec;
  fs::create_directories(output_dir, ec);
  if (ec || !fs::is_directory(output_dir))
    throw FileError(output_dir, "cannot create the output folder");
  {
    // Fail now rather than after hours of training when the folder is not writable.
    AtomicFile probe(output_dir / ".write-test");
  }

  auto concepts = concepts_of(config);
  LoadOptions load;
  load.device = parse_device(config.device);
  set_allow_tf32(config.allow_tf32);
  load.dtype = weight_dtype(config);
  check_device_dtype(load.device, load.dtype);
  load.attention =
      config.attention == "plain" ? AttentionKernel::Plain : AttentionKernel::Efficient;
  load.variant = config.variant;
  load.config = config.single_file_config;
  load.vae = config.single_file_vae;
  load.prediction_type = config.prediction_type;
  load.use_ema = config.use_ema;
  log("Loading " + config.pretrained_model_name_or_path);
  auto model = load_stable_diffusion(config.pretrained_model_name_or_path, load);
  // Trainable parts stay in float32 under mixed precision; the text encoder is small, so it
  // stays float32 whole (its embedding is trained).
  model.text_encoder->to(torch::kFloat);

  if (config.with_prior_preservation && !config.real_prior)
    ensure_class_images(model, concepts, config, observer,
                        control ? control->cancel_token() : nullptr);

  const auto tokens =
      add_modifier_tokens(model.tokenizer, model.text_encoder, split_plus(config.modifier_token),
                          split_plus(config.initializer_token));
  auto params = install_custom_diffusion(model.unet, parse_freeze_mode(config.freeze_model));
  for (auto& [name, p] : params) p.set_data(p.data().to(torch::kFloat));
  model.unet->set_gradient_checkpointing(config.gradient_checkpointing);

  std::mt19937_64 rng(*config.seed);
  DatasetOptions data;
  data.resolution = config.resolution;
  data.vae_scale_factor = static_cast<int>(model.vae_scale_factor());
  data.center_crop = config.center_crop;
  data.with_prior_preservation = config.with_prior_preservation;
  data.real_prior = config.real_prior;
  data.num_class_images = config.num_class_images;
  data.hflip = config.hflip;
  data.aug = !config.noaug;
  CustomDiffusionDataset dataset(concepts, data, rng);
  for (const auto& f : dataset.skipped_files()) log("Skipping " + f.string() + " (not an image)");
  for (const auto& f : dataset.sideways_files())
    log(f.string() + ": this photo is stored sideways; it will be trained as shown (its EXIF " +
        "orientation is ignored, as in diffusers). The studio's Concepts page can write an " +
        "upright copy.");

  const int64_t batches_per_epoch =
      (dataset.size() + config.train_batch_size - 1) / config.train_batch_size;
  const int64_t updates_per_epoch = (batches_per_epoch + config.gradient_accumulation_steps - 1) /
                                    config.gradient_accumulation_steps;
  const int64_t max_steps =
      config.max_train_steps.value_or(config.num_train_epochs * updates_per_epoch);
  const int64_t epochs = (max_steps + updates_per_epoch - 1) / updates_per_epoch;
  double base_lr = config.learning_rate;
  if (config.scale_lr) {
    base_lr *= config.gradient_accumulation_steps * config.train_batch_size;
    if (config.with_prior_preservation) base_lr *= 2.0;
  }
  const LrSchedule schedule(config.lr_scheduler, config.lr_warmup_steps, max_steps);

  TrainStepOptions so;
  so.learning_rate = base_lr * schedule.factor(0);
  so.adam_beta1 = config.adam_beta1;
  so.adam_beta2 = config.adam_beta2;
  so.adam_weight_decay = config.adam_weight_decay;
  so.adam_epsilon = config.adam_epsilon;
  so.max_grad_norm = config.max_grad_norm;
  so.with_prior_preservation = config.with_prior_preservation;
  so.prior_loss_weight = config.prior_loss_weight;
  so.gradient_accumulation_steps = config.gradient_accumulation_steps;
  so.set_grads_to_none = config.set_grads_to_none;
  CustomDiffusionStep step(model, tokens, params, so);
  auto generator = at::make_generator<at::CPUGeneratorImpl>(*config.seed);

  for (const auto& leftover : remove_interrupted_writes(output_dir))
    log("Removed " + leftover.string() + ", left by an interrupted write");
  TrainingPosition pos;
  if (!config.resume_from_checkpoint.empty()) {
    if (const auto dir = find_checkpoint(output_dir, config.resume_from_checkpoint)) {
      pos = load_checkpoint(*dir, step, model);
      restore_rng_state(rng, pos.dataset_rng);
      if (pos.torch_rng.defined()) generator.set_state(pos.torch_rng);
      log("Resuming from " + dir->string() + " at step " + std::to_string(pos.global_step));
    } else {
      log("No checkpoint to resume from in " + output_dir.string() + "; starting a new run");
    }
  }
  write_file_atomically(output_dir / "training_args.json", to_json(config).dump(2));

  auto save_position = [&]() {
    pos.dataset_rng = save_rng_state(rng);
    pos.torch_rng = generator.get_state();
  };
  auto checkpoint = [&]() {
    save_position();
    const auto dir = save_checkpoint(output_dir, step, model, pos, !config.no_safe_serialization);
    if (config.checkpoints_total_limit)
      prune_checkpoints(output_dir, *config.checkpoints_total_limit);
    TrainingEvent e{TrainingEvent::Type::Checkpoint};
    e.step = pos.global_step;
    e.total_steps = max_steps;
    e.files = {dir};
    e.message = "Saved " + dir.string();
    observer(e);
  };
  auto validate = [&]() {
    if (config.validation_prompt.empty() || config.num_validation_images <= 0) return;
    const auto dir = output_dir / "validation" / ("step-" + std::to_string(pos.global_step));
    fs::create_directories(dir, ec);
    GenerationParams g;
    g.prompt = config.validation_prompt;
    g.steps = 25;
    g.scheduler = "dpm++2m";
    g.seed = *config.seed;
    g.num_images = config.num_validation_images;
    g.width = g.height = config.resolution;
    const auto images = generate(model, g).images;
    TrainingEvent e{TrainingEvent::Type::Validation};
    e.step = pos.global_step;
    e.total_steps = max_steps;
    for (int i = 0; i < config.num_validation_images; ++i) {
      const auto file = dir / (std::to_string(i) + ".png");
      write_image_png(file, images[i]);
      e.files.push_back(file);
    }
    // The weights of this step, ready for inference ("use the weights of this step").
    save_custom_diffusion_weights(dir, model.unet, step.tokens(), model.text_encoder,
                                  !config.no_safe_serialization);
    observer(e);
  };

  TrainingEvent started{TrainingEvent::Type::Started};
  started.step = pos.global_step;
  started.total_steps = max_steps;
  started.message = std::to_string(dataset.size()) + " examples, " + std::to_string(max_steps) +
                    " steps, seed " + std::to_string(*config.seed);
  observer(started);

  const auto t0 = std::chrono::steady_clock::now();
  const int64_t start_step = pos.global_step;
  bool cancelled = false;
  double last_loss = 0;
  for (; pos.epoch < epochs && pos.global_step < max_steps && !cancelled; ++pos.epoch) {
    if (pos.permutation.empty()) pos.permutation = random_permutation(dataset.size(), rng);
    for (; pos.batch_in_epoch < batches_per_epoch && pos.global_step < max_steps;
         ++pos.batch_in_epoch) {
      std::vector<TrainExample> examples;
      const int64_t first = pos.batch_in_epoch * config.train_batch_size;
      for (int64_t i = first;
           i < std::min<int64_t>(first + config.train_batch_size, dataset.size()); ++i)
        examples.push_back(dataset.get(pos.permutation[static_cast<size_t>(i)], rng));
      const auto batch = collate(examples, config.with_prior_preservation);
      std::vector<torch::Tensor> ids;
      for (const auto& prompt : batch.prompts)
        ids.push_back(torch::tensor(model.tokenizer.encode_padded(prompt).ids));
      const TokenizedBatch tb{batch.pixel_values, torch::stack(ids), batch.mask};
      const auto random = step.draw(generator, tb.pixel_values.size(0), dataset.mask_size());
      last_loss = step.step(tb, random);  // throws on a non-finite loss
      if (step.micro_steps() % config.gradient_accumulation_steps != 0) continue;

      ++pos.global_step;
      step.set_learning_rate(base_lr * schedule.factor(pos.global_step));
      const double elapsed =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      TrainingEvent e{TrainingEvent::Type::Step};
      e.step = pos.global_step;
      e.total_steps = max_steps;
      e.loss = last_loss;
      e.learning_rate = base_lr * schedule.factor(pos.global_step - 1);
      e.elapsed_s = elapsed;
      e.steps_per_second = (pos.global_step - start_step) / std::max(1e-9, elapsed);
      e.eta_s = (max_steps - pos.global_step) / std::max(1e-9, e.steps_per_second);
      if (load.device.is_cuda()) {
        const GpuMemory m = gpu_memory(std::max<int>(0, load.device.index()));
        e.gpu_memory_bytes = m.reserved;
        e.gpu_peak_bytes = m.peak_reserved;
        e.gpu_total_bytes = m.total;
      }
      observer(e);
      const bool last = pos.global_step >= max_steps;
      if (pos.global_step % config.checkpointing_steps == 0 && !last) {
        pos.batch_in_epoch += 1;  // the position after this batch
        checkpoint();
        pos.batch_in_epoch -= 1;
      }
      if (pos.global_step % config.validation_steps == 0) validate();
      if (control && !control->wait_between_steps(model, observer)) {
        cancelled = true;
        pos.batch_in_epoch += 1;
        break;
      }
    }
    if (cancelled) break;
    pos.batch_in_epoch = 0;
    pos.permutation.clear();
  }

  if (cancelled) checkpoint();  // a usable, resumable state
  save_custom_diffusion_weights(output_dir, model.unet, step.tokens(), model.text_encoder,
                                !config.no_safe_serialization);
  TrainingEvent done{cancelled ? TrainingEvent::Type::Cancelled : TrainingEvent::Type::Finished};
  done.step = pos.global_step;
  done.total_steps = max_steps;
  done.loss = last_loss;
  done.files = {output_dir};
  done.message = (cancelled ? "Stopped at step " : "Finished ") + std::to_string(pos.global_step) +
                 "; weights in " + output_dir.string();
  observer(done);
  if (cancelled)
    throw JobCancelled("at step " + std::to_string(pos.global_step) +
                       "; what was learned so far is saved in " + output_dir.string());
  return output_dir;
}

fs::path run_training(const TrainingConfig& config, const TrainingObserver& observer,
                      TrainingControl* control) {
  try {
    return train(config, observer, control);
  } catch (const c10::Error& e) {
    // Out of GPU memory or a lost device: a sentence on what to change instead of libtorch's
    // trace. The checkpoints written so far are complete files (written atomically) and stay.
    const std::string message = explain_device_error(e, "Training");
    if (message.empty()) throw;
    release_cached_gpu_memory();
    throw CoreError(message);
  }
}

}  // namespace cds
