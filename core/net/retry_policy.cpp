// Retry timing (see retry_policy.h).
#include "core/net/retry_policy.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <thread>

#include <QDateTime>
#include <QString>

namespace cds {

bool is_transient_status(int status) { return status == 408 || status == 429 || status >= 500; }

int retry_delay_ms(const RetryPolicy& policy, int attempt, int retry_after_ms) {
  if (retry_after_ms >= 0) return std::min(retry_after_ms, policy.max_retry_after_ms);
  int64_t delay = std::max(0, policy.delay_ms);
  for (int i = 2; i < attempt && delay < policy.max_delay_ms; ++i) delay *= 2;
  return int(std::min<int64_t>(delay, policy.max_delay_ms));
}

int parse_retry_after_ms(const std::string& value) {
  if (value.empty()) return -1;
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return value.size() > 6 ? 1000 * 999999 : 1000 * std::stoi(value);
  // An HTTP date (RFC 7231: "Wed, 21 Oct 2015 07:28:00 GMT").
  const QDateTime when = QDateTime::fromString(QString::fromStdString(value), Qt::RFC2822Date);
  if (!when.isValid()) return -1;
  const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
  return int(std::clamp<qint64>(ms, 0, 1000 * 999999));
}

void sleep_unless_cancelled(int ms, const CancelToken* cancel, const std::string& during) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (true) {
    check_cancelled(cancel, during);
    const auto left = end - std::chrono::steady_clock::now();
    if (left <= std::chrono::milliseconds(0)) return;
    std::this_thread::sleep_for(
        std::min<std::chrono::steady_clock::duration>(left, std::chrono::milliseconds(50)));
  }
}

void throw_gave_up(const NetError& e, int tries) {
  NetError out(std::string(e.what()) +
                   (tries > 1 ? " (gave up after " + std::to_string(tries) + " tries)" : ""),
               e.http_status());
  out.set_transient(e.transient()).set_retry_after_ms(e.retry_after_ms());
  throw out;
}

}  // namespace cds
