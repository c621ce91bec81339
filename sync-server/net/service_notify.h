#pragma once
// systemd's service notifications (libsystemd's sd_notify; the unit says Type=notify):
// READY=1 once the relay listens, RELOADING=1 then READY=1 around a reload (SIGHUP),
// STOPPING=1 when it stops, and WATCHDOG=1 pings when the unit sets WatchdogSec. Outside
// systemd (no NOTIFY_SOCKET) every call does nothing.
#include <chrono>
#include <optional>
#include <string>

namespace fg::relay {

// Sends `state` ("READY=1\nSTATUS=...") to the service manager; false when there is none.
bool notify_service(const std::string& state);

// Sends WATCHDOG=1 when systemd asked for it and half its interval has passed since the last
// ping. Called from the io thread's housekeeping, so a wedged io thread stops the pings and
// systemd restarts the relay.
class WatchdogPinger {
 public:
  WatchdogPinger();
  bool enabled() const { return interval_.has_value(); }
  void tick();

 private:
  std::optional<std::chrono::microseconds> interval_;  // WatchdogSec, when set
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace fg::relay
