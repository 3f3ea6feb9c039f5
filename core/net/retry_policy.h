// Bounded retries with exponential backoff for transfers that failed for a passing reason (a
// connection reset or refused, a stall, a body cut short, HTTP 5xx, 429, 408), as
// huggingface_hub's http_backoff does; permanent answers (401, 403, 404, cancel) never retry.
#pragma once

#include <functional>
#include <string>

#include "core/cancel_token.h"
#include "core/net/http_fetch.h"

namespace cds {

struct RetryPolicy {
  int max_attempts = 5;            // tries in all, the first included; 1: no retry
  int delay_ms = 1000;             // before the second try, doubling after each further failure
  int max_delay_ms = 30000;        // the doubling stops here
  int max_retry_after_ms = 60000;  // a server's Retry-After is honoured up to this
};

// One retry about to happen, for progress messages ("connection lost, retrying (2 of 5)…").
struct RetryNotice {
  int attempt = 0;  // the coming try, 2..max_attempts
  int max_attempts = 0;
  int delay_ms = 0;    // the wait before it
  std::string reason;  // what failed (the NetError's message)
};
using RetryCallback = std::function<void(const RetryNotice&)>;

// Whether an HTTP status says "try again later": 408, 429 and 5xx.
bool is_transient_status(int status);

// The wait before try `attempt` (2, 3, ...): delay_ms doubled per earlier retry and capped, or
// the server's Retry-After (seconds or an HTTP date) when it names one, within
// max_retry_after_ms.
int retry_delay_ms(const RetryPolicy& policy, int attempt, int retry_after_ms = -1);

// Parses a Retry-After header: delta seconds or an HTTP date; -1 when absent or unreadable.
int parse_retry_after_ms(const std::string& value);

// Sleeps `ms` in short slices, throwing JobCancelled as soon as `cancel` is set.
void sleep_unless_cancelled(int ms, const CancelToken* cancel, const std::string& during);

// Rethrows `e` with "(gave up after N tries)" added, keeping its status and Retry-After.
[[noreturn]] void throw_gave_up(const NetError& e, int tries);

// Calls `attempt_once` until it returns, retrying NetErrors that are transient() with backoff
// (telling `on_retry` first) up to policy.max_attempts; other exceptions pass straight through.
// The last failure is rethrown through throw_gave_up.
template <typename Fn>
auto with_retries(const RetryPolicy& policy, const CancelToken* cancel,
                  const RetryCallback& on_retry, Fn&& attempt_once) -> decltype(attempt_once()) {
  for (int attempt = 1;; ++attempt) {
    try {
      return attempt_once();
    } catch (const NetError& e) {
      if (!e.transient()) throw;
      if (attempt >= policy.max_attempts) throw_gave_up(e, attempt);
      const int delay = retry_delay_ms(policy, attempt + 1, e.retry_after_ms());
      if (on_retry) on_retry({attempt + 1, policy.max_attempts, delay, e.what()});
      sleep_unless_cancelled(delay, cancel, "while waiting to try again");
    }
  }
}

}  // namespace cds
