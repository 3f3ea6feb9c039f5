// Downloads the files a Stable Diffusion pipeline needs from the Hugging Face Hub into the
// standard cache layout (models--ORG--NAME/blobs, snapshots/COMMIT, refs/REV), as
// huggingface_hub's snapshot_download / hf_hub_download do, so Python tools share the files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/cancel_token.h"
#include "core/net/retry_policy.h"

namespace cds {

struct HubFile {
  std::string path;        // "unet/diffusion_pytorch_model.safetensors"
  int64_t size = -1;       // -1: unknown
  std::string blob_id;     // git blob id (the ETag of a plain file)
  std::string lfs_sha256;  // LFS files: their SHA-256, which is also their ETag
};

// The Hub's answer to /api/models/ORG/NAME/revision/REV?blobs=true: the commit and its files.
struct HubListing {
  std::string commit;
  std::vector<HubFile> files;
};
// Members of other types are taken as absent; an answer that is no object throws NetError
// naming `origin`.
HubListing read_hub_listing(const nlohmann::json& info, const std::string& origin);

struct HubDownloadProgress {
  std::string file;
  int file_index = 0;
  int file_count = 0;
  int64_t file_bytes = 0;
  int64_t file_total = -1;
  int64_t done_bytes = 0;  // all files
  int64_t total_bytes = -1;
  double bytes_per_second = 0;
  // Set while waiting to try again after a transient failure: try `attempt` of `max_attempts`
  // comes in `retry_delay_ms`; `retrying` says what failed. Empty otherwise.
  std::string retrying;
  int attempt = 0;
  int max_attempts = 0;
  int retry_delay_ms = 0;
};

struct HubDownloadOptions {
  std::string repo_id;  // ORG/NAME
  std::string revision = "main";
  std::string variant;  // "fp16": those weight files when the repository has them
  // Non-empty: exactly these files (those of them the repository has) instead of a pipeline's,
  // e.g. a single-file model's tokenizer and scheduler settings.
  std::vector<std::string> only_files;
  std::string token;                // empty: $HF_TOKEN, else the token file in $HF_HOME
  std::string endpoint;             // empty: $HF_ENDPOINT, else https://huggingface.co
  std::filesystem::path cache_dir;  // empty: hf_hub_cache_dir()
  int idle_timeout_ms = 60000;
  // Transient failures (resets, stalls, cut bodies, 5xx, 429) are retried within one run;
  // each retry continues the partial file (see blob_download.h).
  RetryPolicy retry;
  std::function<void(const HubDownloadProgress&)> progress;
  const CancelToken* cancel = nullptr;
};

struct HubDownloadResult {
  std::filesystem::path snapshot;
  std::string commit;
  std::vector<std::string> files;
  int64_t bytes_downloaded = 0;
  bool offline = false;  // HF_HUB_OFFLINE: the cached snapshot, no network
};

// Of a repository's file list, those a diffusers Stable Diffusion pipeline loads: model_index.json,
// component configs, scheduler and tokenizer files, and per component folder one set of weights,
// safetensors before .bin (never .ckpt), the variant when asked and present. Sorted.
std::vector<std::string> select_pipeline_files(const std::vector<std::string>& files,
                                               const std::string& variant);

// The folder of a repository in the cache: models--ORG--NAME.
std::filesystem::path hub_repo_folder(const std::filesystem::path& cache_dir,
                                      const std::string& repo_id);

// Whether HF_HUB_OFFLINE asks for no network (1, true, yes, on).
bool hub_offline();

// Throws NetError (gated: accept the licence and pass a token; not found; offline and not
// cached; the network still failing after options.retry's tries) or FileError (the disk is
// full, or a file whose size or hash does not match the listing even when fetched again).
// A blob only appears once its size and hash (SHA-256 of LFS files, git blob id of others)
// match the listing; partial files stay as blobs/<id>.incomplete for the next run.
HubDownloadResult download_pipeline(const HubDownloadOptions& options);

}  // namespace cds
