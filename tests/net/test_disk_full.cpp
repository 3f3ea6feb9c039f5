// Downloads and class-image gathering onto a full disk: a clear error naming the file, no blob
// or picture that looks whole but is not, and a later run with space completes. Runs inside
// tests/faults/with_small_disk.sh (ctest: net.disk_full), which mounts a small private tmpfs at
// $CDS_SMALL_DISK; without one these tests skip.
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/error.h"
#include "core/net/class_folder_from_web.h"
#include "core/net/hub_download.h"
#include "core/train/class_folder.h"
#include "tests/faults/small_disk.h"
#include "tests/net/fake_http_server.h"
#include "tests/net/fault_hub.h"
#include "tests/test_support.h"

namespace cds {
namespace {

namespace fs = std::filesystem;
using test::FakeHttpServer;
using test::FakeRequest;
using test::FakeResponse;
using test::FaultHub;

// A folder on the small disk, removed afterwards (the tests share the disk).
struct DiskFolder {
  fs::path path;
  explicit DiskFolder(const std::string& name) : path(test::small_disk() / name) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~DiskFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string noiseJpeg(int seed) {
  cv::Mat m(64, 64, CV_8UC3);
  cv::RNG rng(uint64_t(seed) + 1);
  rng.fill(m, cv::RNG::UNIFORM, 0, 256);
  std::vector<uint8_t> out;
  cv::imencode(".jpg", m, out, {cv::IMWRITE_JPEG_QUALITY, 95});
  return {out.begin(), out.end()};
}

TEST(DiskFull, AHubDownloadStopsClearlyAndResumesOnceThereIsSpace) {
  CDS_REQUIRE_SMALL_DISK();
  FaultHub hub;
  DiskFolder cache("hub-cache");
  const fs::path filler =
      test::fill_small_disk(100 * 1024);  // the configs fit, the 200 kB weights do not
  const fs::path blob = hub.blob(cache.path, FaultHub::kUnet);
  const fs::path partial = blob.string() + ".incomplete";
  try {
    download_pipeline(hub.options(cache.path));
    FAIL() << "no error on a full disk";
  } catch (const FileError& e) {
    const std::string what = e.what();
    EXPECT_EQ(e.file(), partial) << what;
    EXPECT_NE(what.find("the disk is full"), std::string::npos) << what;
  }
  EXPECT_FALSE(fs::exists(blob));
  EXPECT_FALSE(fs::exists(cache.path / "models--org--tiny" / "snapshots" / FaultHub::kCommit /
                          FaultHub::kUnet));
  // Kept for a resume: the start of the file, exactly.
  const std::string start = test::read_bytes(partial);
  EXPECT_LT(start.size(), hub.bytes(FaultHub::kUnet).size());
  EXPECT_EQ(start, hub.bytes(FaultHub::kUnet).substr(0, start.size()));

  fs::remove(filler);
  const HubDownloadResult result = download_pipeline(hub.options(cache.path));
  for (const auto& [path, bytes] : hub.files())
    EXPECT_EQ(test::read_bytes(result.snapshot / path), bytes) << path;
  EXPECT_FALSE(fs::exists(partial));
  if (!start.empty())
    EXPECT_EQ(hub.ranges(FaultHub::kUnet).back(), "bytes=" + std::to_string(start.size()) + "-");
}

TEST(DiskFull, GatheringClassImagesStopsClearlyKeepingThePicturesSaved) {
  CDS_REQUIRE_SMALL_DISK();
  std::vector<std::string> images;
  for (int i = 0; i < 30; ++i) images.push_back(noiseJpeg(i));
  FakeHttpServer host([&](const FakeRequest& r) {
    FakeResponse out;
    out.body = images.at(size_t(std::stoi(r.path.substr(3))));
    return out;
  });
  bool given = false;  // one batch per run
  CandidateFeed feed = [&](int) {
    std::vector<ClassImageCandidate> out;
    if (given) return out;
    given = true;
    for (size_t i = 0; i < images.size(); ++i)
      out.push_back({host.url() + "/i/" + std::to_string(i), "a cat", nullptr});
    return out;
  };
  DiskFolder folder("class");
  CollectOptions o;
  o.class_prompt = "cat";
  o.class_data_dir = folder.path;
  o.num_class_images = int(images.size());
  const fs::path filler = test::fill_small_disk(64 * 1024);  // room for a few pictures, not thirty
  try {
    collect_from_feed(feed, o, "test feed", "");
    FAIL() << "no error on a full disk";
  } catch (const FileError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("No space left on device"), std::string::npos) << what;
    EXPECT_NE(what.find("pictures saved before are kept"), std::string::npos) << what;
    EXPECT_EQ(e.file().parent_path().parent_path(), folder.path) << what;
  }

  // Every file left is a whole picture that was served, and every listed one is there.
  const std::set<std::string> served(images.begin(), images.end());
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder.path)) {
    const std::string name = entry.path().filename().string();
    EXPECT_EQ(name.find(".tmp-"), std::string::npos) << entry.path();
    EXPECT_EQ(name.find(".incoming"), std::string::npos) << entry.path();
    if (entry.path().parent_path() != folder.path / "images") continue;
    ++files;
    EXPECT_EQ(entry.path().extension(), ".jpg");
    EXPECT_TRUE(served.count(test::read_bytes(entry.path()))) << entry.path();
  }
  const auto listed = read_class_folder_listing(folder.path);
  EXPECT_GT(files, 0);
  EXPECT_LT(files, int(images.size()));
  EXPECT_EQ(int(listed.size()), files);
  for (const auto& l : listed) EXPECT_TRUE(fs::exists(l.image)) << l.written;

  fs::remove(filler);
  given = false;
  const CollectResult second = collect_from_feed(feed, o, "test feed", "");
  EXPECT_EQ(second.existing, files);
  EXPECT_EQ(second.total(), int(images.size()));
  for (const auto& l : read_class_folder_listing(folder.path))
    EXPECT_FALSE(cv::imread(l.image.string()).empty()) << l.written;
}

}  // namespace
}  // namespace cds
