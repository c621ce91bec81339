#include "ledger/hlc.h"

#include <algorithm>
#include <chrono>

namespace fg {

HybridClock::HybridClock(WallClock wall, std::int64_t last) : wall_(std::move(wall)), last_(last) {}

std::int64_t HybridClock::system_millis() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t HybridClock::physical_millis() const { return std::clamp(wall_(), kHlcMinMillis, kHlcMaxMillis - 1); }

std::int64_t HybridClock::now() {
  if (last_ >= kHlcMax)
    throw ClockExhausted("the event clock has reached its end (year 2100): this device's chain holds an absurd time");
  last_ = std::max(physical_millis() << kHlcCounterBits, last_ + 1);
  return last_;
}

bool HybridClock::observe(std::int64_t remote_hlc) {
  if (!hlc_in_range(remote_hlc)) return false;
  const std::int64_t limit = (physical_millis() + kMaxAdoptAheadMillis) << kHlcCounterBits;
  if (remote_hlc > limit) return false;
  last_ = std::max(last_, remote_hlc);
  return true;
}

void HybridClock::follow(std::int64_t own_hlc) { last_ = std::max(last_, own_hlc); }

}  // namespace fg
