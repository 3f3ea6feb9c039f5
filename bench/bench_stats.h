// Small measurement helpers for the benchmarks: a monotonic stopwatch, the median / min / max
// of repeated timings, and the process's peak resident memory.
#pragma once

#include <chrono>
#include <vector>

namespace cds::bench {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

struct Summary {
  double median = 0, min = 0, max = 0;
};

// The median is the mean of the two middle samples for an even count. Empty input gives zeros.
Summary summarize(std::vector<double> samples);

// Peak resident set size in MiB: VmHWM from /proc/self/status, getrusage's ru_maxrss where
// /proc is not available.
double peak_rss_mb();

// The 1-minute load average (other work on the machine skews timings), or -1 if unknown.
double load_average();

}  // namespace cds::bench
