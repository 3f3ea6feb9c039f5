// Synchronous HTTP for worker threads on Qt Network: one QNetworkAccessManager and event loop per
// call, with whole-transfer and idle timeouts, a body cap, redirects, Range requests and a cancel
// flag. Plays the role `requests.get` / `huggingface_hub.http_get` play in the Python tools.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/cancel_token.h"
#include "core/error.h"

namespace cds {

// A transfer that did not complete: connection refused, timeout, body too large, or (from
// helpers such as fetch_ok) an HTTP error status. The message names the method and URL. A
// transfer stopped through its CancelToken throws JobCancelled instead (core/cancel_token.h).
class NetError : public CoreError {
 public:
  NetError(const std::string& message, int http_status = 0)
      : CoreError(message), http_status_(http_status) {}
  int http_status() const { return http_status_; }
  // Whether the same request may well succeed later: the connection broke, was refused or
  // stalled, the body was cut short, or the status is 408, 429 or 5xx (core/net/retry_policy.h).
  bool transient() const;
  // The server's Retry-After in milliseconds, -1 when it named none.
  int retry_after_ms() const { return retry_after_ms_; }
  NetError& set_transient(bool transient) {
    transient_ = transient;
    return *this;
  }
  NetError& set_retry_after_ms(int ms) {
    retry_after_ms_ = ms;
    return *this;
  }

 private:
  int http_status_;
  bool transient_ = false;
  int retry_after_ms_ = -1;
};

struct HttpResponse {
  int status = 0;
  std::string reason;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;                            // empty when a sink consumed it
  std::string url;                             // after redirects
  std::string header(const std::string& lower_name) const;
  bool ok() const { return status >= 200 && status < 300; }
};

struct HttpRequest {
  std::string url;
  std::string method = "GET";  // GET, HEAD or POST
  std::string body;            // POST body
  std::vector<std::pair<std::string, std::string>> headers;
  int timeout_ms = 60000;       // the whole transfer
  int idle_timeout_ms = 20000;  // no bytes for this long
  int64_t max_body_bytes = int64_t{64} << 20;
  bool follow_redirects = true;
  int max_redirects = 10;
  int64_t range_start = -1;             // >= 0: ask for bytes from here on ("Range: bytes=N-")
  const CancelToken* cancel = nullptr;  // checked every 50 ms; stops with JobCancelled
  // Called once the final response's status and headers are known; return false to refuse the
  // body (the call then returns with what is known). A 2xx body then goes to on_data instead of
  // HttpResponse::body when on_data is set; error bodies are always kept (capped) for messages.
  // on_data returning false stops the transfer there: the call returns what is known, without
  // the Content-Length check (the receiver has said it wants no more).
  std::function<bool(const HttpResponse&)> on_head;
  std::function<bool(const char* data, size_t size)> on_data;
};

// Keeps a QCoreApplication alive while it exists, for command-line tools that have none (Qt
// Network needs one); does nothing where one exists. Lets callers stay free of Qt headers.
class NetworkApplication {
 public:
  NetworkApplication();
  ~NetworkApplication();
  NetworkApplication(const NetworkApplication&) = delete;
  NetworkApplication& operator=(const NetworkApplication&) = delete;

 private:
  void* app_ = nullptr;
};

// The user agent every request sends.
std::string user_agent();

// Performs the request on the calling thread (a QCoreApplication must exist). Returns any HTTP
// status; throws NetError for transport failures, timeouts, oversized bodies and cancellation.
// Broken, refused or stalled connections and bodies shorter than their Content-Length are
// transient() NetErrors; an unknown host, a TLS failure or an oversized body are not.
HttpResponse http_fetch(const HttpRequest& request);

// http_fetch, and NetError "GET URL: HTTP 404 Not Found" for a non-2xx status (transient for
// 408, 429 and 5xx, with the answer's Retry-After).
HttpResponse fetch_ok(const HttpRequest& request);

// The response body as JSON; NetError "METHOD URL: the answer is not JSON" (plus `hint`) when it
// is not.
nlohmann::json parse_json_answer(const HttpRequest& request, const HttpResponse& response,
                                 const std::string& hint = std::string());

// A string member of a JSON answer, or `fallback` when absent or of another type: services'
// answers are read field by field, skipping what does not fit.
std::string json_string(const nlohmann::json& j, const char* key,
                        const std::string& fallback = std::string());

}  // namespace cds
