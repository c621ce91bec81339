#pragma once
// Hybrid logical clock (Kulkarni et al.): one int64 = (physical milliseconds << 16) | counter.
// It never goes backwards on a device even if the wall clock does, and after receiving another
// station's events it is ahead of all of them, so the fold order respects causality.
#include <cstdint>
#include <functional>

namespace fg {

constexpr int kHlcCounterBits = 16;
inline std::int64_t hlc_millis(std::int64_t hlc) { return hlc >> kHlcCounterBits; }

class HybridClock {
 public:
  using WallClock = std::function<std::int64_t()>;  // milliseconds since the Unix epoch, UTC
  explicit HybridClock(WallClock wall = system_millis, std::int64_t last = 0);
  std::int64_t now();                      // for a local event
  void observe(std::int64_t remote_hlc);   // after receiving an event from elsewhere
  std::int64_t last() const { return last_; }
  static std::int64_t system_millis();

 private:
  WallClock wall_;
  std::int64_t last_;
};

}  // namespace fg
