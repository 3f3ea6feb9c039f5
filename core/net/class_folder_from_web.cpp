// Class image collection (see class_folder_from_web.h). The clip-retrieval feed over-asks by
// 1.5x and widens by 1.5x up to 1e4 images, as retrieve.py's query loop does.
#include "core/net/class_folder_from_web.h"

#include <set>

#include "core/error.h"
#include "core/net/http_fetch.h"
#include "core/net/image_body_check.h"
#include "core/train/class_folder.h"
#include "core/train/image_loading.h"

namespace cds {

namespace {

constexpr size_t kKeptFailureReasons = 20;

void note(CollectResult& r, const std::string& why) {
  ++r.failed;
  if (r.failures.size() < kKeptFailureReasons) r.failures.push_back(why);
}

void report(const CollectOptions& o, const ClassFolder& folder, const CollectResult& r,
            const std::string& message) {
  if (!o.progress) return;
  CollectProgress p;
  p.have = folder.count();
  p.wanted = o.num_class_images;
  p.failed = r.failed;
  p.message = message;
  o.progress(p);
}

// Retry notices of the service's answers, as progress.
RetryCallback service_retry_notice(const CollectOptions& o) {
  return [&o](const RetryNotice& n) {
    if (!o.progress) return;
    CollectProgress p;
    p.have = int(read_class_folder_listing(o.class_data_dir).size());
    p.wanted = o.num_class_images;
    p.message = n.reason;
    p.retrying = n.reason;
    p.attempt = n.attempt;
    p.max_attempts = n.max_attempts;
    o.progress(p);
  };
}

// One image's bytes, its transient failures tried again; a body cut short without a
// Content-Length that said so counts as such a failure.
std::string fetch_image(const std::string& url, const CollectOptions& options) {
  HttpRequest request;
  request.url = url;
  request.timeout_ms = options.image_timeout_ms;
  request.idle_timeout_ms = options.image_idle_timeout_ms;
  request.max_body_bytes = options.max_image_bytes;
  request.cancel = options.cancel;
  return with_retries(options.image_retry, options.cancel, nullptr, [&] {
    HttpResponse response = fetch_ok(request);
    const std::string cut = incomplete_image_reason(response.body);
    if (!cut.empty())
      throw NetError("GET " + url + ": the answer is " + cut, response.status).set_transient(true);
    return std::move(response.body);
  });
}

// A folder write that failed (a full disk): its message, and that what was saved stays.
[[noreturn]] void throw_folder_full(const FileError& e, const CollectResult& r) {
  std::string what = e.what();
  const std::string prefix = e.file().string() + ": ";
  if (what.rfind(prefix, 0) == 0) what = what.substr(prefix.size());
  throw FileError(e.file(), what + "; gathering class pictures stopped there, the " +
                                std::to_string(r.total()) + " pictures saved before are kept");
}

}  // namespace

CollectResult collect_from_feed(const CandidateFeed& feed, const CollectOptions& options,
                                const std::string& source_name, const std::string& dead_hint) {
  ClassFolder folder(options.class_data_dir);
  CollectResult result;
  result.existing = folder.count();
  report(options, folder, result, "");
  std::set<std::string> tried;
  bool first = true;
  while (folder.count() < options.num_class_images) {
    check_cancelled(options.cancel, "while gathering class pictures");
    std::vector<ClassImageCandidate> batch;
    try {
      batch = feed(options.num_class_images - folder.count());
    } catch (const NetError& e) {
      // One clear message for a dead service; images kept so far stay.
      throw NetError(
          std::string(first ? "the "
                            : "after " + std::to_string(result.added) + " new images the ") +
              source_name + " did not answer: " + e.what() + ". " + dead_hint,
          e.http_status());
    }
    first = false;
    if (batch.empty()) break;
    for (const auto& c : batch) {
      if (folder.count() >= options.num_class_images) break;
      check_cancelled(options.cancel, "while gathering class pictures");
      if (!tried.insert(c.url).second || folder.has_url(c.url)) continue;
      try {
        const std::string body = fetch_image(c.url, options);
        const auto added = folder.add_bytes(body, c.caption, c.url, c.attribution);
        if (added == ClassFolder::Added::Yes) ++result.added;
        if (added == ClassFolder::Added::Duplicate) ++result.duplicates;
        if (added == ClassFolder::Added::NotAnImage)
          note(result, c.url + ": not an image (" + folder.last_error() + ")");
      } catch (const NetError& e) {
        note(result, e.what());
      } catch (const FileError& e) {
        throw_folder_full(e, result);
      }
      report(options, folder, result, c.url);
    }
  }
  return result;
}

CollectResult collect_from_clip_retrieval(const ClipRetrievalOptions& service,
                                          const CollectOptions& options) {
  constexpr double kFactor = 1.5;
  int num_images = 0;
  CandidateFeed feed = [&](int missing) {
    std::vector<ClassImageCandidate> out;
    // First call: ask 1.5x the missing count, widening until the answer is that large (or the
    // request passes 1e4). Later calls: the earlier answers ran out, ask 1.5x more.
    const bool first_call = num_images == 0;
    num_images = first_call ? std::max(1, int(kFactor * missing)) : int(kFactor * num_images);
    std::vector<ClipRetrievalResult> results;
    while (true) {
      if (num_images > 10000 && !first_call) return out;
      results =
          with_retries(options.service_retry, options.cancel, service_retry_notice(options), [&] {
            return clip_retrieval_query(service, options.class_prompt, num_images, options.cancel);
          });
      if (!first_call || results.size() >= kFactor * missing || num_images > 10000) break;
      num_images = int(kFactor * num_images);
    }
    for (auto& r : results) out.push_back({r.url, r.caption, nullptr});
    return out;
  };
  const std::string closed = "LAION's public service has been closed since 2024: ";
  return collect_from_feed(
      feed, options, "clip-retrieval service at " + service.url,
      options.other_sources_hint.empty()
          ? closed +
                "give --server the URL of a running `clip-retrieval back` knn-service, or "
                "use --source openverse or --source generate"
          : closed + "give the address of a running `clip-retrieval back` knn-service, or " +
                options.other_sources_hint);
}

CollectResult collect_from_openverse(const OpenverseOptions& service,
                                     const CollectOptions& options) {
  int page = 0;
  int page_count = 0;
  CandidateFeed feed = [&](int) {
    std::vector<ClassImageCandidate> out;
    ++page;
    if (page > service.max_pages || (page_count > 0 && page > page_count)) return out;
    const OpenversePage result = with_retries(
        options.service_retry, options.cancel, service_retry_notice(options),
        [&] { return openverse_search(service, options.class_prompt, page, options.cancel); });
    page_count = result.page_count;
    for (const auto& image : result.results) {
      nlohmann::json a = {{"url", image.url},
                          {"title", image.title},
                          {"creator", image.creator},
                          {"creator_url", image.creator_url},
                          {"license", image.license},
                          {"license_version", image.license_version},
                          {"license_url", image.license_url},
                          {"foreign_landing_url", image.foreign_landing_url},
                          {"provider", image.provider},
                          {"source", "openverse"}};
      // Titles ("IMG_0412") make poor prompts; --real_prior trains on the class prompt instead.
      out.push_back({image.url, options.class_prompt, std::move(a)});
    }
    return out;
  };
  return collect_from_feed(
      feed, options, "Openverse API at " + service.base_url,
      "try again later, or " + (options.other_sources_hint.empty()
                                    ? "use --source generate or --source folder"
                                    : options.other_sources_hint));
}

CollectResult collect_from_folder(const std::filesystem::path& source,
                                  const CollectOptions& options) {
  const ImageListing listing = list_images(source);
  ClassFolder folder(options.class_data_dir);
  CollectResult result;
  result.existing = folder.count();
  // Files of other kinds (a GIF, a text file) are named among the reasons, not counted as
  // failed downloads; hidden ones (.DS_Store, macOS's "._name.jpg") are not the person's.
  for (const auto& file : listing.skipped)
    if (file.filename().string().front() != '.' && result.failures.size() < kKeptFailureReasons)
      result.failures.push_back(file.string() +
                                ": not a JPEG, PNG, WebP, BMP, TIFF, PNM or JPEG 2000 file");
  for (const auto& file : listing.images) {
    if (folder.count() >= options.num_class_images) break;
    check_cancelled(options.cancel, "while gathering class pictures");
    const std::string url = std::filesystem::absolute(file).string();
    if (folder.has_url(url)) continue;
    const auto added = folder.add_file(file, options.class_prompt, url);
    if (added == ClassFolder::Added::Yes) ++result.added;
    if (added == ClassFolder::Added::Duplicate) ++result.duplicates;
    if (added == ClassFolder::Added::NotAnImage) note(result, folder.last_error());
    report(options, folder, result, file.string());
  }
  return result;
}

}  // namespace cds
