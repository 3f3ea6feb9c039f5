// Hub downloads against a fake Hub that drops, stalls and truncates its answers, lies about
// Content-Length, ignores Range and answers 5xx bursts: one run retries and resumes, and a blob
// only ever appears with the listed size and hash.
#include <atomic>
#include <chrono>
#include <mutex>
#include <vector>

#include <gtest/gtest.h>

#include "core/net/http_fetch.h"
#include "core/net/hub_download.h"
#include "tests/net/fault_hub.h"
#include "tests/test_support.h"

namespace cds {
namespace {

namespace fs = std::filesystem;
using test::FakeRequest;
using test::FakeResponse;
using test::FaultHub;

// The retry notices a download reported.
struct Notices {
  std::mutex mutex;
  std::vector<HubDownloadProgress> list;
  void watch(HubDownloadOptions& o) {
    o.progress = [this](const HubDownloadProgress& p) {
      if (p.retrying.empty()) return;
      std::lock_guard<std::mutex> lock(mutex);
      list.push_back(p);
    };
  }
};

int64_t rangeStart(const std::string& range) {
  return range.rfind("bytes=", 0) == 0 ? std::stoll(range.substr(6)) : -1;
}

// Every selected file is in the snapshot with its exact bytes, and no partial file is left.
void expectComplete(FaultHub& hub, const HubDownloadResult& result) {
  for (const auto& [path, bytes] : hub.files())
    EXPECT_EQ(test::read_bytes(result.snapshot / path), bytes) << path;
  for (const auto& entry :
       fs::directory_iterator(result.snapshot.parent_path().parent_path() / "blobs"))
    EXPECT_NE(entry.path().extension(), ".incomplete") << entry.path();
}

TEST(HubDownloadFaults, OneRunResumesAfterAResetAStallAndAShortContentLength) {
  FaultHub hub;
  test::TempDir cache;
  hub.setFault([](const std::string& path, int, const FakeRequest& req, FakeResponse& r) {
    if (path != FaultHub::kUnet) return;
    const std::string range = req.header("range");
    if (range.empty()) test::cutBody(r, 70000, test::Cut::Reset);            // a reset mid-file
    if (range == "bytes=70000-") test::cutBody(r, 40000, test::Cut::Stall);  // then silence
    if (range == "bytes=110000-") r.declaredLength = 45000;  // a Content-Length too short
  });
  HubDownloadOptions o = hub.options(cache.path());
  Notices notices;
  notices.watch(o);
  const HubDownloadResult result = download_pipeline(o);
  expectComplete(hub, result);

  // Each retry continued the partial file where it ended; nothing was fetched twice.
  EXPECT_EQ(test::distinct(hub.ranges(FaultHub::kUnet)),
            (std::vector<std::string>{"", "bytes=70000-", "bytes=110000-", "bytes=155000-"}));
  int64_t total = 0;
  for (const auto& [path, bytes] : hub.files()) total += int64_t(bytes.size());
  EXPECT_EQ(result.bytes_downloaded, total);

  ASSERT_EQ(notices.list.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(notices.list[i].attempt, i + 2);
    EXPECT_EQ(notices.list[i].max_attempts, 5);
    EXPECT_EQ(notices.list[i].file, FaultHub::kUnet);
  }
  EXPECT_NE(notices.list[0].retrying.find(FaultHub::kUnet), std::string::npos)
      << notices.list[0].retrying;
  EXPECT_NE(notices.list[1].retrying.find("no data for"), std::string::npos)
      << notices.list[1].retrying;
  EXPECT_NE(notices.list[2].retrying.find("of the 200000 bytes the Hub lists"), std::string::npos)
      << notices.list[2].retrying;
}

TEST(HubDownloadFaults, ServerErrorBurstsAreRetriedWithBackoffAndRetryAfter) {
  FaultHub hub;
  test::TempDir cache;
  hub.setFault([](const std::string& path, int n, const FakeRequest&, FakeResponse& r) {
    const bool listing = path == FaultHub::kListing;
    if ((listing || path == FaultHub::kUnet) && n <= 2) {
      r.body = "busy";
      r.status = listing ? (n == 1 ? 503 : 502) : (n == 1 ? 500 : 429);
      if (r.status == 429) r.headers = {{"Retry-After", "1"}};
    }
    if (path == "unet/config.json" && n == 1) r.status = 503;  // a plain file too
  });
  HubDownloadOptions o = hub.options(cache.path());
  o.retry.max_retry_after_ms = 150;  // the server's 1 s, capped to keep the test short
  Notices notices;
  notices.watch(o);
  const auto start = std::chrono::steady_clock::now();
  expectComplete(hub, download_pipeline(o));
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(150));

  std::vector<std::pair<int, int>> seen;  // attempt, delay
  for (const auto& n : notices.list) seen.push_back({n.attempt, n.retry_delay_ms});
  // Listing: 5 ms, then doubled; config: 5 ms; weights: 5 ms, then Retry-After (capped).
  EXPECT_EQ(seen, (std::vector<std::pair<int, int>>{{2, 5}, {3, 10}, {2, 5}, {2, 5}, {3, 150}}));
  EXPECT_NE(notices.list[0].retrying.find("HTTP 503"), std::string::npos);
  EXPECT_NE(notices.list[4].retrying.find("HTTP 429"), std::string::npos);
}

TEST(HubDownloadFaults, GivesUpAfterItsTriesKeepingThePartialFileForTheNextRun) {
  FaultHub hub;
  test::TempDir cache;
  std::atomic<bool> broken{true};
  hub.setFault([&](const std::string& path, int, const FakeRequest&, FakeResponse& r) {
    if (path == FaultHub::kUnet && broken) test::cutBody(r, 10000);
  });
  HubDownloadOptions o = hub.options(cache.path());
  o.retry.max_attempts = 3;
  try {
    download_pipeline(o);
    FAIL() << "no error";
  } catch (const NetError& e) {
    EXPECT_TRUE(e.transient());
    EXPECT_NE(std::string(e.what()).find("(gave up after 3 tries)"), std::string::npos) << e.what();
  }
  EXPECT_EQ(test::distinct(hub.ranges(FaultHub::kUnet)),
            (std::vector<std::string>{"", "bytes=10000-", "bytes=20000-"}));
  const fs::path blob = hub.blob(cache.path(), FaultHub::kUnet);
  EXPECT_FALSE(fs::exists(blob));
  EXPECT_EQ(fs::file_size(blob.string() + ".incomplete"), 30000u);
  EXPECT_FALSE(fs::exists(hub_repo_folder(cache.path(), "org/tiny") / "snapshots" /
                          FaultHub::kCommit / FaultHub::kUnet));

  broken = false;
  expectComplete(hub, download_pipeline(o));
  EXPECT_EQ(rangeStart(hub.ranges(FaultHub::kUnet).back()), 30000);
}

TEST(HubDownloadFaults, PermanentRefusalsAndCancelAreNotRetried) {
  FaultHub hub;
  test::TempDir cache;
  hub.setFault([](const std::string& path, int, const FakeRequest&, FakeResponse& r) {
    if (path == FaultHub::kVae) {
      r = FakeResponse();
      r.status = 404;
      r.headers = {{"X-Error-Code", "EntryNotFound"}};
    }
  });
  HubDownloadOptions o = hub.options(cache.path());
  try {
    download_pipeline(o);
    FAIL() << "no error";
  } catch (const NetError& e) {
    EXPECT_EQ(e.http_status(), 404);
    EXPECT_FALSE(e.transient());
  }
  EXPECT_EQ(hub.ranges(FaultHub::kVae).size(), 1u);

  hub.setFault([](const std::string& path, int, const FakeRequest&, FakeResponse& r) {
    if (path == FaultHub::kListing) r = test::hubGatedAnswer("org/tiny");
  });
  EXPECT_THROW(download_pipeline(o), NetError);
  EXPECT_EQ(hub.ranges(FaultHub::kListing).size(), 2u);  // one more, no retry

  // Stop pressed while waiting to try again: the wait ends at once.
  hub.setFault([](const std::string& path, int, const FakeRequest&, FakeResponse& r) {
    if (path == FaultHub::kVae) r.status = 503;
  });
  CancelToken cancel;
  o.cancel = &cancel;
  o.retry.delay_ms = 20000;
  o.progress = [&](const HubDownloadProgress& p) {
    if (!p.retrying.empty()) cancel.cancel();
  };
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(download_pipeline(o), JobCancelled);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
}

TEST(HubDownloadFaults, AServerIgnoringRangeOrAnsweringAnotherRangeStartsTheFileAgain) {
  FaultHub hub;
  test::TempDir cache;
  std::atomic<bool> vaeCut{true};
  hub.setFault([&](const std::string& path, int, const FakeRequest& req, FakeResponse& r) {
    const std::string range = req.header("range");
    if (path == FaultHub::kUnet) {
      if (range.empty()) test::cutBody(r, 50000, test::Cut::Reset);
      if (range == "bytes=50000-") r = test::serveBytes(FakeRequest(), hub.bytes(path));  // 200
    }
    if (path == FaultHub::kVae) {
      if (range.empty() && vaeCut) test::cutBody(r, 30000);
      if (range == "bytes=30000-") {  // 206, but from byte 10
        vaeCut = false;
        FakeRequest from10;
        from10.headers["range"] = "bytes=10-";
        r = test::serveBytes(from10, hub.bytes(path));
      }
    }
  });
  expectComplete(hub, download_pipeline(hub.options(cache.path())));
  EXPECT_EQ(test::distinct(hub.ranges(FaultHub::kUnet)),
            (std::vector<std::string>{"", "bytes=50000-"}));
  // The partial file was dropped: asked from the start.
  EXPECT_EQ(test::distinct(hub.ranges(FaultHub::kVae)),
            (std::vector<std::string>{"", "bytes=30000-", ""}));
}

TEST(HubDownloadFaults, AContentLengthLongerThanTheBodyOrABodyLongerThanTheListing) {
  FaultHub hub;
  test::TempDir cache;
  hub.setFault([](const std::string& path, int, const FakeRequest&, FakeResponse& r) {
    if (path == FaultHub::kUnet) {  // every byte, then a close before the promised rest
      r.declaredLength = (long long)r.body.size() + 1000;
      r.dropAfterBody = true;
    }
    if (path == FaultHub::kVae) r.body += std::string(5000, 'x');  // more than the Hub lists
    if (path == "unet/config.json") {
      r.declaredLength = (long long)r.body.size() + 10;
      r.dropAfterBody = true;
    }
  });
  const HubDownloadResult result = download_pipeline(hub.options(cache.path()));
  expectComplete(hub, result);
  EXPECT_EQ(test::distinct(hub.ranges(FaultHub::kUnet)), std::vector<std::string>{""});
  EXPECT_EQ(hub.ranges(FaultHub::kVae), std::vector<std::string>{""});
  EXPECT_EQ(fs::file_size(hub.blob(cache.path(), FaultHub::kVae)), 120000u);
}

TEST(HubDownloadFaults, AHashMismatchIsFetchedOnceMoreThenAClearError) {
  FaultHub hub;
  test::TempDir cache;
  auto spoil = [](FakeResponse& r) {
    if (!r.body.empty()) r.body[r.body.size() / 2] ^= 0x5A;  // same size, other bytes
  };
  hub.setFault([&](const std::string& path, int n, const FakeRequest&, FakeResponse& r) {
    if (path == FaultHub::kUnet && n == 1) spoil(r);
  });
  HubDownloadOptions o = hub.options(cache.path());
  Notices notices;
  notices.watch(o);
  expectComplete(hub, download_pipeline(o));
  const auto unet = hub.ranges(FaultHub::kUnet);
  EXPECT_EQ(unet, (std::vector<std::string>{"", ""}));  // the second time from the start
  ASSERT_EQ(notices.list.size(), 1u);
  EXPECT_NE(notices.list[0].retrying.find("SHA-256"), std::string::npos);

  // Always wrong: an LFS file fails on its SHA-256, a plain one on its git blob id; neither
  // leaves a blob or a partial file.
  for (const std::string path : {std::string(FaultHub::kUnet), std::string("model_index.json")}) {
    test::TempDir fresh;
    hub.setFault([&](const std::string& p, int, const FakeRequest&, FakeResponse& r) {
      if (p == path) spoil(r);
    });
    try {
      download_pipeline(hub.options(fresh.path()));
      FAIL() << "no error for " << path;
    } catch (const FileError& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find(path == "model_index.json" ? "git blob id" : "SHA-256"),
                std::string::npos)
          << what;
      EXPECT_NE(what.find(path), std::string::npos) << what;
      EXPECT_NE(what.find("twice"), std::string::npos) << what;
    }
    const fs::path blob = hub.blob(fresh.path(), path);
    EXPECT_FALSE(fs::exists(blob)) << path;
    EXPECT_FALSE(fs::exists(blob.string() + ".incomplete")) << path;
  }
}

// Older endpoints list no hashes: the LFS file's X-Linked-Etag (its SHA-256) and X-Linked-Size
// from its HEAD are checked as listed ones would be.
TEST(HubDownloadFaults, WithoutHashesInTheListingTheHeadersOnesAreChecked) {
  FaultHub hub;
  hub.setBareListing(true);
  test::TempDir cache;
  hub.setFault([](const std::string& path, int n, const FakeRequest& req, FakeResponse& r) {
    if (path != FaultHub::kUnet || req.method != "GET") return;
    if (n == 1) r.body[100] ^= 0x5A;   // other bytes of the right size
    if (n == 2) r.body += "trailing";  // more than X-Linked-Size
  });
  HubDownloadOptions o = hub.options(cache.path());
  Notices notices;
  notices.watch(o);
  expectComplete(hub, download_pipeline(o));
  EXPECT_TRUE(fs::exists(hub.blob(cache.path(), FaultHub::kUnet)));
  ASSERT_EQ(notices.list.size(), 1u);
  EXPECT_NE(notices.list[0].retrying.find("SHA-256"), std::string::npos);
}

}  // namespace
}  // namespace cds
