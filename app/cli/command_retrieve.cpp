// cdstudio-cli retrieve: fills a class image folder for prior preservation, in the layout of
// diffusers' examples/custom_diffusion/retrieve.py (same flag names), from a clip-retrieval
// back-end, Openverse, the base model, or a folder.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

#include <torch/torch.h>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/error.h"
#include "core/net/class_folder_from_web.h"
#include "core/net/http_fetch.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/train/class_folder_from_model.h"

namespace cds::cli {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-cli retrieve --class_prompt TEXT --class_data_dir DIR [options]\n"
    "\n"
    "Collects class images for prior preservation into DIR/images/N.jpg with caption.txt,\n"
    "urls.txt and images.txt (what train --real_prior reads). Re-running continues.\n"
    "\n"
    "  --num_class_images N   images wanted in DIR (default 200)\n"
    "  --source S             clip-retrieval (default), openverse, generate or folder\n"
    "  --server URL           clip-retrieval knn-service URL, or the Openverse API base URL\n"
    "  --indice_name NAME     clip-retrieval index (default laion_400m)\n"
    "  --model MODEL          generate: the base model (folder or ORG/NAME)\n"
    "  --steps N --seed N --sample_batch_size N --device cpu|cuda   generate options\n"
    "  --folder DIR           folder: the images to copy\n"
    "  --max_image_mb N       largest download kept (default 20)\n"
    "  --timeout_s N          per download (default 30)\n";

CancelToken g_cancel;  // Ctrl+C stops the job (core/cancel_token.h)

void onSignal(int) { g_cancel.cancel(); }

bool g_progressLineOpen = false;

void printProgress(int have, int wanted, int failed) {
  std::fprintf(stderr, "\r%d of %d class images, %d failed   ", have, wanted, failed);
  std::fflush(stderr);
  g_progressLineOpen = true;
}

// Ends the \r progress line, so whatever is printed next (a summary, an error) starts a line.
void endProgressLine() {
  if (g_progressLineOpen) std::fputc('\n', stderr);
  g_progressLineOpen = false;
}

// Ends the progress line however run_retrieve leaves, errors included.
struct ProgressLineGuard {
  ~ProgressLineGuard() { endProgressLine(); }
};

}  // namespace

int run_retrieve(const std::vector<std::string>& args) {
  OptionSpec spec;
  spec.with_value = {"class_prompt",
                     "class_data_dir",
                     "num_class_images",
                     "source",
                     "server",
                     "indice_name",
                     "model",
                     "steps",
                     "seed",
                     "sample_batch_size",
                     "device",
                     "folder",
                     "max_image_mb",
                     "timeout_s"};
  spec.flags = {"help"};
  const ParsedArgs a = parse_args(args, spec);
  if (a.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  if (!a.has("class_data_dir")) throw UsageError("--class_data_dir is required");
  const std::string source = a.value("source", "clip-retrieval");
  if (source != "folder" && !a.has("class_prompt")) throw UsageError("--class_prompt is required");

  NetworkApplication app;  // Qt Network needs a QCoreApplication; no event loop runs here
  std::signal(SIGINT, onSignal);

  CollectOptions options;
  options.class_prompt = a.value("class_prompt");
  options.class_data_dir = a.value("class_data_dir");
  options.num_class_images = a.int_value("num_class_images", 200);
  options.max_image_bytes = int64_t(a.int_value("max_image_mb", 20)) << 20;
  options.image_timeout_ms = a.int_value("timeout_s", 30) * 1000;
  options.cancel = &g_cancel;
  options.progress = [](const CollectProgress& p) {
    if (!p.retrying.empty()) {
      endProgressLine();
      std::fprintf(stderr, "%s\n  the service did not answer, trying again (%d of %d)...\n",
                   p.retrying.c_str(), p.attempt, p.max_attempts);
      return;
    }
    printProgress(p.have, p.wanted, p.failed);
  };
  const ProgressLineGuard progressLine;

  CollectResult result;
  if (source == "clip-retrieval") {
    ClipRetrievalOptions service;
    if (a.has("server")) service.url = a.value("server");
    service.indice_name = a.value("indice_name", service.indice_name);
    result = collect_from_clip_retrieval(service, options);
  } else if (source == "openverse") {
    OpenverseOptions service;
    if (a.has("server")) service.base_url = a.value("server");
    result = collect_from_openverse(service, options);
  } else if (source == "folder") {
    if (!a.has("folder")) throw UsageError("--source folder needs --folder DIR");
    if (options.class_prompt.empty())
      throw UsageError("--class_prompt is required (it becomes each caption)");
    result = collect_from_folder(a.value("folder"), options);
  } else if (source == "generate") {
    if (!a.has("model")) throw UsageError("--source generate needs --model MODEL");
    torch::NoGradGuard no_grad;
    LoadOptions load;
    if (a.value("device", "cpu") == "cuda") load.device = c10::Device(c10::kCUDA);
    StableDiffusionModel model = load_stable_diffusion(a.value("model"), load);
    GenerateClassImagesOptions g;
    g.class_prompt = options.class_prompt;
    g.class_data_dir = options.class_data_dir;
    g.num_class_images = options.num_class_images;
    g.steps = a.int_value("steps", 50);
    g.seed = static_cast<uint64_t>(a.int_value("seed", 0));
    g.batch_size = a.int_value("sample_batch_size", 4);
    g.cancel = &g_cancel;
    g.progress = [](int have, int wanted) { printProgress(have, wanted, 0); };
    const int made = generate_class_images(model, g);
    endProgressLine();
    std::fprintf(stderr, "made %d class images with %s\n", made, a.value("model").c_str());
    return 0;
  } else {
    throw UsageError("unknown --source \"" + source +
                     "\" (clip-retrieval, openverse, generate or folder)");
  }
  endProgressLine();
  std::fprintf(
      stderr,
      "%d class images in %s (%d new, %d already there, %d duplicates skipped, %d failed)\n",
      result.total(), options.class_data_dir.string().c_str(), result.added, result.existing,
      result.duplicates, result.failed);
  for (const auto& why : result.failures) std::fprintf(stderr, "  skipped: %s\n", why.c_str());
  if (result.total() < options.num_class_images)
    throw CoreError("the source ran out of images after " + std::to_string(result.total()) +
                    " of " + std::to_string(options.num_class_images) + "; try another --source");
  return 0;
}

}  // namespace cds::cli
