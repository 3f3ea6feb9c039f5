// Synchronous HTTP on Qt Network (see http_fetch.h). Each call owns its QNetworkAccessManager and
// QEventLoop on the calling thread, so worker threads need no event loop of their own.
#include "core/net/http_fetch.h"

#include <algorithm>
#include <memory>

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include "core/net/retry_policy.h"

namespace cds {

namespace {

// Error bodies are kept only for messages.
constexpr int64_t kMaxErrorBody = 64 * 1024;

std::string describe(const HttpRequest& r) { return r.method + " " + r.url; }

// Errors where the same request, repeated, cannot fare better: no such host, a TLS or protocol
// mismatch. Resets, refusals, timeouts and other transport failures may pass.
bool permanent_transport_error(QNetworkReply::NetworkError e) {
  return e == QNetworkReply::HostNotFoundError || e == QNetworkReply::SslHandshakeFailedError ||
         e == QNetworkReply::ProtocolUnknownError ||
         e == QNetworkReply::ProtocolInvalidOperationError;
}

NetError transient_error(const std::string& message, int status) {
  NetError e(message, status);
  e.set_transient(true);
  return e;
}

}  // namespace

bool NetError::transient() const { return transient_ || is_transient_status(http_status_); }

std::string HttpResponse::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

NetworkApplication::NetworkApplication() {
  if (QCoreApplication::instance()) return;
  static int argc = 1;
  static char name[] = "cdstudio";
  static char* argv[] = {name, nullptr};
  app_ = new QCoreApplication(argc, argv);
}

NetworkApplication::~NetworkApplication() { delete static_cast<QCoreApplication*>(app_); }

std::string user_agent() {
#ifdef CDS_VERSION
  return "cdstudio/" CDS_VERSION;
#else
  return "cdstudio/0.1";
#endif
}

HttpResponse http_fetch(const HttpRequest& request) {
  if (!QCoreApplication::instance())
    throw NetError(describe(request) + ": no QCoreApplication (network calls need one)");
  const QUrl url(QString::fromStdString(request.url));
  if (!url.isValid() || (url.scheme() != "http" && url.scheme() != "https"))
    throw NetError("not an http(s) URL: \"" + request.url + "\"");

  QNetworkRequest qreq(url);
  qreq.setHeader(QNetworkRequest::UserAgentHeader, QString::fromStdString(user_agent()));
  qreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    request.follow_redirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                             : QNetworkRequest::ManualRedirectPolicy);
  qreq.setMaximumRedirectsAllowed(request.max_redirects);
  // Compressed bodies would make Content-Length and Range offsets refer to other bytes.
  qreq.setRawHeader("Accept-Encoding", "identity");
  if (request.range_start >= 0)
    qreq.setRawHeader("Range",
                      QByteArray("bytes=") + QByteArray::number(qint64(request.range_start)) + "-");
  for (const auto& [name, value] : request.headers)
    qreq.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));

  QNetworkAccessManager manager;
  manager.setProxy(QNetworkProxy::NoProxy);
  QNetworkReply* reply = nullptr;
  const QByteArray body = QByteArray::fromStdString(request.body);
  if (request.method == "GET")
    reply = manager.get(qreq);
  else if (request.method == "HEAD")
    reply = manager.head(qreq);
  else if (request.method == "POST")
    reply = manager.post(qreq, body);
  else
    throw NetError("unsupported HTTP method " + request.method);
  std::unique_ptr<QNetworkReply> owner(reply);

  HttpResponse response;
  std::string failure;  // set when we abort on purpose
  bool cancelled = false;
  bool head_seen = false;
  bool refused = false;
  bool stopped = false;  // on_data asked for no more
  int64_t received = 0;
  QEventLoop loop;
  QTimer total, idle, poll;
  total.setSingleShot(true);
  idle.setSingleShot(true);

  auto abort_with = [&](const std::string& why) {
    if (failure.empty()) failure = why;
    reply->abort();
  };
  auto read_head = [&] {
    if (head_seen) return;
    head_seen = true;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toStdString();
    response.url = reply->url().toString().toStdString();
    for (const auto& [name, value] : reply->rawHeaderPairs())
      response.headers[name.toLower().toStdString()] = value.toStdString();
    const auto length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (response.ok() && length.isValid() && length.toLongLong() > request.max_body_bytes)
      return abort_with("the body is " + std::to_string(length.toLongLong()) +
                        " bytes, more than the limit of " + std::to_string(request.max_body_bytes));
    if (request.on_head && !request.on_head(response)) {
      refused = true;
      reply->abort();
    }
  };
  auto read_body = [&] {
    idle.start(request.idle_timeout_ms);
    if (!head_seen) read_head();
    if (refused || stopped || !failure.empty()) return;
    const QByteArray chunk = reply->readAll();
    received += chunk.size();
    const bool keep = response.ok();
    if (received > (keep ? request.max_body_bytes : kMaxErrorBody)) {
      if (keep)
        return abort_with("the body is larger than the limit of " +
                          std::to_string(request.max_body_bytes) + " bytes");
      return reply->abort();  // an endless error page: its start is enough for a message
    }
    if (keep && request.on_data) {
      if (!request.on_data(chunk.constData(), size_t(chunk.size()))) {
        stopped = true;
        reply->abort();
      }
    } else
      response.body.append(chunk.constData(), size_t(chunk.size()));
  };

  QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
    // Redirect hops report their own metadata; only the final response counts.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (request.follow_redirects && status >= 300 && status < 400 &&
        reply->hasRawHeader("Location"))
      return;
    read_head();
  });
  QObject::connect(reply, &QNetworkReply::readyRead, &loop, read_body);
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  QObject::connect(&total, &QTimer::timeout, &loop, [&] {
    abort_with("timed out after " + std::to_string(request.timeout_ms / 1000.0).substr(0, 5) +
               " s");
  });
  QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
    abort_with("no data for " + std::to_string(request.idle_timeout_ms / 1000.0).substr(0, 5) +
               " s");
  });
  QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
    if (request.cancel && request.cancel->cancelled()) {
      cancelled = true;
      abort_with("cancelled");
    }
  });
  total.start(request.timeout_ms);
  idle.start(request.idle_timeout_ms);
  poll.start(50);
  if (!reply->isFinished()) loop.exec();
  if (cancelled) throw JobCancelled("while fetching " + request.url);
  // Timeouts and stalls may pass; an oversized body will not.
  const bool stalled = failure.rfind("timed out", 0) == 0 || failure.rfind("no data", 0) == 0;
  if (!failure.empty())
    throw NetError(describe(request) + ": " + failure, response.status).set_transient(stalled);
  if (refused || stopped) return response;
  read_body();  // whatever arrived with `finished`
  if (stopped) return response;
  if (!failure.empty()) throw NetError(describe(request) + ": " + failure, response.status);

  const auto error = reply->error();
  const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  if (status == 0 ||
      (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)) {
    // No HTTP answer at all, or the connection broke part-way through the body.
    throw NetError(describe(request) + ": " + reply->errorString().toStdString(), status)
        .set_transient(!permanent_transport_error(error));
  }
  if (!head_seen) read_head();
  // Qt reports a connection closed before Content-Length bytes as a normal end; it is not.
  const std::string length = response.header("content-length");
  if (response.ok() && request.method != "HEAD" && !length.empty() &&
      std::stoll(length) != received)
    throw transient_error(describe(request) + ": the connection closed after " +
                              std::to_string(received) + " of " + length + " bytes",
                          response.status);
  return response;
}

HttpResponse fetch_ok(const HttpRequest& request) {
  HttpResponse response = http_fetch(request);
  if (!response.ok()) {
    std::string message =
        request.method + " " + request.url + ": HTTP " + std::to_string(response.status);
    if (!response.reason.empty()) message += " " + response.reason;
    throw NetError(message, response.status)
        .set_retry_after_ms(parse_retry_after_ms(response.header("retry-after")));
  }
  return response;
}

nlohmann::json parse_json_answer(const HttpRequest& request, const HttpResponse& response,
                                 const std::string& hint) {
  try {
    return nlohmann::json::parse(response.body);
  } catch (const nlohmann::json::exception&) {
    throw NetError(request.method + " " + request.url + ": the answer is not JSON" + hint);
  }
}

std::string json_string(const nlohmann::json& j, const char* key, const std::string& fallback) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

}  // namespace cds
