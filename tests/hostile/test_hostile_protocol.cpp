// Issue 11, findings 4, 7 and 9, through the real `fairguard-relay serve` process: what one
// enrolled device sends cannot spoil another's upload, numbers out of range are refused, and
// the relay keeps serving a normal station meanwhile and afterwards.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "fairconfig/enrolment_payload.h"
#include "hostile_client.h"
#include "relay_process.h"
#include "data/relay_data.h"
#include "sim/sim_station.h"
#include "support/temp_dir.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;

namespace {

struct RealRelay {
  TempDir tmp;
  RelayProcess relay{tmp.path() / "relay"};
  std::string fingerprint;
  std::mt19937_64 rng{11};

  RealRelay() {
    relay.start();
    fingerprint = parse_enrolment_payload(relay.enroll("probe")).payload->cert_sha256;
  }
  std::unique_ptr<relay::SimStation> station(const std::string& name) {
    auto s = std::make_unique<relay::SimStation>(tmp.path() / name, "CF138");
    s->enrol(relay.enroll(name));
    return s;
  }
  // A normal station enrols, records a complaint with a photo and syncs it completely.
  void normal_station_syncs(const std::string& name) {
    auto s = station(name);
    s->take_complaint(rng, 40);
    auto r = s->sync();
    CHECK(r.report.events_refused == 0);
    CHECK(r.report.blobs_sent == 1);
    CHECK(r.report.relay_head == s->store().head_seq(s->key().public_hex()));
  }
};

std::string blob_of(relay::SimStation& s) {
  for (const auto& e : s.store().read(s.key().public_hex(), 1))
    if (!e.event.blobs.empty()) return e.event.blobs.front();
  FAIL("the station's events cite no blob");
  return {};
}

}  // namespace

TEST_CASE("hostile: another device cannot spoil a partial upload (finding 7)", "[hostile]") {
  RealRelay fx;
  auto victim = fx.station("victim");
  auto hostile = fx.station("hostile");
  victim->take_complaint(fx.rng, 700);  // a 700 KiB photo: three chunks
  const std::string blob = blob_of(*victim);
  const std::uint64_t size = *victim->blobs().size(blob);

  // The victim's upload is cut after its first chunk.
  std::uint64_t first = 0;
  {
    HostileClient c(fx.relay.port(), fx.fingerprint);
    c.authenticate(victim->key());
    c.push(victim->store().read(victim->key().public_hex(), 1));
    BlobNeed need = c.blob_query();
    REQUIRE(need.need.size() == 1);
    REQUIRE(need.need[0].offset == 0);
    std::string chunk;
    REQUIRE(victim->blobs().read_from(blob, 0, [&](ByteView piece) {
      if (chunk.size() < kMaxChunk)
        chunk.append(reinterpret_cast<const char*>(piece.data()), std::min(piece.size(), kMaxChunk - chunk.size()));
    }));
    c.send(make(BlobChunk{blob, size, 0, chunk}));
    first = chunk.size();
    c.tls().close();
  }

  // The hostile device cites the same hash (learnt by pulling) and attacks the upload: junk
  // at the offset it is offered, then a total equal to the offset, which ends an upload.
  {
    HostileClient c(fx.relay.port(), fx.fingerprint);
    c.authenticate(hostile->key());
    auto ack = c.push({hostile_event(hostile->key(), 1, kZeroHash, {blob})});
    REQUIRE(ack.results.at(0).ok);
    BlobNeed need = c.blob_query();
    REQUIRE(need.need.size() == 1);
    // Its own upload, not the victim's: it starts from nothing.
    CHECK(need.need[0].offset == 0);
    const std::uint64_t at = need.need[0].offset;
    const std::string junk(100'000, 'j');
    c.send(make(BlobChunk{blob, size, at, junk}));
    c.send(make(BlobChunk{blob, at + junk.size(), at + junk.size(), ""}));
    fx.normal_station_syncs("during-partial");  // while the hostile session is open
    Frame f = c.receive();
    REQUIRE(f.type == MsgType::BlobStored);
    const BlobStored stored = parse_blob_stored(f);
    CHECK_FALSE(stored.ok);
    CHECK_THAT(stored.error, Catch::Contains("does not match its name"));
  }

  // The victim resumes where its cut left it and completes; the blob verifies.
  auto r = victim->sync();
  CHECK(r.report.problems.empty());
  CHECK(r.report.blobs_sent == 1);
  CHECK(r.report.blob_bytes_sent == size - first);  // resumed, not restarted

  auto observer = fx.station("observer");
  CHECK(observer->blobs().contains(blob));
  std::string why;
  CHECK(observer->blobs().verify(blob, &why));
  fx.normal_station_syncs("after");
}

TEST_CASE("hostile: numbers out of range are refused by the real relay (finding 9)", "[hostile]") {
  RealRelay fx;
  auto device = fx.station("device");
  for (const std::string proto : {"4294967297", "1.9", "true", "-1"}) {
    HostileClient c(fx.relay.port(), fx.fingerprint);
    Frame f = c.hello(device->key(),
                      R"({"proto":)" + proto + R"(,"device":")" + device->key().public_hex() + R"(","fair":"CF138"})");
    REQUIRE(f.type == MsgType::Error);
    const ErrorMsg e = parse_error(f);
    CHECK(e.code == err::kProtocol);
    CHECK_THAT(e.message, Catch::Contains("'proto'"));
  }
  {
    HostileClient c(fx.relay.port(), fx.fingerprint);
    c.authenticate(device->key());
    c.send(Frame{MsgType::Tree, R"({"size":-1,"want":[]})"});
    const ErrorMsg e = c.refusal();
    CHECK(e.code == err::kProtocol);
    CHECK_THAT(e.message, Catch::Contains("'size' is -1"));
  }
  {
    HostileClient c(fx.relay.port(), fx.fingerprint);
    c.authenticate(device->key());
    // A pull from a head of 2^63 - 1 used to overflow on the relay's "head + 1".
    c.send(Frame{MsgType::Pull, R"({"heads":{")" + device->key().public_hex() + R"(":9223372036854775807}})"});
    fx.normal_station_syncs("during-range");  // while the hostile session is open
    const ErrorMsg e = c.refusal();
    CHECK(e.code == err::kProtocol);
    CHECK_THAT(e.message, Catch::Contains("outside 0.." + std::to_string(kMaxSeq)));
  }
  fx.normal_station_syncs("after");
}

namespace {

// A booth list of `n` booths as organisers export it, written for the test (not committed).
std::filesystem::path booth_csv(const std::filesystem::path& dir, int n) {
  const auto file = dir / "booths.csv";
  std::ofstream out(file);
  out << "booth,hall,exhibitor,delegation,industry\n";
  for (int i = 0; i < n; ++i) {
    const int hall = 1 + i % 17;
    out << hall << "." << (i / 17) % 9 << "E" << i << "," << hall << ",\"Guangzhou Exhibitor No. " << i
        << " Trading Co., Ltd.\",Guangdong,Consumer Electronics\n";
  }
  return file;
}

}  // namespace

TEST_CASE("hostile: a 30,000-booth fair enrols and syncs through the real relay (finding 4)", "[hostile]") {
  RealRelay fx;
  constexpr int kBooths = 30'000;
  auto imported = run_process({FAIRGUARD_RELAY_EXE, "booths", "import", "--data", fx.relay.dir().string(),
                               booth_csv(fx.tmp.path(), kBooths).string()});
  INFO(imported.err);
  REQUIRE(imported.code == 0);

  relay::SimStation station(fx.tmp.path() / "big", "CF138");
  auto enrolled = station.enrol(fx.relay.enroll("big"));
  REQUIRE(enrolled.config);
  CHECK(enrolled.config->booths.size() == kBooths);
  CHECK(enrolled.welcome.enrolled_now);
  CHECK(enrolled.report.config_bytes > kMaxPayload * 3);  // several frames' worth
  std::printf("30,000-booth configuration: %llu bytes fetched in %lld ms at enrolment\n",
              static_cast<unsigned long long>(enrolled.report.config_bytes),
              static_cast<long long>(enrolled.report.config_fetch_ms));

  station.take_complaint(fx.rng, 20);
  auto r = station.sync();
  REQUIRE(r.config);
  CHECK(r.config->booths.size() == kBooths);
  CHECK(r.report.events_refused == 0);
  CHECK(r.report.blobs_sent == 1);
  std::printf("30,000-booth configuration: %llu bytes fetched in %lld ms at a sync\n",
              static_cast<unsigned long long>(r.report.config_bytes), static_cast<long long>(r.report.config_fetch_ms));

  // A station that holds this version already is not sent it again.
  SyncOptions o;
  o.have_config_sha256 = r.welcome.config_sha256;
  auto again = station.sync(o);
  CHECK(again.report.config_bytes == 0);
  CHECK_FALSE(again.config);
  CHECK(again.report.config_version == r.report.config_version);
}

TEST_CASE("hostile: an enrolment whose welcome never arrived does not burn the token (finding 4)", "[hostile]") {
  RealRelay fx;
  const std::string payload = fx.relay.enroll("tablet");
  const std::string token = parse_enrolment_payload(payload).payload->token;
  auto first_key = KeyPair::generate();
  auto enrol_raw = [&](const KeyPair& key) {
    auto c = std::make_unique<HostileClient>(fx.relay.port(), fx.fingerprint);
    Frame f = c->hello(key);
    REQUIRE(f.type == MsgType::Challenge);
    const Bytes nonce = *from_hex(parse_challenge(f).nonce);
    c->send(
        make(Enrol{token, to_hex(key.sign(auth_message(nonce, *from_hex(fx.fingerprint), key.public_key()))), "t"}));
    return c;
  };
  {
    // Cut before the welcome was read: the token is untouched.
    auto c = enrol_raw(first_key);
    c->tls().close();
  }
  {
    // Welcomed as pending, then cut before the confirm.
    auto c = enrol_raw(first_key);
    Welcome w = parse_welcome(c->receive());
    CHECK(w.pending);
    CHECK(w.station_code.empty());
    c->tls().close();
  }
  // The relay has no device for that key, and the token still enrols a station (here a
  // tablet that had to make a new key).
  {
    relay::RelayData data(fx.relay.dir());
    CHECK_FALSE(data.find_device(first_key.public_hex()));
    CHECK(data.open_token_count() == 2);  // "probe" and "tablet": neither spent
  }
  relay::SimStation station(fx.tmp.path() / "tablet", "CF138");
  auto r = station.enrol(payload);
  CHECK(r.welcome.enrolled_now);
  CHECK_FALSE(r.welcome.station_code.empty());
  // Spent now: a second device is refused.
  relay::SimStation other(fx.tmp.path() / "other", "CF138");
  try {
    other.enrol(payload);
    FAIL("a spent token enrolled a second device");
  } catch (const SyncError& e) {
    CHECK(e.code() == err::kToken);
  }
  fx.normal_station_syncs("after");
}

TEST_CASE("hostile: a station of another protocol version is told clearly (finding 4)", "[hostile]") {
  RealRelay fx;
  auto key = KeyPair::generate();
  HostileClient c(fx.relay.port(), fx.fingerprint);
  Frame f = c.hello(key, R"({"proto":1,"device":")" + key.public_hex() + R"(","fair":"CF138","client":"old"})");
  REQUIRE(f.type == MsgType::Error);
  const ErrorMsg e = parse_error(f);
  CHECK(e.code == err::kVersion);
  CHECK_THAT(e.message, Catch::Contains("protocol version 1 is not supported") && Catch::Contains("speaks 2") &&
                            Catch::Contains("station app"));
  fx.normal_station_syncs("after");
}
