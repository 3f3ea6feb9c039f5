// The engine's one way to stop a long job from another thread, used by training, generation,
// class pictures (drawn by the model or gathered from the web) and downloads alike:
//   - the caller creates a CancelToken and passes its address in the job's options (nullptr:
//     the job cannot be stopped); cancel() may be called from any thread;
//   - the job checks it between its units of work (a step, an image, a chunk of a download),
//     leaves what it made usable (a checkpoint saved, the pictures kept, a partial download
//     kept for resuming) and then throws JobCancelled;
//   - progress goes to a std::function the job's options carry, called on the job's thread.
// A JobCancelled is not a failure: callers catch it before CoreError and say "Stopped".
#pragma once

#include <atomic>
#include <string>

#include "core/error.h"

namespace cds {

class JobCancelled : public CoreError {
 public:
  explicit JobCancelled(const std::string& during) : CoreError("stopped " + during) {}
};

class CancelToken {
 public:
  void cancel() { cancelled_ = true; }
  bool cancelled() const { return cancelled_; }
  // Throws JobCancelled("while <during>") when cancelled.
  void check(const std::string& during) const {
    if (cancelled_) throw JobCancelled(during);
  }

 private:
  std::atomic<bool> cancelled_{false};
};

// For options that hold a token pointer: throws when `token` is set and cancelled.
inline void check_cancelled(const CancelToken* token, const std::string& during) {
  if (token) token->check(during);
}

}  // namespace cds
