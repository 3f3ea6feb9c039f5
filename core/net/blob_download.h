// One file of a Hub repository into its cache blob, surviving a flaky network: the bytes go to
// blobs/<id>.incomplete, each retry continues it with a Range request, and the blob only
// appears (by rename) once its size and hash match the Hub's listing, as huggingface_hub's
// http_get + _chmod_and_move do, with its backoff.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/cancel_token.h"
#include "core/net/http_fetch.h"
#include "core/net/retry_policy.h"

namespace cds {

struct BlobDownload {
  std::string url;
  std::string name;  // the file's path in the repository, for messages
  std::vector<std::pair<std::string, std::string>> headers;
  std::filesystem::path blob;  // the final file; the partial one is blob + ".incomplete"
  int64_t size = -1;           // -1: unknown
  std::string sha256;          // LFS files: the SHA-256 of the content
  std::string git_blob_id;     // other files: SHA-1 of "blob <size>\0" + content
  int idle_timeout_ms = 60000;
  RetryPolicy retry;
  const CancelToken* cancel = nullptr;
  // Bytes in the partial file so far, and how many of them this call brought.
  std::function<void(int64_t file_bytes, int64_t new_bytes)> on_bytes;
  RetryCallback on_retry;
  // A refusal that no retry cures (401, 403, 404): must throw the caller's message.
  std::function<void(const HttpResponse&)> refused;
};

// Downloads (or resumes) `d` into d.blob; returns the bytes this call fetched. Transient
// failures (see NetError::transient) are retried with backoff; a try that brought at least
// 1 MiB starts the count again, so a long file on a link that drops now and then still ends.
// A hash mismatch removes the partial file and fetches it once more from the start.
// Throws NetError when the tries are spent or the server refuses, FileError when the partial
// file cannot be written (the disk is full: it is kept, for a later resume) or the hash does
// not match twice (then it is removed).
int64_t download_blob(const BlobDownload& d);

// The SHA-256 of a file, and its git blob id (SHA-1 of "blob <size>\0" + bytes), lower-case hex.
std::string file_sha256(const std::filesystem::path& file);
std::string file_git_blob_id(const std::filesystem::path& file);

// "cannot be written: the disk is full (...)" or "cannot be written (...)" for an errno value.
std::string write_failure_message(int error_number);

}  // namespace cds
