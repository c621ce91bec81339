// Finding 5 of issue 11: out of file descriptors, the relay must not spin on accept, and a
// station must still sync. The relay runs with RLIMIT_NOFILE 128 and 1,100 idle TCP
// connections arrive at once.
#include <catch2/catch.hpp>
#include <iostream>
#include <thread>

#include "hostile_fixture.h"

using namespace fg;
using namespace fg::test;
using Clock = std::chrono::steady_clock;

TEST_CASE("fd flood: at 128 open files the relay keeps syncing a station, does not spin and logs little", "[hostile]") {
  HostileFixture fx({}, 128);
  // It fits its connection cap under the limit and says so.
  CHECK(fx.relay().process().wait_stderr("open-file limit is 128", std::chrono::seconds(5)));
  const pid_t pid = fx.relay_pid();
  const auto wall0 = Clock::now();
  const auto before = process_usage(pid);

  std::vector<std::unique_ptr<TcpConnection>> flood;
  for (int i = 0; i < 1100; ++i) flood.push_back(std::make_unique<TcpConnection>(fx.relay().port()));
  std::size_t connected = 0;
  for (const auto& c : flood) connected += c->connected();
  CHECK(connected > 1000);  // the kernel's backlog took them: the relay has to deal with them

  fx.station_syncs();  // during the flood
  // Measure the relay over a few seconds with the flood still open.
  std::this_thread::sleep_for(std::chrono::seconds(3));
  const auto during = process_usage(pid);
  const double wall = std::chrono::duration<double>(Clock::now() - wall0).count();
  const double cpu = during.cpu_seconds - before.cpu_seconds;
  std::cout << "fd flood (1,100 idle TCP connections, RLIMIT_NOFILE 128): relay CPU " << cpu << " s in " << wall
            << " s wall (" << 100 * cpu / wall << " %), RSS " << before.rss_kib << " -> " << during.rss_kib << " KiB\n";
  CHECK(cpu < 0.25 * wall);  // a busy loop would use all of it
  // At most one accept-failure line per second (the old relay wrote ~400,000 a second).
  CHECK(fx.log_lines_with("accept failed") <= static_cast<std::size_t>(wall) + 2);
  CHECK(fx.relay().process().err().size() < 1024 * 1024);

  flood.clear();
  fx.station_syncs();  // after
}
