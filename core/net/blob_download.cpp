// Resumable, verified downloads of one blob (see blob_download.h).
#include "core/net/blob_download.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <QCryptographicHash>
#include <QFile>

#include "core/error.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

// A try that brought this much is progress: the count of failed tries starts again.
constexpr int64_t kProgressBytes = int64_t{1} << 20;

int64_t size_of(const fs::path& file) {
  std::error_code ec;
  const auto n = fs::file_size(file, ec);
  return ec ? 0 : int64_t(n);
}

std::string hash_file(const fs::path& file, QCryptographicHash::Algorithm algorithm,
                      const std::string& prefix) {
  QFile f(QString::fromStdString(file.string()));
  if (!f.open(QIODevice::ReadOnly)) throw FileError(file, "cannot be read to check its hash");
  QCryptographicHash hash(algorithm);
  hash.addData(QByteArray::fromStdString(prefix));
  if (!hash.addData(&f)) throw FileError(file, "cannot be read to check its hash");
  return hash.result().toHex().toStdString();
}

// "bytes START-END/TOTAL" -> START; -1 when unreadable.
int64_t content_range_start(const std::string& value) {
  if (value.rfind("bytes ", 0) != 0) return -1;
  try {
    return std::stoll(value.substr(6));
  } catch (const std::exception&) {
    return -1;
  }
}

NetError transient(const std::string& message, int status = 0) {
  NetError e(message, status);
  e.set_transient(true);
  return e;
}

// One request, continuing `partial` where it ends. Returns the bytes it wrote.
int64_t fetch_once(const BlobDownload& d, const fs::path& partial) {
  int64_t offset = size_of(partial);
  std::FILE* out = nullptr;
  int write_errno = 0;  // set when the partial file could not be opened or written
  bool bad_range = false;
  int64_t file_bytes = 0, written = 0;
  HttpRequest get;
  get.url = d.url;
  get.headers = d.headers;
  get.cancel = d.cancel;
  get.timeout_ms = 24 * 3600 * 1000;  // big weights on slow links; the idle timeout guards stalls
  get.idle_timeout_ms = d.idle_timeout_ms;
  get.max_body_bytes = int64_t{1} << 42;  // on_data stops at the listed size
  if (offset > 0) get.range_start = offset;
  get.on_head = [&](const HttpResponse& r) {
    if (!r.ok()) return true;
    // 206 from where we asked: continue the file. 200 (Range ignored) or a range from 0: start
    // it again. A range from anywhere else would splice wrong bytes in: refuse it.
    bool append = false;
    if (r.status == 206 && get.range_start >= 0) {
      const int64_t start = content_range_start(r.header("content-range"));
      if (start == offset)
        append = true;
      else if (start != 0) {
        bad_range = true;
        return false;
      }
    }
    if (!append) offset = 0;
    file_bytes = offset;
    out = std::fopen(partial.c_str(), append ? "ab" : "wb");
    if (!out) write_errno = errno;
    return out != nullptr;
  };
  get.on_data = [&](const char* data, size_t n) {
    // No exception may cross Qt's event loop: remember the failure and stop the transfer.
    // Bytes past the listed size are not kept (the hash check then judges what is there).
    const size_t keep =
        d.size >= 0 ? size_t(std::min<int64_t>(int64_t(n), d.size - file_bytes)) : n;
    if (keep > 0 && std::fwrite(data, 1, keep, out) != keep) {
      write_errno = errno ? errno : EIO;
      return false;
    }
    file_bytes += int64_t(keep);
    written += int64_t(keep);
    if (d.on_bytes) d.on_bytes(file_bytes, int64_t(keep));
    return keep == n;
  };
  HttpResponse r;
  try {
    r = http_fetch(get);
  } catch (...) {
    if (out) std::fclose(out);
    throw;
  }
  // Buffered bytes reach the disk here: a full disk may only show now.
  if (out && std::fclose(out) != 0 && !write_errno) write_errno = errno ? errno : EIO;
  if (write_errno) throw FileError(partial, write_failure_message(write_errno));
  if (bad_range) {
    std::error_code ec;
    fs::remove(partial, ec);  // the next try asks for the whole file
    throw transient("GET " + d.url + ": the server answered the range \"" +
                    r.header("content-range") + "\" for a request from byte " +
                    std::to_string(offset));
  }
  if (r.status == 416) {
    // The partial file is as long as the server's file, or longer: start again.
    std::error_code ec;
    fs::remove(partial, ec);
    throw transient("GET " + d.url + ": HTTP 416, the server has no bytes after " +
                        std::to_string(offset) + "; starting the file again",
                    416);
  }
  if (!r.ok()) {
    std::string message = "GET " + d.url + ": HTTP " + std::to_string(r.status);
    if (!r.reason.empty()) message += " " + r.reason;
    if (is_transient_status(r.status))
      throw NetError(message, r.status)
          .set_retry_after_ms(parse_retry_after_ms(r.header("retry-after")));
    if (d.refused) d.refused(r);
    throw NetError(message, r.status);
  }
  return written;
}

}  // namespace

std::string file_sha256(const fs::path& file) {
  return hash_file(file, QCryptographicHash::Sha256, "");
}

std::string file_git_blob_id(const fs::path& file) {
  return hash_file(file, QCryptographicHash::Sha1,
                   "blob " + std::to_string(size_of(file)) + std::string(1, '\0'));
}

std::string write_failure_message(int error_number) {
  if (error_number == ENOSPC || error_number == EDQUOT)
    return std::string("cannot be written: the disk is full (") + std::strerror(error_number) +
           "). Free some space and start the download again: it resumes from here";
  return std::string("cannot be written (") + std::strerror(error_number) + ")";
}

int64_t download_blob(const BlobDownload& d) {
  const fs::path partial = fs::path(d.blob.string() + ".incomplete");
  std::error_code ec;
  int failures = 0;           // failed tries since the last that made progress
  bool started_over = false;  // after a hash mismatch, once
  int64_t downloaded = 0;
  auto retry_or_throw = [&](const NetError& e, int64_t before) {
    if (!e.transient()) throw e;
    failures = size_of(partial) - before >= kProgressBytes ? 1 : failures + 1;
    if (failures >= d.retry.max_attempts) throw_gave_up(e, failures);
    const int delay = retry_delay_ms(d.retry, failures + 1, e.retry_after_ms());
    if (d.on_retry) d.on_retry({failures + 1, d.retry.max_attempts, delay, e.what()});
    sleep_unless_cancelled(delay, d.cancel, "while waiting to download " + d.name + " again");
  };
  while (true) {
    const int64_t before = size_of(partial);
    // A partial file of the listed size (a run stopped before its check) needs no request.
    if (!(d.size >= 0 && before == d.size)) {
      if (d.size >= 0 && before > d.size) fs::remove(partial, ec);
      try {
        downloaded += fetch_once(d, partial);
      } catch (const NetError& e) {
        // A body that ended early, or a Content-Length longer than the body, may still have
        // brought every byte: the size and hash decide below.
        if (!(d.size >= 0 && size_of(partial) == d.size)) {
          retry_or_throw(e, before);
          continue;
        }
      }
    }
    const int64_t have = size_of(partial);
    if (d.size >= 0 && have < d.size) {
      // The answer ended early without saying so (a Content-Length shorter than the file).
      retry_or_throw(
          transient("GET " + d.url + ": the answer ended after " + std::to_string(have) +
                    " of the " + std::to_string(d.size) + " bytes the Hub lists for " + d.name),
          before);
      continue;
    }
    std::string mismatch;
    if (!d.sha256.empty() && file_sha256(partial) != d.sha256)
      mismatch = "does not have the SHA-256 the Hub lists for " + d.name;
    else if (d.sha256.empty() && !d.git_blob_id.empty() &&
             file_git_blob_id(partial) != d.git_blob_id)
      mismatch = "does not have the git blob id the Hub lists for " + d.name;
    if (!mismatch.empty()) {
      // A corrupt partial file would fail every resume: it goes, and the file comes once more.
      fs::remove(partial, ec);
      if (started_over)
        throw FileError(partial, mismatch + ", twice; it was removed. The server sends other " +
                                     "bytes than the Hub lists");
      started_over = true;
      failures = 0;
      if (d.on_retry)
        d.on_retry(
            {2, 2, 0, partial.string() + " " + mismatch + "; downloading it again from the start"});
      continue;
    }
    fs::rename(partial, d.blob, ec);
    if (ec)
      throw FileError(d.blob, "cannot be created from the downloaded file (" + ec.message() + ")");
    return downloaded;
  }
}

}  // namespace cds
