#include "ledger/hlc.h"

#include <algorithm>
#include <chrono>

namespace fg {

HybridClock::HybridClock(WallClock wall, std::int64_t last) : wall_(std::move(wall)), last_(last) {}

std::int64_t HybridClock::system_millis() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t HybridClock::now() {
  const std::int64_t physical = wall_() << kHlcCounterBits;
  last_ = std::max(physical, last_ + 1);
  return last_;
}

void HybridClock::observe(std::int64_t remote_hlc) { last_ = std::max(last_, remote_hlc); }

}  // namespace fg
