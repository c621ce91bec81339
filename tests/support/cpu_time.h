#pragma once
// Benchmark timing in this thread's CPU time, so that other work on a shared machine does not
// count: the best of `rounds` runs of f, in milliseconds.
#include <algorithm>
#include <ctime>

namespace fg::test {

inline double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

template <class F>
double best_cpu_ms(int rounds, F&& f) {
  double best = 1e300;
  for (int r = 0; r < rounds; ++r) {
    const double start = thread_cpu_ms();
    f();
    best = std::min(best, thread_cpu_ms() - start);
  }
  return best;
}

}  // namespace fg::test
