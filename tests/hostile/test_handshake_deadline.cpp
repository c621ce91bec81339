// Finding 10 of issue 11: a TLS handshake that never completes is logged as a handshake
// timeout (not an idle one), and nothing is written on a stream whose handshake is pending;
// after TLS, a client that never authenticates is cut at the same deadline, told why.
#include <catch2/catch.hpp>

#include "hostile_fixture.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;
using Clock = std::chrono::steady_clock;

TEST_CASE("handshake deadline: a TLS handshake left pending is cut, logged as such, with nothing written",
          "[hostile]") {
  // Idle and message deadlines far away: only the handshake deadline can end these.
  HostileFixture fx({"--handshake-timeout", "1", "--idle-timeout", "120", "--message-timeout", "120"});
  TcpConnection silent(fx.relay().port());  // connects, sends nothing
  TcpConnection started(fx.relay().port());
  REQUIRE(silent.connected());
  REQUIRE(started.connected());
  // The first bytes of a TLS ClientHello record, then nothing: the handshake is pending.
  REQUIRE(started.send_bytes(std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)));
  fx.station_syncs();  // during: both are open

  const auto t0 = Clock::now();
  // The relay closes both without writing a byte (an Error frame there would be garbage to
  // a TLS client, and needs a session that does not exist).
  CHECK(started.read_until_closed(std::chrono::seconds(10)) == std::optional<std::size_t>(0));
  CHECK(silent.read_until_closed(std::chrono::seconds(10)) == std::optional<std::size_t>(0));
  CHECK(Clock::now() - t0 < std::chrono::seconds(5));
  CHECK(fx.relay().process().wait_stderr("TLS handshake not completed within 1 s", std::chrono::seconds(5)));
  CHECK(fx.log_lines_with("no message for") == 0);
  fx.station_syncs();  // after
}

TEST_CASE("handshake deadline: a TLS client that never says hello is told it was not authenticated in time",
          "[hostile]") {
  HostileFixture fx({"--handshake-timeout", "1", "--idle-timeout", "120", "--message-timeout", "120"});
  auto c = fx.tls(std::chrono::seconds(10));
  fx.station_syncs();  // during
  Frame f = c->receive();
  REQUIRE(f.type == MsgType::Error);
  const ErrorMsg e = parse_error(f);
  CHECK(e.code == err::kIdle);
  CHECK_THAT(e.message, Catch::Contains("not authenticated within 1 s of connecting"));
  REQUIRE(fx.relay().process().wait_stderr("not authenticated within 1 s of connecting", std::chrono::seconds(5)));
  CHECK(fx.log_lines_with("not authenticated within 1 s of connecting") == 1);
  CHECK(fx.log_lines_with("no message for") == 0);
  fx.station_syncs();  // after
}
