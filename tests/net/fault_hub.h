// A small fake Hugging Face Hub for the fault tests: a file list (?blobs=true) with sizes, git
// blob ids and SHA-256s, plain files answered by /resolve/, LFS files redirected to a /cdn/, and
// a hook that may spoil any answer (cut it, stall it, lie about its length, answer 5xx).
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "core/net/hub_download.h"
#include "tests/net/fake_http_server.h"

namespace cds::test {

class FaultHub {
 public:
  static constexpr const char* kCommit = "89abcdef0123456789abcdef0123456789abcdef";
  static constexpr const char* kListing = "(listing)";  // the path the hook sees for the list

  // Called on the server's thread for every answer about `path` (a repository path, or
  // kListing), `n` counting that path's requests from 1; it may change the answer. Faults of
  // cut answers go by the request's Range rather than by `n` (see distinct()).
  using Fault =
      std::function<void(const std::string& path, int n, const FakeRequest&, FakeResponse&)>;

  FaultHub();
  ~FaultHub();

  void setFault(Fault fault);
  // Lists files without blob ids, hashes or sizes, as older endpoints do: the downloader then
  // asks each file's HEAD (ETag, X-Linked-Etag, X-Linked-Size).
  void setBareListing(bool bare) { bare_ = bare; }
  // model_index.json, configs, and two LFS weight files of 200 000 and 120 000 bytes.
  const std::map<std::string, std::string>& files() const { return files_; }
  const std::string& bytes(const std::string& path) const { return files_.at(path); }
  // The Range header of each request for `path`, in order ("" when none).
  std::vector<std::string> ranges(const std::string& path);
  // Options for org/tiny on this Hub into `cache`: short idle timeout, retries 5 ms apart.
  HubDownloadOptions options(const std::filesystem::path& cache) const;
  // Where a file's blob goes in `cache`.
  std::filesystem::path blob(const std::filesystem::path& cache, const std::string& path) const;

  static constexpr const char* kUnet = "unet/diffusion_pytorch_model.safetensors";
  static constexpr const char* kVae = "vae/diffusion_pytorch_model.safetensors";

 private:
  FakeResponse answer(const FakeRequest& r);

  std::map<std::string, std::string> files_;
  std::set<std::string> lfs_;
  std::mutex mutex_;
  Fault fault_;
  std::atomic<bool> bare_{false};
  std::map<std::string, std::vector<std::string>> ranges_;
  std::unique_ptr<FakeHttpServer> server_;
};

// A FakeResponse cut short: `keep` of its body bytes sent, the Content-Length promising all,
// then the connection closed, reset (abort) or left open and silent (a stall).
enum class Cut { Close, Reset, Stall };
void cutBody(FakeResponse& r, size_t keep, Cut how = Cut::Close);

// `ranges` without repeats in a row. Qt's HTTP layer may send a request once more on its own
// after a connection broke (an answer nobody reads), so tests compare the distinct sequence.
std::vector<std::string> distinct(const std::vector<std::string>& ranges);

}  // namespace cds::test
