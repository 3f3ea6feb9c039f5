// Class image sources against local fake servers: a knn-service (clip-retrieval), the Openverse
// API and image hosts answering with good, broken, slow, huge and non-image bodies.
#include <atomic>
#include <chrono>
#include <fstream>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/net/class_folder_from_web.h"
#include "core/net/http_fetch.h"
#include "core/train/class_folder.h"
#include "tests/net/fake_http_server.h"
#include "tests/test_support.h"

namespace cds {
namespace {

namespace fs = std::filesystem;
using test::FakeHttpServer;
using test::FakeRequest;
using test::FakeResponse;

// A small image whose pixels depend on `seed`, so every index gives distinct bytes.
std::string imageBytes(int seed, const char* ext = ".jpg") {
  cv::Mat m(16, 16, CV_8UC3, cv::Scalar(seed * 7 % 256, seed * 13 % 256, seed * 29 % 256));
  m.at<cv::Vec3b>(seed % 16, 3) = cv::Vec3b(255, 0, 0);
  std::vector<uint8_t> out;
  cv::imencode(ext, m, out);
  return {out.begin(), out.end()};
}

std::vector<std::string> lines(const fs::path& file) {
  std::vector<std::string> out;
  std::ifstream in(file);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// Image host: /good/N (JPEG), /png/N, /dup (same bytes as /good/0), /text, /missing (404),
// /slow (answers after 3 s), /huge (2 MiB declared and sent), /broken (cut short).
FakeResponse imageHost(const FakeRequest& r) {
  FakeResponse out;
  if (r.path.rfind("/good/", 0) == 0)
    out.body = imageBytes(std::stoi(r.path.substr(6)));
  else if (r.path.rfind("/png/", 0) == 0)
    out.body = imageBytes(100 + std::stoi(r.path.substr(5)), ".png");
  else if (r.path == "/dup")
    out.body = imageBytes(0);
  else if (r.path.rfind("/text", 0) == 0)
    out.body = "<html>not an image</html>";
  else if (r.path == "/slow") {
    out.body = imageBytes(999);
    out.delayMs = 3000;
  } else if (r.path == "/huge")
    out.body = std::string(2 << 20, 'x');
  else if (r.path == "/broken") {
    out.body = imageBytes(998).substr(0, 40);
    out.declaredLength = 5000;
    out.dropAfterBody = true;
  } else
    out.status = 404;
  return out;
}

CollectOptions options(const fs::path& dir, int wanted) {
  CollectOptions o;
  o.class_prompt = "cat";
  o.class_data_dir = dir;
  o.num_class_images = wanted;
  o.max_image_bytes = 1 << 20;
  o.image_timeout_ms = 1000;
  o.image_idle_timeout_ms = 1000;
  o.service_retry.delay_ms = 5;  // retries as in use, without the waits
  o.image_retry.delay_ms = 5;
  return o;
}

void expectAligned(const fs::path& dir, size_t n) {
  EXPECT_EQ(lines(dir / "images.txt").size(), n);
  EXPECT_EQ(lines(dir / "caption.txt").size(), n);
  EXPECT_EQ(lines(dir / "urls.txt").size(), n);
  for (size_t i = 0; i < n; ++i)
    EXPECT_TRUE(fs::exists(dir / "images" / (std::to_string(i) + ".jpg"))) << i;
}

TEST(HttpFetch, ReportsStatusTimeoutsSizeAndBrokenBodies) {
  FakeHttpServer host(imageHost);
  HttpRequest r;
  r.url = host.url() + "/missing";
  EXPECT_EQ(http_fetch(r).status, 404);
  try {
    fetch_ok(r);
    FAIL();
  } catch (const NetError& e) {
    EXPECT_NE(std::string(e.what()).find("HTTP 404"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(r.url), std::string::npos);
  }
  r.url = host.url() + "/slow";
  r.timeout_ms = 300;
  EXPECT_THROW(http_fetch(r), NetError);
  r.url = host.url() + "/huge";
  r.timeout_ms = 5000;
  r.max_body_bytes = 1000;
  EXPECT_THROW(http_fetch(r), NetError);
  r.url = host.url() + "/broken";
  r.max_body_bytes = 1 << 20;
  EXPECT_THROW(http_fetch(r), NetError);
  r.url = "http://127.0.0.1:1/nothing-listens-here";
  EXPECT_THROW(http_fetch(r), NetError);
}

// A web page where a JSON API was expected: each client names the request and the problem.
TEST(HttpFetch, AnswersThatAreNotJsonAreNamed) {
  FakeHttpServer page([](const FakeRequest&) {
    FakeResponse out;
    out.body = "<html>a login page</html>";
    return out;
  });
  auto message = [](const std::function<void()>& call) {
    try {
      call();
    } catch (const NetError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  ClipRetrievalOptions knn;
  knn.url = page.url() + "/knn-service";
  EXPECT_EQ(message([&] { clip_retrieval_query(knn, "cat", 3); }),
            "POST " + knn.url + ": the answer is not JSON (is this a knn-service URL?)");
  OpenverseOptions openverse;
  openverse.base_url = page.url();
  const std::string search = message([&] { openverse_search(openverse, "cat", 1); });
  EXPECT_EQ(search.rfind("GET " + page.url() + "/v1/images/?q=cat", 0), 0u) << search;
  EXPECT_NE(search.find(": the answer is not JSON"), std::string::npos) << search;
}

TEST(ClipRetrieval, FillsTheFolderPastBrokenAnswersAndWidens) {
  FakeHttpServer host(imageHost);
  std::mutex mutex;
  std::vector<nlohmann::json> queries;
  FakeHttpServer knn([&](const FakeRequest& r) {
    auto q = nlohmann::json::parse(r.body);
    std::lock_guard<std::mutex> lock(mutex);
    queries.push_back(q);
    // A small index: a third of what is asked, bad answers first.
    nlohmann::json list = nlohmann::json::array();
    for (auto p : {"/text", "/missing", "/slow", "/huge", "/broken", "/good/0", "/dup", "/png/1"})
      list.push_back(
          {{"url", host.url() + p}, {"caption", std::string("a cat ") + p}, {"similarity", 0.3}});
    for (int i = 2; i < q["num_images"].get<int>() / 3; ++i)
      list.push_back({{"url", host.url() + "/good/" + std::to_string(i)},
                      {"caption", "cat"},
                      {"similarity", 0.2}});
    FakeResponse out;
    out.body = list.dump();
    return out;
  });
  test::TempDir dir;
  ClipRetrievalOptions service;
  service.url = knn.url() + "/knn-service";
  const CollectResult result = collect_from_clip_retrieval(service, options(dir.path(), 10));
  EXPECT_EQ(result.total(), 10);
  EXPECT_EQ(result.duplicates, 1);
  EXPECT_EQ(result.failed, 5);
  expectAligned(dir.path(), 10);
  ASSERT_GE(queries.size(), 2u);
  EXPECT_EQ(queries[0]["num_images"], 15);  // 1.5x, then widened by 1.5x: 22
  EXPECT_EQ(queries[1]["num_images"], 22);
  for (const char* key : {"text", "image", "embedding_input", "deduplicate", "use_safety_model",
                          "use_violence_detector", "indice_name", "use_mclip", "aesthetic_score",
                          "aesthetic_weight", "modality", "num_result_ids"})
    EXPECT_TRUE(queries[0].contains(key)) << key;
  EXPECT_EQ(queries[0]["modality"], "image");
  EXPECT_EQ(queries[0]["text"], "cat");
  // The PNG was re-encoded as JPEG; every kept file decodes.
  for (int i = 0; i < 10; ++i)
    EXPECT_FALSE(
        cv::imread((dir.path() / "images" / (std::to_string(i) + ".jpg")).string()).empty());
}

TEST(ClipRetrieval, ResumesWithoutOverwritingAndADeadServiceSaysWhatToDo) {
  FakeHttpServer host(imageHost);
  FakeHttpServer knn([&](const FakeRequest& r) {
    nlohmann::json list = nlohmann::json::array();
    for (int i = 0; i < nlohmann::json::parse(r.body)["num_images"].get<int>(); ++i)
      list.push_back({{"url", host.url() + "/good/" + std::to_string(i)}, {"caption", "cat"}});
    FakeResponse out;
    out.body = list.dump();
    return out;
  });
  test::TempDir dir;
  fs::create_directories(dir.path() / "images");
  const std::string mine = imageBytes(500);
  test::write_bytes(dir.path() / "images" / "1.jpg", mine);  // the person's own file
  ClipRetrievalOptions service;
  service.url = knn.url() + "/knn-service";
  EXPECT_EQ(collect_from_clip_retrieval(service, options(dir.path(), 3)).added, 3);
  const CollectResult second = collect_from_clip_retrieval(service, options(dir.path(), 6));
  EXPECT_EQ(second.existing, 3);
  EXPECT_EQ(second.added, 3);
  EXPECT_EQ(test::read_bytes(dir.path() / "images" / "1.jpg"), mine);
  EXPECT_EQ(lines(dir.path() / "images.txt").size(), 6u);
  const auto urls = lines(dir.path() / "urls.txt");
  EXPECT_EQ(std::set<std::string>(urls.begin(), urls.end()).size(), 6u);  // nothing fetched twice

  FakeHttpServer dead([](const FakeRequest&) {
    FakeResponse r;
    r.status = 503;
    return r;
  });
  service.url = dead.url() + "/knn-service";
  try {
    collect_from_clip_retrieval(service, options(dir.path(), 10));
    FAIL();
  } catch (const NetError& e) {
    EXPECT_NE(std::string(e.what()).find("--source openverse"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("HTTP 503"), std::string::npos) << e.what();
  }
  EXPECT_EQ(lines(dir.path() / "images.txt").size(), 6u);
}

TEST(Openverse, PagesThroughResultsAndKeepsAttribution) {
  FakeHttpServer host(imageHost);
  std::atomic<int> pages{0};
  FakeHttpServer api([&](const FakeRequest& r) {
    FakeResponse out;
    if (r.path.rfind("/v1/images/?", 0) != 0 || r.path.find("q=cat") == std::string::npos) {
      out.status = 400;
      return out;
    }
    const int page = std::stoi(r.path.substr(r.path.find("page=") + 5));
    ++pages;
    nlohmann::json results = nlohmann::json::array();
    for (int i = 0; i < 4; ++i) {
      const int n = page * 10 + i;
      results.push_back({{"url", host.url() + (i == 3 ? "/text?" + std::to_string(n)
                                                      : "/good/" + std::to_string(n))},
                         {"title", "Cat " + std::to_string(n)},
                         {"creator", "someone"},
                         {"license", "by"},
                         {"license_version", "2.0"},
                         {"foreign_landing_url", "https://example.org/" + std::to_string(n)}});
    }
    out.body = nlohmann::json{{"result_count", 12}, {"page_count", 3}, {"results", results}}.dump();
    return out;
  });
  test::TempDir dir;
  OpenverseOptions service;
  service.base_url = api.url();
  service.page_size = 4;
  const CollectResult result = collect_from_openverse(service, options(dir.path(), 7));
  EXPECT_EQ(result.total(), 7);
  EXPECT_EQ(result.failed, 2);
  EXPECT_EQ(pages.load(), 3);
  expectAligned(dir.path(), 7);
  const auto attribution = nlohmann::json::parse(test::read_bytes(dir.path() / "attribution.json"));
  ASSERT_EQ(attribution.size(), 7u);
  EXPECT_EQ(attribution[0]["license"], "by");
  EXPECT_EQ(attribution[0]["image"], "images/0.jpg");
  EXPECT_EQ(attribution[0]["title"], "Cat 10");

  // Too few images in all pages: what was found is kept, the result says it is short.
  test::TempDir more;
  const CollectResult shortOf = collect_from_openverse(service, options(more.path(), 50));
  EXPECT_EQ(shortOf.total(), 9);
}

TEST(FolderSource, CopiesImagesAndSkipsOtherFiles) {
  test::TempDir source, dir;
  for (int i = 0; i < 3; ++i)
    test::write_bytes(source / ("p" + std::to_string(i) + ".jpg"), imageBytes(i));
  test::write_bytes(source / "broken.jpg", "no image here");
  test::write_bytes(source / "notes.txt", "hello");
  const CollectResult result = collect_from_folder(source.path(), options(dir.path(), 10));
  EXPECT_EQ(result.added, 3);
  EXPECT_EQ(result.failed, 1);
  expectAligned(dir.path(), 3);
  EXPECT_EQ(collect_from_folder(source.path(), options(dir.path(), 10)).added, 0);  // already there
  EXPECT_EQ(lines(dir.path() / "caption.txt")[0], "cat");
}

// The engine's one stop protocol (core/cancel_token.h): a transfer and a gathering stop with
// JobCancelled, not a network error, and what was kept stays for the next run.
TEST(Cancel, StopsATransferAndAGatheringWithJobCancelled) {
  FakeHttpServer host(imageHost);
  HttpRequest r;
  r.url = host.url() + "/slow";
  r.timeout_ms = 20000;
  CancelToken cancel;
  r.cancel = &cancel;
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    cancel.cancel();
  });
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(http_fetch(r), JobCancelled);
  stopper.join();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));

  test::TempDir source, dir;
  for (int i = 0; i < 3; ++i)
    test::write_bytes(source / ("p" + std::to_string(i) + ".jpg"), imageBytes(i));
  CollectOptions o = options(dir.path(), 10);
  CancelToken stopped;
  stopped.cancel();
  o.cancel = &stopped;
  EXPECT_THROW(collect_from_folder(source.path(), o), JobCancelled);
  EXPECT_EQ(ClassFolder(dir.path()).count(), 0);
  EXPECT_EQ(collect_from_folder(source.path(), options(dir.path(), 10)).added, 3);
}

TEST(ServiceAnswers, OfTheWrongShapeAreNetErrors) {
  using nlohmann::json;
  EXPECT_THROW(read_clip_retrieval_answer(json::parse(R"({"error": "down"})"), "POST x"), NetError);
  EXPECT_THROW(read_clip_retrieval_answer(json::parse("3"), "POST x"), NetError);
  const auto results = read_clip_retrieval_answer(
      json::parse(R"([1, {"url": 2}, {"url": "u", "caption": [], "similarity": "high"}])"), "x");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].url, "u");
  EXPECT_EQ(results[0].caption, "");
  EXPECT_THROW(read_openverse_answer(json::parse(R"({"results": {}})"), "GET x"), NetError);
  const auto page = read_openverse_answer(
      json::parse(R"({"page_count": "x", "results": [null, {"url": "u", "title": 5}]})"), "x");
  EXPECT_EQ(page.page_count, 0);
  ASSERT_EQ(page.results.size(), 1u);
}

}  // namespace
}  // namespace cds
