// Class image collection (see class_image_collector.h). The clip-retrieval feed over-asks by
// 1.5x and widens by 1.5x up to 1e4 images, as retrieve.py's query loop does.
#include "core/net/class_image_collector.h"

#include <set>

#include "core/error.h"
#include "core/net/http_fetch.h"
#include "core/train/class_folder.h"
#include "core/train/image_loading.h"

namespace cds {

namespace {

constexpr size_t kKeptFailureReasons = 20;

void note(CollectResult& r, const std::string& why) {
  ++r.failed;
  if (r.failures.size() < kKeptFailureReasons) r.failures.push_back(why);
}

bool cancelled(const CollectOptions& o) { return o.cancel && o.cancel->load(); }

void report(const CollectOptions& o, const ClassFolder& folder, const CollectResult& r,
            const std::string& message) {
  if (o.progress) o.progress({folder.count(), o.numClassImages, r.failed, message});
}

}  // namespace

CollectResult collectFromFeed(const CandidateFeed& feed, const CollectOptions& options,
                              const std::string& sourceName, const std::string& deadHint) {
  ClassFolder folder(options.classDataDir);
  CollectResult result;
  result.existing = folder.count();
  report(options, folder, result, "");
  std::set<std::string> tried;
  bool first = true;
  while (folder.count() < options.numClassImages) {
    if (cancelled(options)) {
      result.cancelled = true;
      break;
    }
    std::vector<ClassImageCandidate> batch;
    try {
      batch = feed(options.numClassImages - folder.count());
    } catch (const NetError& e) {
      if (e.cancelled()) {
        result.cancelled = true;
        break;
      }
      // One clear message for a dead service; images kept so far stay.
      throw NetError(
          std::string(first ? "the "
                            : "after " + std::to_string(result.added) + " new images the ") +
              sourceName + " did not answer: " + e.what() + ". " + deadHint,
          e.httpStatus());
    }
    first = false;
    if (batch.empty()) break;
    for (const auto& c : batch) {
      if (folder.count() >= options.numClassImages) break;
      if (cancelled(options)) {
        result.cancelled = true;
        break;
      }
      if (!tried.insert(c.url).second || folder.hasUrl(c.url)) continue;
      HttpRequest request;
      request.url = c.url;
      request.timeoutMs = options.imageTimeoutMs;
      request.idleTimeoutMs = options.imageIdleTimeoutMs;
      request.maxBodyBytes = options.maxImageBytes;
      request.cancel = options.cancel;
      try {
        const HttpResponse response = fetchOk(request);
        const auto added = folder.addBytes(response.body, c.caption, c.url, c.attribution);
        if (added == ClassFolder::Added::Yes) ++result.added;
        if (added == ClassFolder::Added::Duplicate) ++result.duplicates;
        if (added == ClassFolder::Added::NotAnImage)
          note(result, c.url + ": not an image (" + folder.lastError() + ")");
      } catch (const NetError& e) {
        if (e.cancelled()) {
          result.cancelled = true;
          break;
        }
        note(result, e.what());
      }
      report(options, folder, result, c.url);
    }
    if (result.cancelled) break;
  }
  return result;
}

CollectResult collectFromClipRetrieval(const ClipRetrievalOptions& service,
                                       const CollectOptions& options) {
  constexpr double kFactor = 1.5;
  int numImages = 0;
  CandidateFeed feed = [&](int missing) {
    std::vector<ClassImageCandidate> out;
    // First call: ask 1.5x the missing count, widening until the answer is that large (or the
    // request passes 1e4). Later calls: the earlier answers ran out, ask 1.5x more.
    const bool firstCall = numImages == 0;
    numImages = firstCall ? std::max(1, int(kFactor * missing)) : int(kFactor * numImages);
    std::vector<ClipRetrievalResult> results;
    while (true) {
      if (numImages > 10000 && !firstCall) return out;
      results = clipRetrievalQuery(service, options.classPrompt, numImages, options.cancel);
      if (!firstCall || results.size() >= kFactor * missing || numImages > 10000) break;
      numImages = int(kFactor * numImages);
    }
    for (auto& r : results) out.push_back({r.url, r.caption, nullptr});
    return out;
  };
  const std::string closed = "LAION's public service has been closed since 2024: ";
  return collectFromFeed(
      feed, options, "clip-retrieval service at " + service.url,
      options.otherSourcesHint.empty()
          ? closed +
                "give --server the URL of a running `clip-retrieval back` knn-service, or "
                "use --source openverse or --source generate"
          : closed + "give the address of a running `clip-retrieval back` knn-service, or " +
                options.otherSourcesHint);
}

CollectResult collectFromOpenverse(const OpenverseOptions& service, const CollectOptions& options) {
  int page = 0;
  int pageCount = 0;
  CandidateFeed feed = [&](int) {
    std::vector<ClassImageCandidate> out;
    ++page;
    if (page > service.maxPages || (pageCount > 0 && page > pageCount)) return out;
    const OpenversePage result =
        openverseSearch(service, options.classPrompt, page, options.cancel);
    pageCount = result.pageCount;
    for (const auto& image : result.results) {
      nlohmann::json a = {{"url", image.url},
                          {"title", image.title},
                          {"creator", image.creator},
                          {"creator_url", image.creatorUrl},
                          {"license", image.license},
                          {"license_version", image.licenseVersion},
                          {"license_url", image.licenseUrl},
                          {"foreign_landing_url", image.foreignLandingUrl},
                          {"provider", image.provider},
                          {"source", "openverse"}};
      // Titles ("IMG_0412") make poor prompts; --real_prior trains on the class prompt instead.
      out.push_back({image.url, options.classPrompt, std::move(a)});
    }
    return out;
  };
  return collectFromFeed(feed, options, "Openverse API at " + service.baseUrl,
                         "try again later, or " + (options.otherSourcesHint.empty()
                                                       ? "use --source generate or --source folder"
                                                       : options.otherSourcesHint));
}

CollectResult collectFromFolder(const std::filesystem::path& source,
                                const CollectOptions& options) {
  const ImageListing listing = list_images(source);
  ClassFolder folder(options.classDataDir);
  CollectResult result;
  result.existing = folder.count();
  for (const auto& file : listing.images) {
    if (folder.count() >= options.numClassImages) break;
    if (cancelled(options)) {
      result.cancelled = true;
      break;
    }
    const std::string url = std::filesystem::absolute(file).string();
    if (folder.hasUrl(url)) continue;
    const auto added = folder.addFile(file, options.classPrompt, url);
    if (added == ClassFolder::Added::Yes) ++result.added;
    if (added == ClassFolder::Added::Duplicate) ++result.duplicates;
    if (added == ClassFolder::Added::NotAnImage) note(result, folder.lastError());
    report(options, folder, result, file.string());
  }
  return result;
}

}  // namespace cds
