#include "console/sign_in_throttle.h"

#include <algorithm>

namespace fg::relay::console {

std::int64_t SignInThrottle::wait_ms(const std::string& key, std::int64_t now_ms) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return 0;
  return std::max<std::int64_t>(0, it->second.locked_until - now_ms);
}

int SignInThrottle::failures(const std::string& key) const {
  auto it = entries_.find(key);
  return it == entries_.end() ? 0 : it->second.failures;
}

void SignInThrottle::failed(const std::string& key, std::int64_t now_ms) {
  if (!entries_.contains(key) && entries_.size() >= kMaxKeys) {
    auto oldest = entries_.begin();
    for (auto it = entries_.begin(); it != entries_.end(); ++it)
      if (it->second.last_failure < oldest->second.last_failure) oldest = it;
    entries_.erase(oldest);
  }
  Entry& e = entries_[key];
  if (now_ms - e.last_failure > kForgetMs) e.failures = 0;
  e.failures = std::min(e.failures + 1, 1000);
  e.last_failure = now_ms;
  if (e.failures >= free_) {
    const int doublings = std::min(e.failures - free_, 30);
    e.locked_until = now_ms + std::min(max_, first_ << doublings);
  }
}

}  // namespace fg::relay::console
