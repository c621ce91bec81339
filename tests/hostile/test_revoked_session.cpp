// Finding 8 of issue 11: revoking a device ends what its open session may still receive.
#include <catch2/catch.hpp>

#include "hostile_fixture.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;

namespace {
void revoke(HostileFixture& fx, const relay::SimStation& device) {
  auto r = fx.relay().admin({"revoke", "--device", device.code()});
  REQUIRE(r.code == 0);
}
}  // namespace

TEST_CASE("a device revoked during its session gets no more pulls", "[hostile]") {
  HostileFixture fx;
  fx.station_syncs();
  auto thief = fx.enrol_station("thief");
  auto session = fx.authenticated(thief->key());
  session->send(make_heads(MsgType::Pull, {}));
  Frame f = session->receive();
  REQUIRE(f.type == MsgType::Events);
  CHECK_FALSE(parse_events(f).events.empty());

  revoke(fx, *thief);
  fx.station_syncs();  // new cases the thief must not receive
  session->send(make_heads(MsgType::Pull, {}));
  f = session->receive();
  REQUIRE(f.type == MsgType::Error);
  CHECK(parse_error(f).code == err::kRevoked);
  fx.station_syncs();
}

TEST_CASE("a device revoked during a blob download gets no more of it", "[hostile]") {
  HostileFixture fx;
  std::mt19937_64 rng(9);
  fx.station().take_complaint(rng, 32 * 1024);  // a 32 MiB video
  REQUIRE(fx.station().sync().report.problems.empty());
  std::string hash;
  std::uint64_t total = 0;
  for (const auto& e : fx.station().store().read(fx.station().key().public_hex(), 1))
    for (const auto& b : e.event.blobs)
      if (fx.station().blobs().size(b).value_or(0) > total) {
        hash = b;
        total = *fx.station().blobs().size(b);
      }
  REQUIRE(total == 32u * 1024 * 1024);

  auto thief = fx.enrol_station("thief");
  auto session = fx.authenticated(thief->key());
  session->send(make_blob_get({hash, 0}));
  Frame f = session->receive();
  REQUIRE(f.type == MsgType::BlobChunk);
  std::uint64_t received = parse_blob_chunk(f).data.size();

  revoke(fx, *thief);
  for (;;) {
    f = session->receive();
    if (f.type != MsgType::BlobChunk) break;
    received += parse_blob_chunk(f).data.size();
    if (received >= total) break;
  }
  INFO("received " << received << " of " << total << " bytes");
  CHECK(received < total);
  REQUIRE(f.type == MsgType::Error);
  CHECK(parse_error(f).code == err::kRevoked);
  fx.station_syncs();
}
