#include "net/service_notify.h"

#include <systemd/sd-daemon.h>

namespace fg::relay {

bool notify_service(const std::string& state) { return ::sd_notify(0, state.c_str()) > 0; }

WatchdogPinger::WatchdogPinger() {
  std::uint64_t usec = 0;
  if (::sd_watchdog_enabled(0, &usec) > 0 && usec > 0) interval_ = std::chrono::microseconds(usec);
}

void WatchdogPinger::tick() {
  if (!interval_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < *interval_ / 2) return;
  last_ = now;
  notify_service("WATCHDOG=1");
}

}  // namespace fg::relay
