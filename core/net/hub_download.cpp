// Hub downloads into the cache layout (see hub_download.h). Blob names follow huggingface_hub:
// the SHA-256 of LFS files, the git blob id of others (both are the files' ETags); partial
// blobs live as blobs/<id>.incomplete and resume with a Range request.
#include "core/net/hub_download.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/model/model_folder.h"
#include "core/net/blob_download.h"
#include "core/net/http_fetch.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "unet/x.fp16.safetensors" -> "fp16"; "" for plain names (shards "-00001-of-00002" included).
std::string variant_of(const std::string& name) {
  std::string stem = name.substr(name.rfind('/') + 1);
  for (const char* ext : {".safetensors.index.json", ".bin.index.json", ".safetensors", ".bin"})
    if (ends_with(stem, ext)) stem.resize(stem.size() - std::string(ext).size());
  const auto dot = stem.find('.');
  if (dot == std::string::npos) return "";
  std::string v = stem.substr(dot + 1);
  return v.substr(0, v.find('-'));
}

std::string strip_etag(std::string e) {
  if (e.rfind("W/", 0) == 0) e = e.substr(2);
  if (e.size() >= 2 && e.front() == '"' && e.back() == '"') e = e.substr(1, e.size() - 2);
  return e;
}

std::string read_token(const HubDownloadOptions& o) {
  if (!o.token.empty()) return o.token;
  if (!env("HF_TOKEN").empty()) return env("HF_TOKEN");
  const fs::path home = !env("HF_HOME").empty() ? fs::path(env("HF_HOME"))
                                                : fs::path(env("HOME")) / ".cache" / "huggingface";
  std::ifstream in(home / "token");
  std::string token;
  std::getline(in, token);
  return token;
}

// A message saying what to do for the Hub's refusals.
[[noreturn]] void throw_hub_error(const HttpResponse& r, const std::string& url,
                                  const HubDownloadOptions& o, const std::string& endpoint,
                                  bool have_token) {
  const std::string code = r.header("x-error-code");
  const std::string where = "GET " + url + ": HTTP " + std::to_string(r.status);
  if (code == "GatedRepo" || r.status == 403 || (r.status == 401 && code != "RepoNotFound"))
    throw NetError(where + ": " + o.repo_id + " is gated or private. Accept its licence at " +
                       endpoint + "/" + o.repo_id +
                       " while logged in, then pass --token with a read token from " + endpoint +
                       "/settings/tokens (or set HF_TOKEN)" +
                       (have_token ? "; the token given was refused" : ""),
                   r.status);
  if (code == "RevisionNotFound")
    throw NetError(where + ": " + o.repo_id + " has no revision \"" + o.revision + "\"", r.status);
  if (code == "RepoNotFound" || r.status == 404)
    throw NetError(where + ": " + o.repo_id + " was not found on " + endpoint +
                       " (check the name; a private repository needs --token)",
                   r.status);
  throw NetError(where + (r.reason.empty() ? "" : " " + r.reason), r.status);
}

// A Hub answer that is not 2xx: 5xx and 429 become transient NetErrors (retried), the rest the
// Hub's own message.
void check_hub_answer(const HttpResponse& r, const std::string& method, const std::string& url,
                      const HubDownloadOptions& o, const std::string& endpoint, bool have_token) {
  if (r.status < 400) return;
  if (is_transient_status(r.status))
    throw NetError(method + " " + url + ": HTTP " + std::to_string(r.status) +
                       (r.reason.empty() ? "" : " " + r.reason),
                   r.status)
        .set_retry_after_ms(parse_retry_after_ms(r.header("retry-after")));
  throw_hub_error(r, url, o, endpoint, have_token);
}

// snapshots/COMMIT/PATH -> ../../blobs/ID, relative as huggingface_hub makes them; a copy where
// links are not allowed.
void link_snapshot_file(const fs::path& blob, const fs::path& link) {
  std::error_code ec;
  fs::create_directories(link.parent_path(), ec);
  if (ec) throw FileError(link.parent_path(), "cannot be created (" + ec.message() + ")");
  fs::remove(link, ec);
  fs::create_symlink(fs::relative(blob, link.parent_path()), link, ec);
  if (!ec) return;
  fs::copy_file(blob, link, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    fs::remove(link);
    throw FileError(link, "cannot be created (" + ec.message() + ")");
  }
}

bool is_sha256_hex(const std::string& s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

int64_t size_member(const nlohmann::json& j, const char* key, int64_t fallback) {
  const auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int64_t>() : fallback;
}

}  // namespace

HubListing read_hub_listing(const nlohmann::json& info, const std::string& origin) {
  if (!info.is_object()) throw NetError(origin + ": the answer is not a model's file list");
  HubListing out;
  out.commit = json_string(info, "sha", "");
  const auto siblings = info.find("siblings");
  if (siblings == info.end() || !siblings->is_array()) return out;
  for (const auto& s : *siblings) {
    if (!s.is_object()) continue;
    HubFile f;
    f.path = json_string(s, "rfilename", "");
    if (f.path.empty()) continue;
    f.size = size_member(s, "size", -1);
    f.blob_id = json_string(s, "blobId", "");
    if (const auto lfs = s.find("lfs"); lfs != s.end() && lfs->is_object()) {
      f.lfs_sha256 = json_string(*lfs, "sha256", "");
      f.size = size_member(*lfs, "size", f.size);
    }
    out.files.push_back(std::move(f));
  }
  return out;
}

bool hub_offline() {
  std::string v = env("HF_HUB_OFFLINE");
  for (char& c : v) c = char(std::tolower(static_cast<unsigned char>(c)));
  return v == "1" || v == "true" || v == "yes" || v == "on";
}

fs::path hub_repo_folder(const fs::path& cache_dir, const std::string& repo_id) {
  std::string name = "models--" + repo_id;
  for (size_t at = name.find('/'); at != std::string::npos; at = name.find('/', at))
    name.replace(at, 1, "--");
  return cache_dir / name;
}

std::vector<std::string> select_pipeline_files(const std::vector<std::string>& files,
                                               const std::string& variant) {
  static const std::set<std::string> kTokenizerFiles = {
      "vocab.json",     "merges.txt",       "tokenizer_config.json", "special_tokens_map.json",
      "tokenizer.json", "added_tokens.json"};
  std::set<std::string> chosen;
  std::map<std::string, std::vector<std::string>> weights;  // folder -> weight files
  for (const auto& f : files) {
    const auto slash = f.find('/');
    if (slash == std::string::npos) {
      if (f == "model_index.json") chosen.insert(f);
      continue;
    }
    const std::string folder = f.substr(0, slash), name = f.substr(slash + 1);
    // The safety checker is not run by this pipeline and weighs 1.2 GB.
    if (name.find('/') != std::string::npos || folder == "safety_checker") continue;
    if (name == "config.json" || name == "scheduler_config.json" ||
        name == "preprocessor_config.json" ||
        (folder.rfind("tokenizer", 0) == 0 && kTokenizerFiles.count(name)))
      chosen.insert(f);
    else if (ends_with(name, ".safetensors") || ends_with(name, ".bin") ||
             ends_with(name, ".safetensors.index.json") || ends_with(name, ".bin.index.json"))
      weights[folder].push_back(f);
  }
  for (const auto& [folder, list] : weights) {
    // Safetensors first; .bin only when a folder has none (the loader reads both).
    for (const char* format : {"safetensors", "bin"}) {
      std::vector<std::string> ofFormat, wanted, plain;
      for (const auto& f : list)
        if (f.find("." + std::string(format)) != std::string::npos) ofFormat.push_back(f);
      for (const auto& f : ofFormat) (variant_of(f) == variant ? wanted : plain).push_back(f);
      if (wanted.empty())
        for (const auto& f : ofFormat)
          if (variant_of(f).empty()) wanted.push_back(f);
      if (wanted.empty()) wanted = ofFormat;  // only variant files: better than nothing
      if (wanted.empty()) continue;
      chosen.insert(wanted.begin(), wanted.end());
      break;
    }
  }
  return {chosen.begin(), chosen.end()};
}

HubDownloadResult download_pipeline(const HubDownloadOptions& o) {
  if (!looks_like_repo_id(o.repo_id))
    throw CoreError("\"" + o.repo_id + "\" is not a Hub repository id (ORG/NAME)");
  const fs::path cache = o.cache_dir.empty() ? hf_hub_cache_dir() : o.cache_dir;
  const fs::path repo_dir = hub_repo_folder(cache, o.repo_id);
  HubDownloadResult result;
  if (hub_offline()) {
    // Never a request: the cached snapshot or a clear refusal.
    const fs::path ref_file = repo_dir / "refs" / o.revision;
    std::string commit = o.revision;
    if (std::ifstream in{ref_file}) std::getline(in, commit);
    const fs::path snapshot = repo_dir / "snapshots" / commit;
    if (!fs::exists(snapshot / "model_index.json"))
      throw NetError("HF_HUB_OFFLINE is set and " + o.repo_id + " (" + o.revision +
                     ") is not in the cache at " + cache.string() +
                     "; unset HF_HUB_OFFLINE to download it");
    result.snapshot = snapshot;
    result.commit = commit;
    result.offline = true;
    return result;
  }
  std::string endpoint = !o.endpoint.empty() ? o.endpoint : env("HF_ENDPOINT");
  if (endpoint.empty()) endpoint = "https://huggingface.co";
  while (ends_with(endpoint, "/")) endpoint.pop_back();
  const std::string token = read_token(o);
  std::vector<std::pair<std::string, std::string>> auth;
  if (!token.empty()) auth.push_back({"Authorization", "Bearer " + token});

  // Progress and retry notices of the file in `now_at`, throttled to 10 Hz unless forced.
  const auto start = std::chrono::steady_clock::now();
  auto last_report = start - std::chrono::seconds(1);
  HubDownloadProgress now_at;
  auto report = [&](bool force) {
    const auto now = std::chrono::steady_clock::now();
    if (!o.progress || (!force && now - last_report < std::chrono::milliseconds(100))) return;
    last_report = now;
    const double seconds = std::chrono::duration<double>(now - start).count();
    now_at.bytes_per_second = seconds > 0 ? double(result.bytes_downloaded) / seconds : 0;
    o.progress(now_at);
  };
  const RetryCallback on_retry = [&](const RetryNotice& n) {
    now_at.retrying = n.reason;
    now_at.attempt = n.attempt;
    now_at.max_attempts = n.max_attempts;
    now_at.retry_delay_ms = n.delay_ms;
    report(true);
    now_at.retrying.clear();
  };

  HttpRequest api;
  api.url = endpoint + "/api/models/" + o.repo_id + "/revision/" + o.revision + "?blobs=true";
  api.headers = auth;
  api.cancel = o.cancel;
  const HttpResponse listing = with_retries(o.retry, o.cancel, on_retry, [&] {
    HttpResponse r = http_fetch(api);
    check_hub_answer(r, "GET", api.url, o, endpoint, !token.empty());
    return r;
  });
  const HubListing hub_listing =
      read_hub_listing(parse_json_answer(api, listing), "GET " + api.url);
  std::map<std::string, HubFile> by_path;
  std::vector<std::string> names;
  for (const HubFile& f : hub_listing.files) {
    names.push_back(f.path);
    by_path[f.path] = f;
  }
  result.commit = hub_listing.commit;
  if (o.only_files.empty()) {
    result.files = select_pipeline_files(names, o.variant);
  } else {
    for (const auto& f : o.only_files)
      if (by_path.count(f)) result.files.push_back(f);
  }
  if (std::find(result.files.begin(), result.files.end(), "model_index.json") == result.files.end())
    throw NetError(o.repo_id +
                   " has no model_index.json: it is not a diffusers pipeline (a single .ckpt or "
                   ".safetensors file cannot be used here)");

  int64_t total_bytes = 0;
  for (const auto& name : result.files)
    total_bytes = by_path[name].size < 0 || total_bytes < 0 ? -1 : total_bytes + by_path[name].size;
  std::error_code dir_error;
  fs::create_directories(repo_dir / "blobs", dir_error);
  if (dir_error)
    throw FileError(repo_dir / "blobs", "cannot be created (" + dir_error.message() + ")");
  int64_t done = 0;
  for (size_t i = 0; i < result.files.size(); ++i) {
    HubFile file = by_path[result.files[i]];
    const std::string url = endpoint + "/" + o.repo_id + "/resolve/" +
                            (result.commit.empty() ? o.revision : result.commit) + "/" + file.path;
    std::string blob_id = !file.lfs_sha256.empty() ? file.lfs_sha256 : file.blob_id;
    if (blob_id.empty() || result.commit.empty()) {
      // Older endpoints list no blob ids: the file's metadata answers, as hf_hub_download asks it.
      HttpRequest head;
      head.url = url;
      head.method = "HEAD";
      head.follow_redirects = false;
      head.headers = auth;
      head.cancel = o.cancel;
      const HttpResponse meta = with_retries(o.retry, o.cancel, on_retry, [&] {
        HttpResponse r = http_fetch(head);
        check_hub_answer(r, "HEAD", url, o, endpoint, !token.empty());
        return r;
      });
      if (blob_id.empty())
        blob_id = strip_etag(!meta.header("x-linked-etag").empty() ? meta.header("x-linked-etag")
                                                                   : meta.header("etag"));
      if (result.commit.empty()) result.commit = meta.header("x-repo-commit");
      // An LFS file's X-Linked-Etag is its SHA-256 and X-Linked-Size its size: checked as
      // listed ones are.
      const std::string linked = strip_etag(meta.header("x-linked-etag"));
      if (file.lfs_sha256.empty() && is_sha256_hex(linked)) file.lfs_sha256 = linked;
      const std::string linked_size = meta.header("x-linked-size");
      if (file.size < 0 && !linked_size.empty() &&
          linked_size.find_first_not_of("0123456789") == std::string::npos &&
          linked_size.size() < 19)
        file.size = std::stoll(linked_size);
      if (blob_id.empty() || result.commit.empty())
        throw NetError("HEAD " + url + ": the Hub gave no ETag or X-Repo-Commit for this file");
    }
    const fs::path blob = repo_dir / "blobs" / blob_id;
    std::error_code ec;
    const bool have =
        fs::exists(blob) && (file.size < 0 || int64_t(fs::file_size(blob, ec)) == file.size);
    now_at = HubDownloadProgress();
    now_at.file = file.path;
    now_at.file_index = int(i) + 1;
    now_at.file_count = int(result.files.size());
    now_at.file_total = file.size;
    now_at.done_bytes = done;
    now_at.total_bytes = total_bytes;
    if (!have) {
      BlobDownload d;
      d.url = url;
      d.name = file.path;
      d.headers = auth;
      d.blob = blob;
      d.size = file.size;
      d.sha256 = file.lfs_sha256;
      d.git_blob_id = file.lfs_sha256.empty() ? file.blob_id : std::string();
      d.idle_timeout_ms = o.idle_timeout_ms;
      d.retry = o.retry;
      d.cancel = o.cancel;
      d.on_bytes = [&](int64_t file_bytes, int64_t new_bytes) {
        result.bytes_downloaded += new_bytes;
        now_at.file_bytes = file_bytes;
        now_at.done_bytes = done + file_bytes;
        report(false);
      };
      d.on_retry = on_retry;
      d.refused = [&](const HttpResponse& r) {
        throw_hub_error(r, url, o, endpoint, !token.empty());
      };
      download_blob(d);
    }
    now_at.file_bytes = file.size >= 0 ? file.size : int64_t(fs::file_size(blob, ec));
    done += now_at.file_bytes;
    now_at.done_bytes = done;
    report(true);
    link_snapshot_file(blob, repo_dir / "snapshots" / result.commit / file.path);
  }
  if (o.revision != result.commit) {
    fs::create_directories((repo_dir / "refs" / o.revision).parent_path());
    write_file_atomically(repo_dir / "refs" / o.revision, result.commit);
  }
  result.snapshot = repo_dir / "snapshots" / result.commit;
  return result;
}

}  // namespace cds
