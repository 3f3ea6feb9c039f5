// The fault tests' fake Hub (see fault_hub.h).
#include "tests/net/fault_hub.h"

#include <nlohmann/json.hpp>

namespace cds::test {

namespace {

std::string pattern(int seed, size_t n) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; ++i) s[i] = char((i * 131 + size_t(seed) * 71 + i / 977) % 253);
  return s;
}

}  // namespace

FaultHub::FaultHub() {
  files_ = {
      {"model_index.json",
       R"({"_class_name": "StableDiffusionPipeline", "unet": ["diffusers", "UNet2DConditionModel"],
                 "vae": ["diffusers", "AutoencoderKL"]})"},
      {"unet/config.json", R"({"sample_size": 8})"},
      {"vae/config.json", R"({"latent_channels": 4})"},
      {kUnet, pattern(1, 200000)},
      {kVae, pattern(2, 120000)}};
  lfs_ = {kUnet, kVae};
  server_ = std::make_unique<FakeHttpServer>([this](const FakeRequest& r) { return answer(r); });
}

FaultHub::~FaultHub() { server_.reset(); }

void FaultHub::setFault(Fault fault) {
  std::lock_guard<std::mutex> lock(mutex_);
  fault_ = std::move(fault);
}

std::vector<std::string> FaultHub::ranges(const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  return ranges_[path];
}

HubDownloadOptions FaultHub::options(const std::filesystem::path& cache) const {
  HubDownloadOptions o;
  o.repo_id = "org/tiny";
  o.endpoint = server_->url();
  o.cache_dir = cache;
  o.idle_timeout_ms = 300;
  o.retry.delay_ms = 5;
  return o;
}

std::filesystem::path FaultHub::blob(const std::filesystem::path& cache,
                                     const std::string& path) const {
  const auto sibling = hubSibling(path, files_.at(path), lfs_.count(path) > 0);
  const std::string id = lfs_.count(path) ? sibling["lfs"]["sha256"].get<std::string>()
                                          : sibling["blobId"].get<std::string>();
  return hub_repo_folder(cache, "org/tiny") / "blobs" / id;
}

FakeResponse FaultHub::answer(const FakeRequest& r) {
  std::string path;
  FakeResponse out;
  const std::string resolve = std::string("/org/tiny/resolve/") + kCommit + "/";
  if (r.path == "/api/models/org/tiny/revision/main?blobs=true") {
    path = kListing;
    nlohmann::json siblings = nlohmann::json::array();
    for (const auto& [name, bytes] : files_)
      siblings.push_back(bare_ ? nlohmann::json{{"rfilename", name}}
                               : hubSibling(name, bytes, lfs_.count(name) > 0));
    out.body = nlohmann::json{{"id", "org/tiny"}, {"sha", kCommit}, {"siblings", siblings}}.dump();
  } else if (r.path.rfind(resolve, 0) == 0 && files_.count(r.path.substr(resolve.size()))) {
    path = r.path.substr(resolve.size());
    if (lfs_.count(path)) {  // LFS files live on the CDN; the redirect itself is never spoilt
      out.status = 302;
      out.headers = {{"Location", "/cdn/" + path},
                     {"X-Repo-Commit", kCommit},
                     {"X-Linked-Etag", "\"" + hubHash(files_[path], true) + "\""},
                     {"X-Linked-Size", std::to_string(files_[path].size())}};
      return out;
    }
    const std::string blob_id = hubSibling(path, files_[path], false)["blobId"];
    out =
        serveBytes(r, files_[path], {{"X-Repo-Commit", kCommit}, {"ETag", "\"" + blob_id + "\""}});
  } else if (r.path.rfind("/cdn/", 0) == 0 && files_.count(r.path.substr(5))) {
    path = r.path.substr(5);
    out = serveBytes(r, files_[path]);
  } else {
    out.status = 404;
    out.headers = {{"X-Error-Code", "EntryNotFound"}};
    return out;
  }
  Fault fault;
  int n = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ranges_[path].push_back(r.header("range"));
    n = int(ranges_[path].size());
    fault = fault_;
  }
  if (fault) fault(path, n, r, out);
  return out;
}

void cutBody(FakeResponse& r, size_t keep, Cut how) {
  r.declaredLength = (long long)r.body.size();
  r.body.resize(std::min(keep, r.body.size()));
  r.hangAfterBody = how == Cut::Stall;
  r.dropAfterBody = how == Cut::Reset;
}

std::vector<std::string> distinct(const std::vector<std::string>& ranges) {
  std::vector<std::string> out;
  for (const auto& r : ranges)
    if (out.empty() || out.back() != r) out.push_back(r);
  return out;
}

}  // namespace cds::test
