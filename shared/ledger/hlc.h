#pragma once
// Hybrid logical clock (Kulkarni et al.): one int64 = (physical milliseconds << 16) | counter.
// It never goes backwards on a device even if the wall clock does, and after receiving another
// station's events it is ahead of them, so the fold order respects causality; but it never
// adopts a value far ahead of its own wall clock (docs/event-format.md, "Clocks"): one tablet
// with an absurd clock, or a hostile one, cannot drag every other station's clock with it.
#include <cstdint>
#include <functional>
#include <stdexcept>

namespace fg {

constexpr int kHlcCounterBits = 16;
inline std::int64_t hlc_millis(std::int64_t hlc) { return hlc >> kHlcCounterBits; }

// The sane absolute range of an event's hlc: physical part from 2020-01-01T00:00:00Z up to
// (not including) 2100-01-01T00:00:00Z. Events outside it are refused at decode; a wall clock
// outside it (a tablet whose battery died boots in 1970) is read as the nearest end. The top
// is far below 2^63, so no clock arithmetic near it can overflow.
inline constexpr std::int64_t kHlcMinMillis = 1'577'836'800'000;  // 2020-01-01T00:00:00Z
inline constexpr std::int64_t kHlcMaxMillis = 4'102'444'800'000;  // 2100-01-01T00:00:00Z
inline constexpr std::int64_t kHlcMin = kHlcMinMillis << kHlcCounterBits;
inline constexpr std::int64_t kHlcMax = (kHlcMaxMillis << kHlcCounterBits) - 1;
inline bool hlc_in_range(std::int64_t hlc) { return hlc >= kHlcMin && hlc <= kHlcMax; }

// A remote value more than this ahead of the local wall clock is not adopted. Ten minutes:
// tablets that keep network time agree within seconds, one whose clock drifted a few minutes
// still orders causally, and anything further is a wrong clock (or an attack) whose value
// would otherwise push every station's events into the future for the rest of the fair.
inline constexpr std::int64_t kMaxAdoptAheadMillis = 10 * 60 * 1000;

// Thrown by now() when the clock has reached kHlcMax (only a chain that already holds such a
// value can get there): refusing is better than wrapping round and breaking the chain.
class ClockExhausted : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class HybridClock {
 public:
  using WallClock = std::function<std::int64_t()>;  // milliseconds since the Unix epoch, UTC
  explicit HybridClock(WallClock wall = system_millis, std::int64_t last = 0);
  std::int64_t now();  // for a local event; throws ClockExhausted
  // After receiving an event from elsewhere: adopts it unless it is out of range or more than
  // kMaxAdoptAheadMillis ahead of the wall clock. Returns whether it was adopted.
  bool observe(std::int64_t remote_hlc);
  // This device's own chain: its next event must come after `own_hlc` whatever the wall
  // clock says (the chain rule), so it is adopted without the bound.
  void follow(std::int64_t own_hlc);
  std::int64_t last() const { return last_; }
  // The wall clock as it reads (the event's `time`), and read into the sane range.
  std::int64_t wall_millis() const { return wall_(); }
  std::int64_t physical_millis() const;
  // Tests play a tablet whose clock is wrong.
  void set_wall(WallClock wall) { wall_ = std::move(wall); }
  static std::int64_t system_millis();

 private:
  WallClock wall_;
  std::int64_t last_;
};

}  // namespace fg
