// Every refusal the relay makes: a clear error to the client, and the relay keeps serving.
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "relay_fixture.h"
#include "fairconfig/enrolment_payload.h"
#include "sync/tls_client.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;

namespace {

struct Fixture {
  InProcessRelay relay;
  TempDir tmp;
  std::unique_ptr<relay::SimStation> good;
  std::mt19937_64 rng{5};

  explicit Fixture(relay::ServerOptions o = {}) : relay(o) {
    good = std::make_unique<relay::SimStation>(tmp.path() / "good", kFair);
    good->enrol(relay.payload("good"));
  }
  // The relay still serves a well-behaved station, new events and all.
  void good_station_still_syncs() {
    good->take_complaint(rng, 8);
    auto r = good->sync();
    CHECK(r.report.events_refused == 0);
    CHECK(r.report.problems.empty());
    CHECK(r.report.relay_head == good->store().head_seq(good->key().public_hex()));
  }
  std::unique_ptr<TlsClient> connect() {
    return std::make_unique<TlsClient>("127.0.0.1", relay.port(), relay.data().cert_fingerprint(),
                                       std::chrono::seconds(10));
  }
  // Hello with `key`, returns the nonce.
  Bytes hello(TlsClient& c, const KeyPair& key, const std::string& fair = kFair, int proto = kProtocolVersion) {
    c.send(make(Hello{proto, key.public_hex(), fair, "test"}));
    Frame f = c.receive();
    if (f.type == MsgType::Error) throw SyncError(parse_error(f).code, parse_error(f).message);
    return *from_hex(parse_challenge(f).nonce);
  }
  std::string proof(const KeyPair& signer, const KeyPair& device, const Bytes& nonce) {
    return to_hex(signer.sign(auth_message(nonce, *from_hex(relay.data().cert_fingerprint()), device.public_key())));
  }
  // Expects an Error frame and returns it.
  ErrorMsg refusal(TlsClient& c) {
    Frame f = c.receive();
    REQUIRE(f.type == MsgType::Error);
    return parse_error(f);
  }
  // An authenticated raw session for an enrolled station's key.
  std::unique_ptr<TlsClient> authenticated(const KeyPair& key) {
    auto c = connect();
    auto nonce = hello(*c, key);
    c->send(make(Auth{proof(key, key, nonce)}));
    REQUIRE(c->receive().type == MsgType::Welcome);
    return c;
  }
};

Event event_of(const KeyPair& key, std::int64_t seq, const std::string& prev, const std::string& note) {
  Event e;
  e.fair = kFair;
  e.device = key.public_hex();
  e.seq = seq;
  e.prev = prev;
  e.time = 1790000000000 + seq;
  e.hlc = e.time << 16;
  e.officer = "o1";
  e.type = "case.opened";
  e.body = Json{{"note", note}};
  return e;
}

AckMsg push(TlsClient& c, const std::vector<SignedEvent>& events) {
  EventsMsg m;
  for (const auto& e : events) m.events.push_back(to_wire(e));
  c.send(make(m));
  Frame f = c.receive();
  REQUIRE(f.type == MsgType::Ack);
  return parse_ack(f);
}

}  // namespace

TEST_CASE("refused: a device key that was never enrolled", "[relay]") {
  Fixture fx;
  auto stranger = KeyPair::generate();
  auto c = fx.connect();
  auto nonce = fx.hello(*c, stranger);
  c->send(make(Auth{fx.proof(stranger, stranger, nonce)}));
  auto e = fx.refusal(*c);
  CHECK(e.code == err::kUnenrolled);
  CHECK_THAT(e.message, Catch::Contains("not enrolled") && Catch::Contains("fairguard-relay enroll"));
  fx.good_station_still_syncs();
}

TEST_CASE("refused: a revoked device, which also cannot enrol again", "[relay]") {
  Fixture fx;
  relay::SimStation victim(fx.tmp.path() / "victim", kFair);
  victim.enrol(fx.relay.payload("victim"));
  fx.relay.data().revoke_device(victim.code());
  try {
    victim.sync();
    FAIL("a revoked device was served");
  } catch (const SyncError& e) {
    CHECK(e.code() == err::kRevoked);
    CHECK_THAT(e.what(), Catch::Contains("revoked"));
  }
  auto c = fx.connect();
  auto nonce = fx.hello(*c, victim.key());
  const std::string token = parse_enrolment_payload(fx.relay.payload("again")).payload->token;
  c->send(make(Enrol{token, fx.proof(victim.key(), victim.key(), nonce), "again"}));
  CHECK(fx.refusal(*c).code == err::kRevoked);
  fx.good_station_still_syncs();
  // The good station learns of the revocation from the signed configuration.
  CHECK_FALSE(fx.good->store().is_trusted(victim.key().public_hex()));
}

TEST_CASE("refused: a reused enrolment token and an expired one", "[relay]") {
  Fixture fx;
  const std::string payload = fx.relay.payload("first");
  relay::SimStation first(fx.tmp.path() / "first", kFair);
  first.enrol(payload);
  relay::SimStation second(fx.tmp.path() / "second", kFair);
  try {
    second.enrol(payload);
    FAIL("a used token enrolled a second device");
  } catch (const SyncError& e) {
    CHECK(e.code() == err::kToken);
    CHECK_THAT(e.what(), Catch::Contains("already used"));
  }
  auto t = fx.relay.data().issue_enrolment_token("late", std::chrono::minutes(0));
  const std::string expired =
      EnrolmentPayload{"127.0.0.1", fx.relay.port(), fx.relay.data().cert_fingerprint(), kFair, t.token}.to_text();
  try {
    second.enrol(expired);
    FAIL("an expired token enrolled a device");
  } catch (const SyncError& e) {
    CHECK(e.code() == err::kToken);
    CHECK_THAT(e.what(), Catch::Contains("expired"));
  }
  CHECK_FALSE(second.enrolled());
  fx.good_station_still_syncs();
}

TEST_CASE("refused: a challenge signed by another key", "[relay]") {
  Fixture fx;
  auto thief = KeyPair::generate();
  auto c = fx.connect();
  auto nonce = fx.hello(*c, fx.good->key());  // claims the good station's key
  c->send(make(Auth{fx.proof(thief, fx.good->key(), nonce)}));
  auto e = fx.refusal(*c);
  CHECK(e.code == err::kSignature);
  CHECK_THAT(e.message, Catch::Contains("does not verify"));
  fx.good_station_still_syncs();
}

TEST_CASE("refused: wrong fair and unsupported protocol version in hello", "[relay]") {
  Fixture fx;
  auto c = fx.connect();
  CHECK_THROWS_MATCHES(
      fx.hello(*c, fx.good->key(), "CF139"), SyncError,
      Catch::Matchers::Predicate<SyncError>([](const SyncError& e) { return e.code() == err::kWrongFair; }));
  auto c2 = fx.connect();
  CHECK_THROWS_MATCHES(
      fx.hello(*c2, fx.good->key(), kFair, 99), SyncError,
      Catch::Matchers::Predicate<SyncError>([](const SyncError& e) { return e.code() == err::kVersion; }));
  fx.good_station_still_syncs();
}

TEST_CASE("refused per event: bad signature, chain gap, fork, another device's event", "[relay]") {
  Fixture fx;
  relay::SimStation st(fx.tmp.path() / "st", kFair);
  st.enrol(fx.relay.payload("st"));
  auto c = fx.authenticated(st.key());
  auto other = KeyPair::generate();

  auto e1 = sign_event(event_of(st.key(), 1, kZeroHash, "first"), st.key());
  auto forged = sign_event(event_of(st.key(), 2, e1.hash_hex(), "forged"), other);  // signed by another key
  forged.event.device = st.key().public_hex();
  auto gap = sign_event(event_of(st.key(), 5, e1.hash_hex(), "gap"), st.key());
  auto rival = sign_event(event_of(st.key(), 1, kZeroHash, "rival"), st.key());
  auto foreign = sign_event(event_of(other, 1, kZeroHash, "foreign"), other);

  auto ack = push(*c, {e1, forged});
  REQUIRE(ack.results.size() == 2);
  CHECK(ack.results[0].ok);
  CHECK_FALSE(ack.results[1].ok);
  CHECK_THAT(ack.results[1].status, Catch::Contains("bad signature"));
  CHECK(ack.head == 1);

  ack = push(*c, {gap});
  CHECK_FALSE(ack.results[0].ok);
  CHECK_THAT(ack.results[0].status, Catch::Contains("gap"));

  ack = push(*c, {rival});
  CHECK_FALSE(ack.results[0].ok);
  CHECK_THAT(ack.results[0].status, Catch::Contains("fork"));

  ack = push(*c, {foreign});
  CHECK(ack.results[0].status == "not_own_device");

  ack = push(*c, {e1});  // a resend after a lost ack is fine
  CHECK(ack.results[0].ok);
  CHECK(ack.head == 1);
  CHECK(fx.relay.data().events().head_seq(st.key().public_hex()) == 1);
  fx.good_station_still_syncs();
}

TEST_CASE("refused: an oversized frame and garbage bytes close only that connection", "[relay]") {
  Fixture fx;
  {
    auto c = fx.connect();
    fx.hello(*c, fx.good->key());
    c->send_raw(std::string("\x00\x20\x00\x00\x12", 5));  // announces 2 MiB
    auto e = fx.refusal(*c);
    CHECK(e.code == err::kOversized);
    CHECK_THAT(e.message, Catch::Contains("2097152"));
  }
  {
    auto c = fx.connect();
    c->send_raw(std::string("\x00\x00\x00\x02\xee{}", 7));
    auto e = fx.refusal(*c);
    CHECK(e.code == err::kGarbage);
  }
  {
    auto c = fx.connect();
    c->send_raw(encode_frame(MsgType::Hello, "this is not json"));
    CHECK(fx.refusal(*c).code == err::kProtocol);
  }
  {
    // Not even TLS: plain bytes to the TLS port.
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(fx.relay.port());
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    const char junk[] = "GET / HTTP/1.0\r\n\r\n";
    CHECK(::write(fd, junk, sizeof junk - 1) > 0);
    char buf[256];
    timeval tv{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    while (::read(fd, buf, sizeof buf) > 0) {
    }  // the relay closes it
    ::close(fd);
  }
  fx.good_station_still_syncs();
}

TEST_CASE("refused: a stalled station is closed by the idle watchdog", "[relay]") {
  relay::ServerOptions o;
  o.idle_timeout = std::chrono::milliseconds(800);
  Fixture fx(o);
  auto c = fx.connect();
  fx.hello(*c, fx.good->key());
  const auto t0 = std::chrono::steady_clock::now();
  auto e = fx.refusal(*c);  // nothing more sent: the relay gives up
  const auto waited = std::chrono::steady_clock::now() - t0;
  CHECK(e.code == err::kIdle);
  CHECK_THAT(e.message, Catch::Contains("no message"));
  CHECK(waited >= std::chrono::milliseconds(700));
  CHECK(waited < std::chrono::seconds(8));
  fx.good_station_still_syncs();
}

TEST_CASE("refused locally: a relay whose certificate is not the pinned one", "[relay]") {
  Fixture fx;
  const std::string wrong(64, 'a');
  try {
    TlsClient c("127.0.0.1", fx.relay.port(), wrong, std::chrono::seconds(5));
    FAIL("connected to an unpinned certificate");
  } catch (const SyncError& e) {
    CHECK(e.code() == err::kCertificate);
    CHECK_THAT(e.what(), Catch::Contains(fx.relay.data().cert_fingerprint()) && Catch::Contains("pinned"));
  }
  fx.good_station_still_syncs();
}

// The station shows "offline" (not a fault) when nothing answers: the code says so.
TEST_CASE("no relay listening: the client says unreachable, not a network fault", "[relay]") {
  // A port that was free a moment ago: bound, then closed, so nothing listens on it.
  const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(probe >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(probe, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  socklen_t len = sizeof addr;
  REQUIRE(::getsockname(probe, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
  const std::uint16_t port = ntohs(addr.sin_port);
  ::close(probe);
  try {
    TlsClient c("127.0.0.1", port, std::string(64, 'a'), std::chrono::seconds(5));
    FAIL("connected to a port nothing listens on");
  } catch (const SyncError& e) {
    CHECK(e.code() == "unreachable");
    CHECK_THAT(e.what(), Catch::Contains("cannot connect to relay 127.0.0.1:" + std::to_string(port)));
  }
}
