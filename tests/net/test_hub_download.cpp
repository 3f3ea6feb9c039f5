// The Hub downloader against a fake Hub on 127.0.0.1: file list API, resolve URLs redirecting
// LFS files to a "CDN", ETags, X-Repo-Commit, Range resume, a gated repository and offline mode.
#include <atomic>
#include <cstdlib>
#include <map>
#include <mutex>
#include <set>

#include <gtest/gtest.h>
#include <QByteArray>
#include <nlohmann/json.hpp>

#include "core/model/model_folder.h"
#include "core/net/http_fetch.h"
#include "core/net/hub_download.h"
#include "tests/net/fake_http_server.h"
#include "tests/test_support.h"

namespace cds {
namespace {

namespace fs = std::filesystem;
using test::FakeHttpServer;
using test::FakeRequest;
using test::FakeResponse;

const std::string kCommit = "0123456789abcdef0123456789abcdef01234567";

struct FakeHub {
  std::map<std::string, std::string> files;
  std::set<std::string> lfs;
  std::mutex mutex;
  std::vector<std::string> requests;  // "METHOD path [range]"
  std::atomic<int> dropFirst{0};      // cut this many CDN answers short
  std::unique_ptr<FakeHttpServer> server;

  FakeHub() {
    const std::string modelIndex =
        R"({"_class_name": "StableDiffusionPipeline", "_diffusers_version": "0.31.0",
      "unet": ["diffusers", "UNet2DConditionModel"], "vae": ["diffusers", "AutoencoderKL"],
      "text_encoder": ["transformers", "CLIPTextModel"], "tokenizer": ["transformers", "CLIPTokenizer"],
      "scheduler": ["diffusers", "PNDMScheduler"]})";
    files = {{"model_index.json", modelIndex},
             {"unet/config.json", "{}"},
             {"vae/config.json", "{}"},
             {"text_encoder/config.json", "{}"},
             {"scheduler/scheduler_config.json", "{}"},
             {"tokenizer/vocab.json", "{}"},
             {"tokenizer/merges.txt", "#version: 0.2\n"},
             {"tokenizer/tokenizer_config.json", "{}"},
             {"README.md", "# tiny"}};
    auto big = [](int seed, size_t n) {
      std::string s(n, '\0');
      for (size_t i = 0; i < n; ++i) s[i] = char((i * 31 + size_t(seed) * 17) % 251);
      return s;
    };
    for (auto [path, seed] : std::vector<std::pair<std::string, int>>{
             {"unet/diffusion_pytorch_model.safetensors", 1},
             {"unet/diffusion_pytorch_model.fp16.safetensors", 2},
             {"unet/diffusion_pytorch_model.bin", 3},
             {"vae/diffusion_pytorch_model.safetensors", 4},
             {"text_encoder/model.safetensors", 5},
             {"safety_checker/model.safetensors", 6},
             {"v1-5-pruned.ckpt", 7}}) {
      files[path] = big(seed, 300000 + size_t(seed) * 1000);
      lfs.insert(path);
    }
    server = std::make_unique<FakeHttpServer>([this](const FakeRequest& r) { return answer(r); });
  }

  FakeResponse answer(const FakeRequest& r) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      requests.push_back(r.method + " " + r.path + " " + r.header("range"));
    }
    FakeResponse out;
    if (r.path.rfind("/api/models/org/gated/", 0) == 0) return test::hubGatedAnswer("org/gated");
    if (r.path == "/api/models/org/tiny/revision/main?blobs=true") {
      nlohmann::json siblings = nlohmann::json::array();
      for (const auto& [path, bytes] : files)
        siblings.push_back(test::hubSibling(path, bytes, lfs.count(path) > 0));
      out.body =
          nlohmann::json{{"id", "org/tiny"}, {"sha", kCommit}, {"siblings", siblings}}.dump();
      return out;
    }
    const std::string resolve = "/org/tiny/resolve/" + kCommit + "/";
    if (r.path.rfind(resolve, 0) == 0 && files.count(r.path.substr(resolve.size()))) {
      const std::string path = r.path.substr(resolve.size());
      if (lfs.count(path)) {  // LFS files live on the CDN
        out.status = 302;
        out.headers = {{"Location", "/cdn/" + path},
                       {"X-Repo-Commit", kCommit},
                       {"X-Linked-Etag", "\"" + test::hubHash(files[path], true) + "\""}};
        return out;
      }
      return test::serveBytes(r, files[path], {{"X-Repo-Commit", kCommit}, {"ETag", "\"etag\""}});
    }
    if (r.path.rfind("/cdn/", 0) == 0 && files.count(r.path.substr(5))) {
      out = test::serveBytes(r, files[r.path.substr(5)]);
      if (dropFirst > 0 && out.status == 200) {
        --dropFirst;
        out.declaredLength = (long long)out.body.size();
        out.body.resize(out.body.size() / 2);
        out.dropAfterBody = true;
      }
      return out;
    }
    out.status = 404;
    out.headers = {{"X-Error-Code", "EntryNotFound"}};
    return out;
  }
  int count(const std::string& prefix) {
    std::lock_guard<std::mutex> lock(mutex);
    int n = 0;
    for (const auto& r : requests) n += r.rfind(prefix, 0) == 0;
    return n;
  }
};

// Points the cache at a temporary folder for one test.
struct CacheEnv {
  test::TempDir dir;
  CacheEnv() { setenv("HF_HUB_CACHE", dir.path().c_str(), 1); }
  ~CacheEnv() {
    unsetenv("HF_HUB_CACHE");
    unsetenv("HF_HUB_OFFLINE");
  }
};

TEST(HubDownload, ChoosesWhatAPipelineNeeds) {
  const std::vector<std::string> all = {"model_index.json",
                                        "v1-5-pruned.ckpt",
                                        "v1-5-pruned.safetensors",
                                        "unet/config.json",
                                        "unet/diffusion_pytorch_model.bin",
                                        "unet/diffusion_pytorch_model.safetensors",
                                        "unet/diffusion_pytorch_model.fp16.safetensors",
                                        "unet/diffusion_flax_model.msgpack",
                                        "vae/diffusion_pytorch_model.bin",
                                        "tokenizer/vocab.json",
                                        "safety_checker/model.safetensors",
                                        "README.md"};
  EXPECT_EQ(select_pipeline_files(all, ""),
            (std::vector<std::string>{
                "model_index.json", "tokenizer/vocab.json", "unet/config.json",
                "unet/diffusion_pytorch_model.safetensors", "vae/diffusion_pytorch_model.bin"}));
  const auto fp16 = select_pipeline_files(all, "fp16");
  EXPECT_NE(std::find(fp16.begin(), fp16.end(), "unet/diffusion_pytorch_model.fp16.safetensors"),
            fp16.end());
  EXPECT_EQ(std::find(fp16.begin(), fp16.end(), "unet/diffusion_pytorch_model.safetensors"),
            fp16.end());
}

TEST(HubDownload, FillsTheCacheThatModelFolderOpensAndResumesACutFile) {
  FakeHub hub;
  CacheEnv cache;
  hub.dropFirst = 1;  // the first weight file breaks half-way
  HubDownloadOptions o;
  o.repo_id = "org/tiny";
  o.endpoint = hub.server->url();
  o.idle_timeout_ms = 5000;
  o.retry.max_attempts = 1;  // no retry within the run: the next run resumes the file
  EXPECT_THROW(download_pipeline(o), NetError);
  o.retry.max_attempts = 5;
  int64_t reported = 0;
  o.progress = [&](const HubDownloadProgress& p) { reported = p.done_bytes; };
  const HubDownloadResult result = download_pipeline(o);
  EXPECT_EQ(result.commit, kCommit);
  EXPECT_EQ(result.files.size(), 11u);
  EXPECT_GT(reported, 900000);
  // The half file was continued with a Range request, not fetched again.
  EXPECT_EQ(hub.count("GET /cdn/text_encoder/model.safetensors bytes="), 1);

  const fs::path repo = cache.dir.path() / "models--org--tiny";
  EXPECT_EQ(test::read_bytes(repo / "refs" / "main"), kCommit);
  const fs::path weights =
      repo / "snapshots" / kCommit / "unet" / "diffusion_pytorch_model.safetensors";
  ASSERT_TRUE(fs::is_symlink(weights));
  EXPECT_EQ(fs::read_symlink(weights).string().substr(0, 15), "../../../blobs/");
  EXPECT_EQ(test::read_bytes(weights), hub.files["unet/diffusion_pytorch_model.safetensors"]);
  // Blobs are named as huggingface_hub names them (its ETag of the file): the SHA-256 of an LFS
  // file, the git blob id of a plain one; so Python tools find and share the same blobs.
  EXPECT_EQ(fs::read_symlink(weights).filename().string(),
            test::hubHash(hub.files["unet/diffusion_pytorch_model.safetensors"], true));
  const std::string& index = hub.files["model_index.json"];
  EXPECT_EQ(fs::read_symlink(repo / "snapshots" / kCommit / "model_index.json").string(),
            "../../blobs/" +
                test::hubHash("blob " + std::to_string(index.size()) + std::string(1, '\0') + index,
                              false));
  EXPECT_FALSE(fs::exists(repo / "snapshots" / kCommit / "unet" / "diffusion_pytorch_model.bin"));
  EXPECT_FALSE(fs::exists(repo / "snapshots" / kCommit / "v1-5-pruned.ckpt"));
  EXPECT_FALSE(fs::exists(repo / "snapshots" / kCommit / "safety_checker"));
  for (const auto& entry : fs::directory_iterator(repo / "blobs"))
    EXPECT_NE(entry.path().extension(), ".incomplete") << entry.path();

  const ModelFolder folder = ModelFolder::open("org/tiny");
  EXPECT_EQ(folder.weights("unet").files.at(0).filename(), "diffusion_pytorch_model.safetensors");

  // A second run finds every blob and downloads nothing.
  const int before = hub.count("GET /cdn/");
  EXPECT_EQ(download_pipeline(o).bytes_downloaded, 0);
  EXPECT_EQ(hub.count("GET /cdn/"), before);

  // Offline: the cache answers, the network is not touched.
  setenv("HF_HUB_OFFLINE", "1", 1);
  const int requests = hub.count("");
  EXPECT_TRUE(download_pipeline(o).offline);
  o.repo_id = "org/other";
  EXPECT_THROW(download_pipeline(o), NetError);
  EXPECT_EQ(hub.count(""), requests);
}

TEST(HubDownload, VariantAndGatedRepositories) {
  FakeHub hub;
  CacheEnv cache;
  HubDownloadOptions o;
  o.repo_id = "org/tiny";
  o.variant = "fp16";
  o.endpoint = hub.server->url();
  const HubDownloadResult result = download_pipeline(o);
  EXPECT_TRUE(fs::exists(result.snapshot / "unet" / "diffusion_pytorch_model.fp16.safetensors"));
  EXPECT_FALSE(fs::exists(result.snapshot / "unet" / "diffusion_pytorch_model.safetensors"));
  EXPECT_EQ(ModelFolder::open("org/tiny").weights("unet", "fp16").variant, "fp16");

  o.repo_id = "org/gated";
  try {
    download_pipeline(o);
    FAIL();
  } catch (const NetError& e) {
    EXPECT_EQ(e.http_status(), 401);
    EXPECT_NE(std::string(e.what()).find("Accept its licence"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("--token"), std::string::npos) << e.what();
  }
}

// A single-file model needs only its base model's tokenizer and scheduler settings.
TEST(HubDownload, OnlyTheFilesAsked) {
  FakeHub hub;
  CacheEnv cache;
  HubDownloadOptions o;
  o.repo_id = "org/tiny";
  o.endpoint = hub.server->url();
  o.only_files = {"model_index.json", "tokenizer/vocab.json", "tokenizer/merges.txt",
                  "tokenizer/special_tokens_map.json", "scheduler/scheduler_config.json"};
  const HubDownloadResult result = download_pipeline(o);
  // special_tokens_map.json is not in the repository: left out, not an error.
  EXPECT_EQ(result.files,
            (std::vector<std::string>{"model_index.json", "tokenizer/vocab.json",
                                      "tokenizer/merges.txt", "scheduler/scheduler_config.json"}));
  EXPECT_TRUE(fs::exists(result.snapshot / "tokenizer" / "vocab.json"));
  EXPECT_TRUE(fs::exists(result.snapshot / "scheduler" / "scheduler_config.json"));
  EXPECT_FALSE(fs::exists(result.snapshot / "unet"));
}

// Answers of the wrong shape are taken as absent or refused with NetError, never a JSON
// type error.
TEST(HubDownload, FileListsOfTheWrongShape) {
  EXPECT_THROW(read_hub_listing(nlohmann::json::array(), "GET x"), NetError);
  const auto odd = nlohmann::json::parse(R"({"sha": 5, "siblings": [7, {"rfilename": 3},
      {"rfilename": "a.json", "size": "big", "lfs": [1]},
      {"rfilename": "b.bin", "size": 10, "lfs": {"sha256": "ab", "size": 12}}]})");
  const HubListing listing = read_hub_listing(odd, "GET x");
  EXPECT_EQ(listing.commit, "");
  ASSERT_EQ(listing.files.size(), 2u);
  EXPECT_EQ(listing.files[0].path, "a.json");
  EXPECT_EQ(listing.files[0].size, -1);
  EXPECT_EQ(listing.files[1].size, 12);
  EXPECT_EQ(listing.files[1].lfs_sha256, "ab");
  EXPECT_TRUE(read_hub_listing(nlohmann::json::parse(R"({"siblings": "no"})"), "x").files.empty());
}

}  // namespace
}  // namespace cds
