// cdstudio-cli download: fetches a Stable Diffusion pipeline from the Hugging Face Hub into the
// shared cache (models--ORG--NAME/...), as `huggingface-cli download` would, safetensors only.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/model/model_folder.h"
#include "core/net/http_fetch.h"
#include "core/net/hub_download.h"

namespace cds::cli {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-cli download ORG/NAME [--revision main] [--variant fp16] [--token T]\n"
    "\n"
    "Downloads what a Stable Diffusion pipeline needs (configs, tokenizer, safetensors weights)\n"
    "into the Hugging Face cache ($HF_HUB_CACHE, $HF_HOME/hub or ~/.cache/huggingface/hub).\n"
    "A broken or stalled connection is retried (5 tries, 1 s apart and doubling), continuing\n"
    "the file; interrupted files resume on the next run. Every file is checked against the\n"
    "Hub's size and hash. HF_ENDPOINT picks another Hub; HF_HUB_OFFLINE=1 uses the cache "
    "only.\n"
    "  --token T   a read token (default: $HF_TOKEN or the token saved by `huggingface-cli "
    "login`)\n";

CancelToken g_cancel;  // Ctrl+C stops the job (core/cancel_token.h)

void onSignal(int) { g_cancel.cancel(); }

std::string mib(int64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", double(bytes) / (1 << 20));
  return text;
}

}  // namespace

int run_download(const std::vector<std::string>& args) {
  OptionSpec spec;
  spec.with_value = {"revision", "variant", "token", "cache_dir"};
  spec.flags = {"help"};
  const ParsedArgs a = parse_args(args, spec);
  if (a.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  if (a.positional().size() != 1) throw UsageError("give one repository id, ORG/NAME");

  NetworkApplication app;  // Qt Network needs a QCoreApplication; no event loop runs here
  std::signal(SIGINT, onSignal);

  HubDownloadOptions o;
  o.repo_id = a.positional()[0];
  o.revision = a.value("revision", "main");
  o.variant = a.value("variant");
  o.token = a.value("token");
  if (a.has("cache_dir")) o.cache_dir = a.value("cache_dir");
  o.cancel = &g_cancel;
  o.progress = [](const HubDownloadProgress& p) {
    if (!p.retrying.empty()) {
      // On a line of its own, so it stays visible under the progress line that follows.
      std::fprintf(stderr, "\n%s\n  connection lost, retrying (%d of %d) in %.1f s...\n",
                   p.retrying.c_str(), p.attempt, p.max_attempts, p.retry_delay_ms / 1000.0);
      return;
    }
    std::fprintf(stderr, "\r[%d/%d] %s  %s of %s  (%s/s)          ", p.file_index, p.file_count,
                 p.file.c_str(), mib(p.done_bytes).c_str(),
                 p.total_bytes < 0 ? "?" : mib(p.total_bytes).c_str(),
                 mib(int64_t(p.bytes_per_second)).c_str());
    std::fflush(stderr);
  };
  const HubDownloadResult r = download_pipeline(o);
  if (!r.offline) std::fprintf(stderr, "\n");
  // The cache entry must open as the loader opens it.
  ModelFolder::open(o.repo_id, o.revision == r.commit ? r.commit : o.revision);
  std::cout << r.snapshot.string() << "\n";
  std::fprintf(stderr, "%s at %s: %zu files, %s downloaded%s\n", o.repo_id.c_str(),
               r.commit.c_str(), r.files.size(), mib(r.bytes_downloaded).c_str(),
               r.offline ? " (offline: from the cache)" : "");
  return 0;
}

}  // namespace cds::cli
