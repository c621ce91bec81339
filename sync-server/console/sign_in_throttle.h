#pragma once
// Sign-in throttling, per user name and per client address (docs/console.md): after
// `free_failures` wrong passwords in a row, each further one locks that key for a delay that
// doubles, from `first_delay` up to `max_delay`. A locked key is refused without checking the
// password (429 with Retry-After). A success clears the key; a key with no failure for
// kForgetMs starts again from nothing. Bounded: at most kMaxKeys keys,
// the least recently failed forgotten first. One worker thread: no locking.
#include <cstdint>
#include <map>
#include <string>

namespace fg::relay::console {

class SignInThrottle {
 public:
  static constexpr std::size_t kMaxKeys = 10'000;
  static constexpr std::int64_t kForgetMs = 3600'000;
  SignInThrottle(int free_failures, std::int64_t first_delay_ms, std::int64_t max_delay_ms)
      : free_(free_failures), first_(first_delay_ms), max_(max_delay_ms) {}

  // Milliseconds until `key` may try again; 0 when it may now.
  std::int64_t wait_ms(const std::string& key, std::int64_t now_ms) const;
  void failed(const std::string& key, std::int64_t now_ms);
  void succeeded(const std::string& key) { entries_.erase(key); }
  int failures(const std::string& key) const;

 private:
  struct Entry {
    int failures = 0;
    std::int64_t last_failure = 0, locked_until = 0;
  };
  int free_;
  std::int64_t first_, max_;
  std::map<std::string, Entry> entries_;
};

}  // namespace fg::relay::console
