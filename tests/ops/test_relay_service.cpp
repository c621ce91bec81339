// The real `fairguard-relay serve` under systemd's notification protocol (Type=notify): the
// test plays systemd's side of NOTIFY_SOCKET.
#include <signal.h>

#include <catch2/catch.hpp>

#include "hostile_fixture.h"
#include "notify_socket.h"
#include "relay_process.h"

using namespace fg;
using namespace fg::test;
using namespace std::chrono_literals;

TEST_CASE("serve tells systemd READY once it listens, pings the watchdog, reloads and stops cleanly", "[ops]") {
  TempDir tmp;
  NotifySocket systemd(tmp.path() / "notify");
  RelayProcess relay(tmp.path() / "relay");
  {
    ScopedEnv socket("NOTIFY_SOCKET", systemd.path().string());
    ScopedEnv watchdog("WATCHDOG_USEC", "2000000");  // WatchdogSec=2: a ping at least every second
    relay.start();
  }
  const auto ready = systemd.wait_for("READY=1", 10s);
  REQUIRE(ready);
  CHECK_THAT(*ready, Catch::Contains("STATUS=serving fair CF138 on 127.0.0.1:" + std::to_string(relay.port())));
  // READY means a station can connect now.
  TcpConnection probe(relay.port());
  CHECK(probe.connected());

  // Two pings in a row, each within the interval: the io thread is alive.
  CHECK(systemd.wait_for("WATCHDOG=1", 3s));
  CHECK(systemd.wait_for("WATCHDOG=1", 3s));

  relay.process().signal(SIGHUP);
  CHECK(systemd.wait_for("RELOADING=1", 10s));
  const auto reloaded = systemd.wait_for("READY=1", 10s);
  REQUIRE(reloaded);
  CHECK_THAT(*reloaded, Catch::Contains("STATUS=reloaded: relay.json unchanged"));

  relay.stop(SIGTERM);
  CHECK(relay.last_exit() == 0);
  CHECK(systemd.wait_for("STOPPING=1", 1s));
}

TEST_CASE("serve without systemd (no NOTIFY_SOCKET) runs as before and a SIGHUP does not end it", "[ops]") {
  TempDir tmp;
  RelayProcess relay(tmp.path() / "relay");
  relay.start();
  relay.process().signal(SIGHUP);
  REQUIRE(relay.process().wait_stderr("reloaded:", 10s));
  CHECK_FALSE(relay.process().wait(200ms));  // still running
  TcpConnection probe(relay.port());
  CHECK(probe.connected());
  relay.stop(SIGTERM);
  CHECK(relay.last_exit() == 0);
}
