// Hostile parsing (issue 11, finding 1 and its class), through the real fairguard-relay
// process and the real protocol: an enrolled device (or anyone, before authentication) sends
// bytes nested far deeper than any recursive walk survives. The relay refuses each with a
// clear reason, does not crash, and keeps serving a normal station's sync.
#include <catch2/catch.hpp>

#include "hostile_fixture.h"
#include "sync/messages.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;
using namespace std::chrono_literals;

namespace {

// The input of issue 11: 120 KB, 60,000 levels (30,000 survived before the fix, 60,000 crashed).
const std::string kNested = std::string(60'000, '[') + std::string(60'000, ']');

void relay_still_runs(HostileFixture& fx) { REQUIRE_FALSE(fx.relay().process().wait(0ms).has_value()); }

}  // namespace

TEST_CASE("hostile: event bytes nested 60,000 deep are refused as malformed, the relay keeps serving", "[hostile]") {
  HostileFixture fx;
  auto hostile = fx.enrol_station("hostile");
  auto c = fx.authenticated(hostile->key());
  EventsMsg m;
  m.events.push_back(WireEvent{kNested, std::string(128, '0'), ""});  // any signature: parsed first
  c->send(make(m));
  const Frame f = c->receive();
  REQUIRE(f.type == MsgType::Ack);
  const AckMsg ack = parse_ack(f);
  REQUIRE(ack.results.size() == 1);
  CHECK_FALSE(ack.results[0].ok);
  CHECK(ack.results[0].status == "malformed event");
  CHECK(ack.results[0].detail == "event bytes are not canonical JSON: JSON nests deeper than 32 levels");
  // The same session still works: the relay answers the next message.
  c->send(make_heads(MsgType::Heads, {}));
  CHECK(c->receive().type == MsgType::RelayHeads);
  relay_still_runs(fx);
  fx.station_syncs();
}

TEST_CASE("hostile: a nested body in a well-formed event, a nested frame, a nested hello", "[hostile]") {
  HostileFixture fx;
  auto hostile = fx.enrol_station("hostile");
  auto c = fx.authenticated(hostile->key());
  // Canonical-looking event text whose body nests deep: refused the same way, before any
  // signature check.
  const std::string event = R"({"blobs":[],"body":)" + kNested + R"(,"device":")" + hostile->key().public_hex() +
                            R"(","fair":"CF138","hlc":1,"officer":"o1","prev":")" + std::string(64, '0') +
                            R"(","seq":1,"time":1,"type":"case.opened","v":1})";
  EventsMsg m;
  m.events.push_back(WireEvent{event, std::string(128, '0'), ""});
  c->send(make(m));
  const Frame f = c->receive();
  REQUIRE(f.type == MsgType::Ack);
  CHECK(parse_ack(f).results.at(0).detail == "event bytes are not canonical JSON: JSON nests deeper than 32 levels");

  // The events frame itself nested deep: a protocol refusal for this session only.
  auto raw = fx.authenticated(hostile->key());
  raw->send(Frame{MsgType::Events, kNested});
  const Frame refused = raw->receive();
  REQUIRE(refused.type == MsgType::Error);
  CHECK(parse_error(refused).code == std::string(err::kProtocol));
  CHECK(parse_error(refused).message == "the events message is not a JSON object: JSON nests deeper than 32 levels");

  // Before authentication, from anyone who can reach the port: the same refusal (8,000
  // levels, as frames before authentication are capped at 16 KiB).
  auto anyone = fx.tls();
  anyone->send(Frame{MsgType::Hello, std::string(8'000, '[') + std::string(8'000, ']')});
  const Frame hello_refused = anyone->receive();
  REQUIRE(hello_refused.type == MsgType::Error);
  CHECK(parse_error(hello_refused).message ==
        "the hello message is not a JSON object: JSON nests deeper than 32 levels");
  relay_still_runs(fx);
  fx.station_syncs();
}
