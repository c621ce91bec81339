#pragma once
// A condition that can recur thousands of times a second (accept failing for want of file
// descriptors, connections refused at the cap) is logged at most once per period: the first
// occurrence at once, then one line per period saying how many more there were.
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>

namespace fg::relay {

class LogThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  LogThrottle(std::function<void(const std::string&)> log, std::chrono::milliseconds period)
      : log_(std::move(log)), period_(period) {}

  // One occurrence of `what` (the text of the line).
  void note(const std::string& what, Clock::time_point now = Clock::now());
  // Writes the counts whose period ended; the server calls it on a timer.
  void flush(Clock::time_point now = Clock::now());

 private:
  struct Entry {
    Clock::time_point logged;
    std::uint64_t since = 0;  // occurrences not yet logged
  };
  void write(const std::string& what, Entry& e, Clock::time_point now);

  std::function<void(const std::string&)> log_;
  std::chrono::milliseconds period_;
  std::map<std::string, Entry> entries_;
};

}  // namespace fg::relay
