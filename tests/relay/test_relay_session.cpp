// The relay's protocol logic without sockets: bytes in, bytes out.
#include <catch2/catch.hpp>

#include "crypto/sha256.h"
#include "net/relay_session.h"
#include "relay_fixture.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;

namespace {
std::vector<Frame> frames_of(const std::string& wire) {
  FrameDecoder d;
  REQUIRE(d.feed(wire));
  std::vector<Frame> out;
  while (auto f = d.next()) out.push_back(std::move(*f));
  return out;
}
std::string wire(const Frame& f) { return encode_frame(f.type, f.payload); }
}  // namespace

TEST_CASE("relay session without sockets: enrol byte by byte, then a garbage frame closes it", "[relay]") {
  TempDir tmp;
  make_relay_folder(tmp.path() / "relay");
  relay::RelayData data(tmp.path() / "relay");
  std::vector<std::string> log;
  relay::RelaySession session(data, "test-peer", [&](const std::string& l) { log.push_back(l); });
  auto key = KeyPair::generate();

  // Hello split into single bytes: nothing comes back until the frame is whole.
  const std::string hello = wire(make(Hello{kProtocolVersion, key.public_hex(), kFair, "unit"}));
  relay::RelaySession::Output out;
  for (char c : hello) {
    CHECK(out.wire.empty());
    out = session.on_bytes(as_bytes(std::string_view(&c, 1)));
  }
  auto got = frames_of(out.wire);
  REQUIRE(got.size() == 1);
  auto nonce = *from_hex(parse_challenge(got[0]).nonce);
  CHECK(nonce.size() == 32);

  const auto token = data.issue_enrolment_token("unit", std::chrono::minutes(5));
  const auto sig = to_hex(key.sign(auth_message(nonce, *from_hex(data.cert_fingerprint()), key.public_key())));
  out = session.on_bytes(as_bytes(wire(make(Enrol{token.token, sig, "unit"}))));
  got = frames_of(out.wire);
  REQUIRE(got.size() == 1);
  auto pending = parse_welcome(got[0]);
  CHECK(pending.pending);
  CHECK(pending.station_code.empty());
  CHECK(pending.bureau_key == data.bureau_key().public_hex());
  CHECK_FALSE(data.device_allowed(key.public_hex()));  // not until the station confirms
  CHECK(data.open_token_count() == 1);

  // The configuration in chunks, then the confirm spends the token.
  std::string config;
  while (config.size() < pending.config_size) {
    out = session.on_bytes(as_bytes(wire(make_config_get({pending.config_sha256, config.size()}))));
    got = frames_of(out.wire);
    REQUIRE(got.size() == 1);
    config += parse_config_chunk(got[0]).data;
  }
  CHECK(sha256_hex(as_bytes(config)) == pending.config_sha256);
  CHECK(verify_fair_config(config, data.bureau_key().public_key()));
  out = session.on_bytes(as_bytes(wire(make_empty(MsgType::EnrolConfirm))));
  got = frames_of(out.wire);
  REQUIRE(got.size() == 1);
  auto w = parse_welcome(got[0]);
  CHECK(w.enrolled_now);
  CHECK_FALSE(w.pending);
  CHECK(w.station_code == "S01");
  CHECK(data.device_allowed(key.public_hex()));
  CHECK(data.open_token_count() == 0);

  // Enrolled: an earlier configuration this relay signed (the one announced before the
  // confirm, which did not list this device yet) is served by its hash too: a station checks
  // the events it pulls against the configuration each names.
  REQUIRE(w.config_sha256 != pending.config_sha256);
  out = session.on_bytes(as_bytes(wire(make_config_get({pending.config_sha256, 0}))));
  got = frames_of(out.wire);
  REQUIRE(got.size() == 1);
  const BlobChunk earlier = parse_config_chunk(got[0]);
  CHECK(earlier.hash == pending.config_sha256);
  CHECK(earlier.total == config.size());
  CHECK(earlier.data == config.substr(0, earlier.data.size()));

  out = session.on_bytes(as_bytes(std::string_view("\0\0\0\0\xee", 5)));
  got = frames_of(out.wire);
  REQUIRE(got.size() == 1);
  CHECK(parse_error(got[0]).code == err::kGarbage);
  CHECK(out.close);
  CHECK(session.closed());
  session.on_closed("");
  REQUIRE_FALSE(log.empty());
  CHECK_THAT(log.back(), Catch::Contains("test-peer S01 ended: garbage"));
  CHECK(data.sync_log(key.public_hex()).size() == 1);
}
