// Class images from the web on a bad network: 5xx bursts of the retrieval service retried,
// images cut short, reset, stalled or refused skipped or retried one by one, and no image file
// that is only the start of a picture.
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/net/class_folder_from_web.h"
#include "core/net/image_body_check.h"
#include "core/train/class_folder.h"
#include "tests/net/fake_http_server.h"
#include "tests/net/fault_hub.h"
#include "tests/test_support.h"

namespace cds {
namespace {

namespace fs = std::filesystem;
using test::FakeHttpServer;
using test::FakeRequest;
using test::FakeResponse;

// A JPEG of noise (a few kB that differ per seed).
std::string noiseJpeg(int seed, int side = 48, bool progressive = false) {
  cv::Mat m(side, side, CV_8UC3);
  cv::RNG rng(uint64_t(seed) + 1);
  rng.fill(m, cv::RNG::UNIFORM, 0, 256);
  std::vector<uint8_t> out;
  cv::imencode(".jpg", m, out, {cv::IMWRITE_JPEG_PROGRESSIVE, progressive ? 1 : 0});
  return {out.begin(), out.end()};
}

CollectOptions quick(const fs::path& dir, int wanted) {
  CollectOptions o;
  o.class_prompt = "cat";
  o.class_data_dir = dir;
  o.num_class_images = wanted;
  o.image_timeout_ms = 3000;
  o.image_idle_timeout_ms = 300;
  o.service_retry.delay_ms = 5;
  o.image_retry.delay_ms = 5;
  return o;
}

// Counts requests per path.
struct Counter {
  std::mutex mutex;
  std::map<std::string, int> seen;
  int next(const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex);
    return ++seen[path];
  }
  int count(const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex);
    return seen[path];
  }
};

TEST(ClassImageFaults, ServiceErrorBurstsAreRetried) {
  Counter counter;
  FakeHttpServer host([](const FakeRequest& r) {
    FakeResponse out;
    out.body = noiseJpeg(std::stoi(r.path.substr(r.path.rfind('/') + 1)));
    return out;
  });
  FakeHttpServer knn([&](const FakeRequest&) {
    FakeResponse out;
    const int n = counter.next("knn");
    if (n <= 2) {
      out.status = n == 1 ? 503 : 500;
      return out;
    }
    nlohmann::json list = nlohmann::json::array();
    for (int i = 0; i < 10; ++i) list.push_back({{"url", host.url() + "/i/" + std::to_string(i)}});
    out.body = list.dump();
    return out;
  });
  test::TempDir dir;
  CollectOptions o = quick(dir.path(), 4);
  std::vector<CollectProgress> notices;
  o.progress = [&](const CollectProgress& p) {
    if (!p.retrying.empty()) notices.push_back(p);
  };
  ClipRetrievalOptions service;
  service.url = knn.url() + "/knn-service";
  EXPECT_EQ(collect_from_clip_retrieval(service, o).total(), 4);
  ASSERT_EQ(notices.size(), 2u);
  EXPECT_EQ(notices[0].attempt, 2);
  EXPECT_EQ(notices[1].attempt, 3);
  EXPECT_EQ(notices[1].max_attempts, 3);
  EXPECT_NE(notices[0].retrying.find("HTTP 503"), std::string::npos) << notices[0].retrying;

  // Openverse: a 429 with Retry-After, then its pages.
  FakeHttpServer api([&](const FakeRequest&) {
    FakeResponse out;
    if (counter.next("openverse") == 1) {
      out.status = 429;
      out.headers = {{"Retry-After", "0"}};
      return out;
    }
    nlohmann::json results = nlohmann::json::array();
    for (int i = 20; i < 24; ++i)
      results.push_back({{"url", host.url() + "/i/" + std::to_string(i)}, {"license", "cc0"}});
    out.body = nlohmann::json{{"page_count", 1}, {"results", results}}.dump();
    return out;
  });
  test::TempDir other;
  OpenverseOptions openverse;
  openverse.base_url = api.url();
  EXPECT_EQ(collect_from_openverse(openverse, quick(other.path(), 3)).total(), 3);
  EXPECT_EQ(counter.count("openverse"), 2);

  // A burst longer than the tries: the service's message, as for a dead one.
  FakeHttpServer down([&](const FakeRequest&) {
    counter.next("down");
    FakeResponse out;
    out.status = 502;
    return out;
  });
  service.url = down.url() + "/knn-service";
  try {
    collect_from_clip_retrieval(service, quick(dir.path(), 8));
    FAIL() << "no error";
  } catch (const NetError& e) {
    EXPECT_NE(std::string(e.what()).find("gave up after 3 tries"), std::string::npos) << e.what();
  }
  EXPECT_EQ(counter.count("down"), 3);
}

TEST(ClassImageFaults, AFailingImageIsSkippedAndATransientFailureRetried) {
  Counter counter;
  std::map<std::string, std::string> served;  // path -> the whole image
  for (int i = 0; i < 8; ++i) served["/img/" + std::to_string(i)] = noiseJpeg(100 + i);
  FakeHttpServer host([&](const FakeRequest& r) {
    FakeResponse out;
    const int n = counter.next(r.path);
    const std::string kind = r.path.substr(0, r.path.rfind('/') + 1);
    const std::string& bytes = served.count(r.path) ? served.at(r.path) : served.at("/img/7");
    out.body = bytes;
    if (kind == "/flaky/" && n == 1) test::cutBody(out, bytes.size() / 2, test::Cut::Reset);
    if (kind == "/stall/" && n == 1) test::cutBody(out, bytes.size() / 2, test::Cut::Stall);
    if (kind == "/reset/") test::cutBody(out, bytes.size() / 3, test::Cut::Reset);
    if (kind == "/cut/") {  // no Content-Length: only the picture's own end can tell
      out.body = bytes.substr(0, bytes.size() * 2 / 3);
      out.noContentLength = true;
    }
    if (kind == "/missing/") out.status = 404;
    return out;
  });
  // Paths are /KIND/N; the bytes of /img/N (so a retried image can be compared).
  const std::vector<std::string> paths = {"/flaky/0", "/cut/1",     "/stall/2",
                                          "/reset/3", "/missing/4", "/img/5"};
  for (const auto& p : paths) served[p] = served.at("/img/" + p.substr(p.rfind('/') + 1));
  bool given = false;
  CandidateFeed feed = [&](int) {
    std::vector<ClassImageCandidate> out;
    if (given) return out;
    given = true;
    for (const auto& p : paths) out.push_back({host.url() + p, "a cat", nullptr});
    return out;
  };
  test::TempDir dir;
  const CollectResult result = collect_from_feed(feed, quick(dir.path(), 10), "test feed", "");
  EXPECT_EQ(result.added, 3);  // flaky, stall (each on its second try) and img
  EXPECT_EQ(result.failed, 3);
  std::string reasons;
  for (const auto& f : result.failures) reasons += f + "\n";
  EXPECT_NE(reasons.find("/cut/1: the answer is a JPEG without its end"), std::string::npos)
      << reasons;
  EXPECT_NE(reasons.find("/reset/3"), std::string::npos) << reasons;
  EXPECT_NE(reasons.find("gave up after 2 tries"), std::string::npos) << reasons;
  EXPECT_NE(reasons.find("HTTP 404"), std::string::npos) << reasons;
  EXPECT_EQ(counter.count("/missing/4"), 1);  // a refusal is not asked again

  // What was kept is each picture whole; nothing else lies in the folder.
  const auto listing = read_class_folder_listing(dir.path());
  ASSERT_EQ(listing.size(), 3u);
  const std::vector<std::string> expected = {served["/flaky/0"], served["/stall/2"],
                                             served["/img/5"]};
  for (size_t i = 0; i < listing.size(); ++i)
    EXPECT_EQ(test::read_bytes(listing[i].image), expected[i]) << listing[i].url;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir.path() / "images")) {
    ++files;
    EXPECT_EQ(entry.path().extension(), ".jpg") << entry.path();
  }
  EXPECT_EQ(files, 3);
}

TEST(ImageBodyCheck, FindsPicturesCutShort) {
  for (bool progressive : {false, true}) {
    const std::string jpeg = noiseJpeg(7, 64, progressive);
    EXPECT_EQ(incomplete_image_reason(jpeg), "");
    EXPECT_EQ(incomplete_image_reason(jpeg + std::string(100, '\0')), "");  // padding after EOI
    for (size_t keep : {size_t(3), size_t(200), jpeg.size() / 2, jpeg.size() - 2, jpeg.size() - 1})
      EXPECT_NE(incomplete_image_reason(jpeg.substr(0, keep)), "") << keep;
  }
  // An EXIF-like APP1 holding a whole thumbnail JPEG: its end marker is not the picture's.
  const std::string thumb = noiseJpeg(8, 8);
  const std::string main = noiseJpeg(9, 64);
  const size_t length = thumb.size() + 2;
  const std::string app1 =
      std::string("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF) + thumb;
  const std::string withThumb = main.substr(0, 2) + app1 + main.substr(2);
  EXPECT_EQ(incomplete_image_reason(withThumb), "");
  EXPECT_NE(incomplete_image_reason(withThumb.substr(0, withThumb.size() - 300)), "");

  std::vector<uint8_t> png;
  cv::imencode(".png", cv::Mat(16, 16, CV_8UC3, cv::Scalar(1, 2, 3)), png);
  const std::string pngBytes(png.begin(), png.end());
  EXPECT_EQ(incomplete_image_reason(pngBytes), "");
  EXPECT_NE(incomplete_image_reason(pngBytes.substr(0, pngBytes.size() - 8)), "");

  std::string webp = std::string("RIFF") + std::string("\x10\x00\x00\x00", 4) + "WEBPVP8 " +
                     std::string(8, 'x');  // RIFF size 16: 24 bytes in all
  EXPECT_EQ(incomplete_image_reason(webp), "");
  EXPECT_NE(incomplete_image_reason(webp.substr(0, 20)), "");
  EXPECT_EQ(incomplete_image_reason("GIF89a..."), "");  // no end to check: decoding decides
}

}  // namespace
}  // namespace cds
