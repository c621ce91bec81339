#include "net/log_throttle.h"

namespace fg::relay {

void LogThrottle::note(const std::string& what, Clock::time_point now) {
  auto [it, fresh] = entries_.try_emplace(what);
  ++it->second.since;
  if (fresh || now - it->second.logged >= period_) write(what, it->second, now);
}

void LogThrottle::flush(Clock::time_point now) {
  for (auto it = entries_.begin(); it != entries_.end();) {
    if (now - it->second.logged < period_) {
      ++it;
    } else if (it->second.since > 0) {
      write(it->first, it->second, now);
      ++it;
    } else {
      it = entries_.erase(it);  // quiet for a whole period: the next occurrence is logged at once
    }
  }
}

void LogThrottle::write(const std::string& what, Entry& e, Clock::time_point now) {
  if (e.since == 1)
    log_(what);
  else
    log_(what + " (" + std::to_string(e.since) + " times in the last " + std::to_string(period_.count()) + " ms)");
  e.since = 0;
  e.logged = now;
}

}  // namespace fg::relay
