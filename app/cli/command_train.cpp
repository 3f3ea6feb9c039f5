// `cdstudio-cli train`: a Custom Diffusion run with the flags of diffusers'
// train_custom_diffusion.py (same names and defaults, --flag=value or --flag value), with a
// progress line and the loss on the terminal. Ctrl+C stops cleanly with a checkpoint.
#include <csignal>
#include <cstdio>
#include <iostream>
#include <set>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "app/cli/single_file_support.h"
#include "core/error.h"
#include "core/project/project_run.h"
#include "core/runtime.h"
#include "core/train/class_folder.h"
#include "core/train/trainer.h"

namespace cds::cli {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-cli train --pretrained_model_name_or_path MODEL --instance_data_dir DIR\n"
    "                          --instance_prompt TEXT --modifier_token \"<new1>\" [options]\n"
    "       cdstudio-cli train --project FILE.cdproj [--output_dir DIR] [--device D] [--threads "
    "N]\n"
    "                          [--resume_from_checkpoint latest]\n"
    "\n"
    "--project trains a studio project as its Train page would: the same concepts, photos, class\n"
    "pictures (already gathered in the studio) and settings.\n"
    "\n"
    "Takes the flags of diffusers' examples/custom_diffusion/train_custom_diffusion.py with the\n"
    "same defaults: --class_data_dir --class_prompt --with_prior_preservation --real_prior\n"
    "--prior_loss_weight 1.0 --num_class_images 200 --concepts_list FILE --initializer_token\n"
    "ktn+pll+ucd --freeze_model crossattn_kv|crossattn --resolution 512 --center_crop --hflip\n"
    "--noaug --train_batch_size 4 --sample_batch_size 4 --num_train_epochs 1 --max_train_steps N\n"
    "--gradient_accumulation_steps 1 --learning_rate 1e-5 --scale_lr --lr_scheduler constant\n"
    "--lr_warmup_steps 500 --checkpointing_steps 250 --checkpoints_total_limit N\n"
    "--resume_from_checkpoint latest|DIR --validation_prompt TEXT --num_validation_images 2\n"
    "--validation_steps 50 --seed N --output_dir custom-diffusion-model --mixed_precision "
    "no|fp16|bf16\n"
    "--adam_beta1 0.9 --adam_beta2 0.999 --adam_weight_decay 1e-2 --adam_epsilon 1e-8\n"
    "--max_grad_norm 1.0 --set_grads_to_none --no_safe_serialization\n"
    "--enable_xformers_memory_efficient_attention --gradient_checkpointing --allow_tf32\n"
    "\n"
    "This engine adds: --device cpu|cuda|cuda:N|auto (default auto: the first GPU, else cpu), "
    "--threads N, --attention plain|efficient,\n"
    "--class_image_steps 50 (steps used to make missing class images).\n"
    "MODEL may be a single SD 1.x / 2.x checkpoint file (.safetensors, .ckpt), with --config DIR\n"
    "(tokenizer and scheduler of the same family; default: a cached base model, else downloaded),\n"
    "--vae FILE, --prediction_type epsilon|v_prediction and --use_ema.\n"
    "Accepted and ignored with a warning: --push_to_hub --hub_token --hub_model_id --report_to\n"
    "--logging_dir --dataloader_num_workers --local_rank --prior_generation_precision.\n";

std::atomic<TrainingControl*> g_control{nullptr};

void on_interrupt(int) {
  if (auto* c = g_control.load()) c->cancel();
}

double to_double(const ParsedArgs& a, const std::string& name, double fallback) {
  if (!a.has(name)) return fallback;
  try {
    size_t used = 0;
    const double v = std::stod(a.value(name), &used);
    if (used == a.value(name).size()) return v;
  } catch (const std::exception&) {
  }
  throw UsageError("--" + name + " expects a number, got \"" + a.value(name) + "\"");
}

// The options a project does not set itself; every other training flag is the project's.
const std::set<std::string> kProjectOverrides = {"project", "output_dir", "device", "threads",
                                                 "resume_from_checkpoint"};

// --project: the studio's project file through the same engine code as the Train page.
TrainingConfig project_config(const ParsedArgs& a) {
  for (const std::string& name : a.names())
    if (!kProjectOverrides.count(name))
      throw UsageError("--" + name +
                       " cannot be combined with --project: the project sets it (change it in "
                       "the studio, or leave out --project)");
  StudioProject project = load_project(a.value("project"));
  if (a.has("output_dir")) project.training.output_dir = a.value("output_dir");
  if (a.has("device")) project.training.device = a.value("device");
  if (a.has("resume_from_checkpoint")) {
    if (a.value("resume_from_checkpoint") != "latest")
      throw UsageError("with --project, --resume_from_checkpoint takes only \"latest\"");
    project.training.resume = true;
  }
  std::vector<std::string> problems = project_training_problems(project);
  if (project.training.output_dir.empty())
    problems.push_back("The project names no output folder: give --output_dir.");
  // The studio gathers class pictures on its Regularization page; here they must be there.
  if (project.training.prior_preservation()) {
    for (size_t k = 0; k < project.training.concepts.size(); ++k) {
      const ProjectConcept& c = project.training.concepts[k];
      const std::string which = "Concept " + std::to_string(k + 1);
      const int have = c.class_data_dir.empty() ? 0 : ClassFolder(c.class_data_dir).count();
      if (have < c.num_class_images)
        problems.push_back(which + " has " + std::to_string(have) + " of its " +
                           std::to_string(c.num_class_images) + " class pictures" +
                           (c.class_data_dir.empty() ? "" : " in " + c.class_data_dir) +
                           ": gather them on the studio's Regularization page first.");
    }
  }
  if (!problems.empty()) {
    std::string message = a.value("project") + " cannot train yet:";
    for (const std::string& p : problems) message += "\n  - " + p;
    throw CoreError(message);
  }
  return prepare_project_run(project);
}

int train_with_progress(const TrainingConfig& c);

}  // namespace

int run_train(const std::vector<std::string>& argv) {
  const OptionSpec spec{
      {"project", "pretrained_model_name_or_path", "revision", "variant", "instance_data_dir",
       "instance_prompt", "class_data_dir", "class_prompt", "concepts_list", "prior_loss_weight",
       "num_class_images", "modifier_token", "initializer_token", "freeze_model", "resolution",
       "train_batch_size", "sample_batch_size", "num_train_epochs", "max_train_steps",
       "gradient_accumulation_steps", "learning_rate", "lr_scheduler", "lr_warmup_steps",
       "checkpointing_steps", "checkpoints_total_limit", "resume_from_checkpoint",
       "validation_prompt", "num_validation_images", "validation_steps", "seed", "output_dir",
       "mixed_precision", "adam_beta1", "adam_beta2", "adam_weight_decay", "adam_epsilon",
       "max_grad_norm", "device", "threads", "attention", "class_image_steps", "config", "vae",
       "prediction_type",
       // accepted for compatibility, ignored
       "hub_token", "hub_model_id", "report_to", "logging_dir", "dataloader_num_workers",
       "local_rank", "prior_generation_precision", "tokenizer_name"},
      {"help", "with_prior_preservation", "real_prior", "center_crop", "hflip", "noaug", "scale_lr",
       "gradient_checkpointing", "set_grads_to_none", "no_safe_serialization",
       "enable_xformers_memory_efficient_attention", "push_to_hub", "allow_tf32", "use_ema"}};
  const auto a = parse_args(argv, spec);
  if (a.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  if (!a.positional().empty())
    throw UsageError("unexpected argument \"" + a.positional()[0] + "\"");
  for (const char* ignored :
       {"push_to_hub", "hub_token", "hub_model_id", "report_to", "logging_dir",
        "dataloader_num_workers", "local_rank", "prior_generation_precision", "tokenizer_name"})
    if (a.has(ignored)) std::cerr << "warning: --" << ignored << " has no effect here; ignored\n";

  if (a.has("project")) {
    const TrainingConfig c = project_config(a);
    init_torch_threads(a.int_value("threads", 0));
    return train_with_progress(c);
  }

  TrainingConfig c;
  c.pretrained_model_name_or_path = a.value("pretrained_model_name_or_path");
  c.revision = a.value("revision", c.revision);
  c.variant = a.value("variant");
  c.single_file_vae = a.value("vae");
  c.prediction_type = a.value("prediction_type");
  c.use_ema = a.has("use_ema");
  c.single_file_config = single_file_config_for(c.pretrained_model_name_or_path, a.value("config"));
  c.instance_data_dir = a.value("instance_data_dir");
  c.instance_prompt = a.value("instance_prompt");
  c.class_data_dir = a.value("class_data_dir");
  c.class_prompt = a.value("class_prompt");
  c.concepts_list = a.value("concepts_list");
  c.with_prior_preservation = a.has("with_prior_preservation");
  c.real_prior = a.has("real_prior");
  c.prior_loss_weight = to_double(a, "prior_loss_weight", c.prior_loss_weight);
  c.num_class_images = a.int_value("num_class_images", c.num_class_images);
  c.modifier_token = a.value("modifier_token");
  c.initializer_token = a.value("initializer_token", c.initializer_token);
  c.freeze_model = a.value("freeze_model", c.freeze_model);
  c.resolution = a.int_value("resolution", c.resolution);
  c.center_crop = a.has("center_crop");
  c.hflip = a.has("hflip");
  c.noaug = a.has("noaug");
  c.train_batch_size = a.int_value("train_batch_size", c.train_batch_size);
  c.sample_batch_size = a.int_value("sample_batch_size", c.sample_batch_size);
  c.num_train_epochs = a.int_value("num_train_epochs", c.num_train_epochs);
  if (a.has("max_train_steps")) c.max_train_steps = a.int_value("max_train_steps", 0);
  c.gradient_accumulation_steps =
      a.int_value("gradient_accumulation_steps", c.gradient_accumulation_steps);
  c.gradient_checkpointing = a.has("gradient_checkpointing");
  c.learning_rate = to_double(a, "learning_rate", c.learning_rate);
  c.scale_lr = a.has("scale_lr");
  c.lr_scheduler = a.value("lr_scheduler", c.lr_scheduler);
  c.lr_warmup_steps = a.int_value("lr_warmup_steps", c.lr_warmup_steps);
  c.checkpointing_steps =
      a.int_value("checkpointing_steps", static_cast<int>(c.checkpointing_steps));
  if (a.has("checkpoints_total_limit"))
    c.checkpoints_total_limit = a.int_value("checkpoints_total_limit", 0);
  c.resume_from_checkpoint = a.value("resume_from_checkpoint");
  c.validation_prompt = a.value("validation_prompt");
  c.num_validation_images = a.int_value("num_validation_images", c.num_validation_images);
  c.validation_steps = a.int_value("validation_steps", static_cast<int>(c.validation_steps));
  if (a.has("seed")) c.seed = static_cast<uint64_t>(a.int_value("seed", 0));
  c.output_dir = a.value("output_dir", c.output_dir);
  c.mixed_precision = a.value("mixed_precision", c.mixed_precision);
  c.adam_beta1 = to_double(a, "adam_beta1", c.adam_beta1);
  c.adam_beta2 = to_double(a, "adam_beta2", c.adam_beta2);
  c.adam_weight_decay = to_double(a, "adam_weight_decay", c.adam_weight_decay);
  c.adam_epsilon = to_double(a, "adam_epsilon", c.adam_epsilon);
  c.max_grad_norm = to_double(a, "max_grad_norm", c.max_grad_norm);
  c.set_grads_to_none = a.has("set_grads_to_none");
  c.no_safe_serialization = a.has("no_safe_serialization");
  c.allow_tf32 = a.has("allow_tf32");
  c.device = a.value("device", c.device);
  c.attention = a.has("enable_xformers_memory_efficient_attention")
                    ? "efficient"
                    : a.value("attention", c.attention);
  c.class_image_steps = a.int_value("class_image_steps", c.class_image_steps);
  try {
    c.validate();
  } catch (const CoreError& e) {
    throw UsageError(e.what());
  }
  init_torch_threads(a.int_value("threads", 0));
  return train_with_progress(c);
}

namespace {

// Runs the training with a progress line on the terminal; Ctrl+C stops with a checkpoint.
int train_with_progress(const TrainingConfig& c) {
  TrainingControl control;
  g_control = &control;
  struct Forget {  // the handler must not reach a control that is gone
    ~Forget() { g_control = nullptr; }
  } forget;
  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
  const auto observer = [](const TrainingEvent& e) {
    using T = TrainingEvent::Type;
    switch (e.type) {
      case T::Step:
        std::fprintf(stderr, "\rstep %lld/%lld  loss %.4f  lr %.3g  %.2f it/s  ETA %.0fs   ",
                     static_cast<long long>(e.step), static_cast<long long>(e.total_steps), e.loss,
                     e.learning_rate, e.steps_per_second, e.eta_s);
        if (e.step == e.total_steps) std::fprintf(stderr, "\n");
        std::fflush(stderr);
        break;
      case T::Validation:
        std::cerr << "\nvalidation images at step " << e.step << ": "
                  << e.files.front().parent_path().string() << "\n";
        break;
      default:
        if (!e.message.empty()) std::cerr << (e.type == T::Log ? "" : "\n") << e.message << "\n";
    }
  };
  // Ctrl+C: the trainer saves a checkpoint and throws JobCancelled, which cli_main reports.
  const auto out = run_training(c, observer, &control);
  g_control = nullptr;
  std::cout << out.string() << "\n";
  return 0;
}

}  // namespace

}  // namespace cds::cli
