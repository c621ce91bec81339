// The connection cap (serve --max-connections): the N+1th connection is refused at once
// while N stations hold sessions, an idle unauthenticated connection is shed to make room,
// and a device holds one session at a time.
#include <catch2/catch.hpp>
#include <thread>

#include "hostile_fixture.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;
using Clock = std::chrono::steady_clock;

TEST_CASE("at the connection cap with every slot an authenticated session, the next connection is refused",
          "[hostile]") {
  HostileFixture fx({"--max-connections", "3"});
  std::vector<std::unique_ptr<relay::SimStation>> others;
  std::vector<std::unique_ptr<TlsClient>> sessions;
  std::size_t syncs = 1;  // the fixture's station enrolled
  for (const char* name : {"a", "b", "c"}) {
    others.push_back(fx.enrol_station(name));
    // The enrolment's connection counts until the relay has seen it close.
    ++syncs;
    REQUIRE(eventually([&] { return fx.log_lines_with(" ended: ") >= syncs; }, std::chrono::seconds(10)));
    sessions.push_back(fx.authenticated(others.back()->key()));
  }
  // A fourth connection: closed at once, counted in the log.
  fx.station().take_complaint(*std::make_unique<std::mt19937_64>(1), 0);
  CHECK_THROWS_AS(fx.station().sync({}, std::chrono::seconds(10)), SyncError);
  // The relay's stderr reaches the test through a pipe: wait for the line, do not race it.
  REQUIRE(
      fx.relay().process().wait_stderr("connection refused: 3 authenticated sessions open", std::chrono::seconds(5)));
  CHECK(fx.log_lines_with("connection refused: 3 authenticated sessions open") == 1);

  const std::size_t ended = fx.log_lines_with(" ended: ");
  sessions.pop_back();  // one station leaves
  REQUIRE(eventually([&] { return fx.log_lines_with(" ended: ") > ended; }, std::chrono::seconds(10)));
  fx.station_syncs();  // after: room again
  sessions.clear();
  fx.station_syncs();
}

TEST_CASE("at the connection cap an idle unauthenticated connection is shed so that a station still syncs",
          "[hostile]") {
  HostileFixture fx({"--max-connections", "8"});
  std::vector<std::unique_ptr<TcpConnection>> idle;
  for (int i = 0; i < 8; ++i) idle.push_back(std::make_unique<TcpConnection>(fx.relay().port()));
  fx.station_syncs();  // during: the oldest idle connection made room
  CHECK(idle.front()->closed_by_peer(std::chrono::seconds(5)));
  std::vector<std::unique_ptr<TlsClient>> idle_tls;
  for (int i = 0; i < 8; ++i) idle_tls.push_back(fx.tls());  // TLS done, no hello
  fx.station_syncs();
  idle.clear();
  idle_tls.clear();
  fx.station_syncs();  // after
}

TEST_CASE("one session per device: a second session of the same device ends the first", "[hostile]") {
  HostileFixture fx;
  auto other = fx.enrol_station("other");
  auto first = fx.authenticated(other->key());
  auto second = fx.authenticated(other->key());
  // Closed by the relay at once (not a timeout of the client's 20 s, nor the relay's idle 60 s).
  const auto t0 = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(first->receive(), SyncError);
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));
  REQUIRE(fx.relay().process().wait_stderr("replaced by a newer session of the same device", std::chrono::seconds(5)));
  CHECK(fx.log_lines_with("replaced by a newer session of the same device") == 1);
  second->send(make_heads(MsgType::Pull, {}));
  CHECK(second->receive().type == MsgType::Events);
  fx.station_syncs();
}
