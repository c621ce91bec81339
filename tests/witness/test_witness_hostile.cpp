// Hostile clients of the real fairguard-witness process, as tests/hostile/ does for the relay:
// an oversized frame, JSON nested far past any recursive walk, a message dripped a byte at a
// time, and more connections than the cap. Each is refused with a clear reason and the
// witness keeps cosigning for an honest relay during and after.
#include <catch2/catch.hpp>
#include <thread>

#include "support/temp_dir.h"
#include "sync/messages.h"
#include "sync/transport.h"
#include "witness_process.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;
using namespace std::chrono_literals;

namespace {

struct Fixture : WitnessFixture {
  std::int64_t time = kT0;
  explicit Fixture(std::vector<std::string> serve_flags = {}) : WitnessFixture(std::move(serve_flags)) {}
  // An honest relay's next head is cosigned: the witness still serves.
  void still_cosigns() {
    REQUIRE_FALSE(witness.process().wait(0ms).has_value());
    const std::uint64_t old = log.tree.size();
    log.grow(2);
    const WitnessReply r = witness.ask(log.add(old, ++time));
    REQUIRE(r.cosignature);
    CHECK(verify_cosignature(*r.cosignature, log.key.public_key(), log.head(time).head));
  }
};

// The error frame the witness answers with, or the connection's end.
std::string refusal_of(TlsClient& c) {
  try {
    const Frame f = c.receive();
    return f.type == MsgType::Error ? parse_error(f).code + ": " + parse_error(f).message : describe(f.type);
  } catch (const SyncError& e) {
    return std::string("closed: ") + e.what();
  }
}
}  // namespace

TEST_CASE("hostile witness client: an oversized frame is refused on its header, the witness keeps serving",
          "[witness]") {
  Fixture fx;
  fx.still_cosigns();
  auto c = fx.witness.connect();
  // A header announcing 16 KiB + 1: refused before a byte of the payload is buffered.
  std::string header{0, 0, 0x40, 0x01, static_cast<char>(MsgType::WitnessAdd)};
  c->send_raw(header);
  const std::string refused = refusal_of(*c);
  CHECK(refused.find("oversized_frame") != std::string::npos);
  CHECK(refused.find("limit 16384") != std::string::npos);
  // An unknown message type: garbage, refused the same way.
  auto g = fx.witness.connect();
  g->send_raw(std::string{0, 0, 0, 1, 0x7f, 'x'});
  CHECK(refusal_of(*g).find("unknown message type") != std::string::npos);
  fx.still_cosigns();
}

TEST_CASE("hostile witness client: JSON nested 10,000 deep and malformed requests get a protocol error", "[witness]") {
  Fixture fx;
  auto c = fx.witness.connect();
  c->send(Frame{MsgType::WitnessAdd, std::string(5'000, '[') + std::string(5'000, ']')});
  CHECK(refusal_of(*c).find("protocol: the witness-add message is not valid JSON") != std::string::npos);
  auto d = fx.witness.connect();
  d->send(Frame{MsgType::WitnessAdd, R"({"head":{},"log":"aa","oldSize":-1,"proof":[]})"});
  CHECK(refusal_of(*d).find("protocol: the witness-add message lacks \"log\"") != std::string::npos);
  auto e = fx.witness.connect();
  e->send(make(ErrorMsg{"x", "y"}));  // not a request
  CHECK(refusal_of(*e).find("takes witness-add messages only") != std::string::npos);
  fx.still_cosigns();
}

TEST_CASE("hostile witness client: a request dripped a byte at a time is cut by the per-message deadline",
          "[witness]") {
  Fixture fx({"--message-timeout", "1", "--idle-timeout", "60", "--handshake-timeout", "60"});
  fx.log.grow(1);
  const Frame f = make(fx.log.add(0, kT0));
  const std::string wire = encode_frame(f.type, f.payload);
  auto c = fx.witness.connect();
  const auto start = std::chrono::steady_clock::now();
  std::size_t sent = 0;
  try {
    for (; sent < wire.size() && std::chrono::steady_clock::now() - start < 10s; ++sent) {
      c->send_raw(wire.substr(sent, 1));  // each byte well within any per-byte deadline
      std::this_thread::sleep_for(100ms);
    }
  } catch (const SyncError&) {
  }
  CHECK(sent < wire.size());  // cut before the request was whole
  CHECK(std::chrono::steady_clock::now() - start < 5s);
  CHECK(fx.witness.process().wait_stderr("a message was not complete in time", 5s));
  fx.time = kT0;
  fx.log.tree = MemoryMerkleTree{};
  fx.still_cosigns();
}

TEST_CASE("hostile witness client: connections past the cap are refused, then served again", "[witness]") {
  Fixture fx({"--max-connections", "3", "--handshake-timeout", "2"});
  std::vector<std::unique_ptr<TlsClient>> held;
  for (int i = 0; i < 3; ++i) held.push_back(fx.witness.connect());  // idle: they hold the cap
  bool refused = false;
  try {
    auto extra = fx.witness.connect();
    extra->send(make(fx.log.add(0, kT0)));
    extra->receive();
  } catch (const SyncError&) {
    refused = true;
  }
  CHECK(refused);
  CHECK(fx.witness.process().wait_stderr("connection refused: 3 open, the cap", 5s));
  held.clear();  // the honest relay gets in once they are gone
  std::this_thread::sleep_for(300ms);
  fx.still_cosigns();
}
