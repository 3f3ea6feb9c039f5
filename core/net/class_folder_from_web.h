// Fills a class image folder (retrieve.py's layout, see core/train/class_folder.h) from a web
// source: a clip-retrieval knn-service as diffusers' examples/custom_diffusion/retrieve.py does,
// Openverse, or a folder the person already has. Resumable, de-duplicated, failures counted.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cancel_token.h"
#include "core/net/clip_retrieval_client.h"
#include "core/net/openverse_client.h"
#include "core/net/retry_policy.h"

namespace cds {

struct CollectProgress {
  int have = 0;    // images in the folder now
  int wanted = 0;  // num_class_images
  int failed = 0;  // downloads or files refused so far in this run
  std::string message;
  // Set while waiting to ask the service again after a transient failure: try `attempt` of
  // `max_attempts`; `retrying` says what failed. Empty otherwise.
  std::string retrying;
  int attempt = 0;
  int max_attempts = 0;
};

struct CollectOptions {
  std::string class_prompt;
  std::filesystem::path class_data_dir;
  int num_class_images = 200;
  int64_t max_image_bytes = int64_t{20} << 20;  // per download
  int image_timeout_ms = 30000;                 // per download
  int image_idle_timeout_ms = 10000;
  // Transient failures (resets, stalls, cut bodies, 5xx, 429) of the service's answers and of
  // each image are tried again; an image that still fails is skipped with a note.
  RetryPolicy service_retry = {3, 1000, 30000, 60000};
  RetryPolicy image_retry = {2, 500, 30000, 5000};
  // What else the person can do when the service is dead, in the caller's words (the studio names
  // its page, not flags); empty: the command line's "--source ..." wording.
  std::string other_sources_hint;
  std::function<void(const CollectProgress&)> progress;
  const CancelToken* cancel = nullptr;
};

struct CollectResult {
  int existing = 0;  // images the folder had before
  int added = 0;
  int failed = 0;      // unreachable, HTTP errors, timeouts, too large, cut short, not an image
  int duplicates = 0;  // same bytes as an image already kept
  std::vector<std::string> failures;  // the first few reasons, for the log
  int total() const { return existing + added; }
};

// One image offered by a source.
struct ClassImageCandidate {
  std::string url;
  std::string caption;
  nlohmann::json attribution;  // null, or what attribution.json keeps for it
};

// Candidates in batches; asked again (with how many images are still missing) while the folder
// is not full. An empty batch means the source has nothing more.
using CandidateFeed = std::function<std::vector<ClassImageCandidate>(int missing)>;

// Downloads the feed's URLs into the folder until it holds num_class_images images. `source_name`
// and `dead_hint` make the message when the very first request of the feed fails. Images are
// kept only whole and decodable (written to a temporary file, then renamed); a folder that
// cannot be written (the disk is full) stops it with a FileError, the images saved so far kept.
CollectResult collect_from_feed(const CandidateFeed& feed, const CollectOptions& options,
                                const std::string& source_name, const std::string& dead_hint);

CollectResult collect_from_clip_retrieval(const ClipRetrievalOptions& service,
                                          const CollectOptions& options);
CollectResult collect_from_openverse(const OpenverseOptions& service,
                                     const CollectOptions& options);
// Copies the images of `folder` (not its subfolders), captioned with the class prompt.
CollectResult collect_from_folder(const std::filesystem::path& folder,
                                  const CollectOptions& options);

}  // namespace cds
