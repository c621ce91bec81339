// Stations' accepted tree heads (docs/receipts.md, "Accepted heads") through the real parts: a
// real fairguard-relay on 127.0.0.1 over real TLS, stations played by fairguard-sim, bundles
// checked by the real fairguard-verify. The relay keeps each station's newest accepted head and
// its bundles carry them; a forged statement or a bundle head that does not extend one is
// refused; a station's head from before the relay was restored to an old folder (another
// history) is refused at sync and never stored; an old station that sends none still syncs;
// a hostile statement is refused and the relay keeps serving.
#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <iostream>
#include <map>

#include "bundle/bundle_format.h"
#include "bundle/zip_bundle.h"
#include "bundle_fixture.h"
#include "relay_process.h"
#include "support/temp_dir.h"
#include "sync/messages.h"
#include "sync/station_profile.h"
#include "sync/tls_client.h"

using namespace fg;
using namespace fg::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

std::string relay_key(RelayProcess& relay, const std::string& label) {
  const RunResult r = relay.admin({"status"});
  const auto at = r.out.find(label);
  REQUIRE(at != std::string::npos);
  return r.out.substr(at + 14, 64);  // the labels are padded to 14 characters
}

// A station played by fairguard-sim: enrols when `hall` is given, records `complaints`
// complaints, syncs. Its JSON report is in the result's out.
RunResult station_syncs(RelayProcess& relay, const fs::path& dir, int complaints, const std::string& hall = {},
                        std::vector<std::string> extra = {}) {
  std::vector<std::string> args{
      FAIRGUARD_SIM_EXE,          "--data",     dir.string(), "--stations", "1", "--complaints",
      std::to_string(complaints), "--photo-kb", "0",          "--seed",     "3", "--json"};
  if (!hall.empty()) args.insert(args.end(), {"--enrol", relay.enroll(hall)});
  args.insert(args.end(), extra.begin(), extra.end());
  return run_process(args);
}

Json round_of(const RunResult& r) { return Json::parse(r.out)["stations"][0]["rounds"].back(); }

// Per device key, the size of the accepted head the relay keeps.
std::map<std::string, std::int64_t> kept_heads(const fs::path& relay_dir) {
  SQLite::Database db((relay_dir / "relay.db").string(), SQLite::OPEN_READONLY);
  db.setBusyTimeout(5000);
  std::map<std::string, std::int64_t> out;
  SQLite::Statement q(db, "SELECT device, size FROM relay_accepted_heads");
  while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
  return out;
}

std::string device_of(const fs::path& sim_dir) {
  return KeyPair::load(sim_dir / "station-1" / "device.key").public_hex();
}

struct Fair {
  TempDir dir{"accepted-heads"};
  RelayProcess relay{dir / "relay"};
  std::string log_key = relay_key(relay, "Log key:");
  std::string bureau_key = relay_key(relay, "Bureau key:");
  Fair() { relay.start(); }
  RunResult verify(const fs::path& zip) const {
    return run_process({FAIRGUARD_VERIFY_EXE, zip.string(), "--bureau-key", bureau_key, "--log-key", log_key});
  }
  RunResult exported(const fs::path& zip, const std::string& scope = "--all", const std::string& number = {}) {
    std::vector<std::string> args{"export", scope};
    if (!number.empty()) args.push_back(number);
    args.insert(args.end(), {"--out", zip.string()});
    return relay.admin(args);
  }
};

// The bundle with one byte of accepted_heads.json changed at `at` (in the text after `after`),
// its manifest re-signed by the bureau: what a dishonest bureau could make.
fs::path altered(const Fair& fair, const fs::path& zip, const std::string& after, std::size_t skip,
                 const std::string& name) {
  MemoryBundle b = MemoryBundle::copy_of(ZipBundle(zip));
  std::string& file = b.files()[std::string(bundle::kAcceptedHeads)];
  const auto at = file.find(after);
  REQUIRE(at != std::string::npos);
  char& c = file[at + after.size() + skip];
  c = c == '1' ? '2' : '1';
  resign_manifest(b, KeyPair::load(fair.relay.dir() / "bureau.key"));
  const fs::path out = fair.dir / name;
  write_memory_zip(b, out);
  return out;
}

}  // namespace

TEST_CASE("stations' accepted heads reach the relay, the bundles carry them, verify checks each", "[witness]") {
  Fair fair;
  REQUIRE(station_syncs(fair.relay, fair.dir / "s1", 1, "Hall 1").code == 0);  // accepts 12, tells the relay
  const RunResult s2 = station_syncs(fair.relay, fair.dir / "s2", 1, "Hall 2");
  REQUIRE(s2.code == 0);
  CHECK(round_of(s2)["accepted_head_sent"] == 24);
  const auto kept = kept_heads(fair.relay.dir());
  CHECK(kept.at(device_of(fair.dir / "s1")) == 12);
  CHECK(kept.at(device_of(fair.dir / "s2")) == 24);

  const fs::path zip = fair.dir / "all.zip";
  REQUIRE(fair.exported(zip).code == 0);
  REQUIRE(ZipBundle(zip).contains(std::string(bundle::kAcceptedHeads)));
  const RunResult ok = fair.verify(zip);
  INFO(ok.out);
  CHECK(ok.code == 0);
  CHECK_THAT(ok.out, Catch::Contains("station S01 accepted the log at size 12 on "));
  CHECK_THAT(ok.out, Catch::Contains("station S02 accepted the log at size 24 on "));
  CHECK_THAT(ok.out, Catch::Contains(": consistent with this bundle's head"));

  // A case bundle carries them too (S02's device goes into keys.json for its statement).
  const fs::path one = fair.dir / "case.zip";
  const RunResult case_export = fair.exported(one, "--case", "CF138-S01-0001");
  INFO(case_export.err);
  REQUIRE(case_export.code == 0);
  const RunResult case_ok = fair.verify(one);
  INFO(case_ok.out);
  CHECK(case_ok.code == 0);
  CHECK_THAT(case_ok.out, Catch::Contains("station S02 accepted the log at size 24 on "));

  // The bureau changes a byte of a statement (its accepted time) and re-signs the manifest.
  const RunResult forged = fair.verify(altered(fair, zip, "\"accepted\":", 2, "forged.zip"));
  CHECK(forged.code == 1);
  CHECK_THAT(forged.out, Catch::Contains("is not signed by its device key: forged or altered"));
  // ... or a hash of a consistency proof: the bundle's head no longer extends the station's.
  const RunResult rewritten = fair.verify(altered(fair, zip, "\"consistency\":[\"", 5, "rewritten.zip"));
  CHECK(rewritten.code == 1);
  CHECK_THAT(rewritten.out, Catch::Contains("does not extend the head of size 12"));
  CHECK_THAT(rewritten.out, Catch::Contains("the log was rewritten after the station saw it"));
}

TEST_CASE("a head from before the relay was restored to an old folder is refused at sync, never stored", "[witness]") {
  Fair fair;
  const fs::path s1 = fair.dir / "s1";
  REQUIRE(station_syncs(fair.relay, s1, 1, "Hall 1").code == 0);  // S01 holds 12; the relay keeps it
  fair.relay.stop();
  fs::copy(fair.relay.dir(), fair.dir / "old-relay", fs::copy_options::recursive);
  fair.relay.start();
  REQUIRE(station_syncs(fair.relay, fair.dir / "s2", 1, "Hall 2").code == 0);
  REQUIRE(station_syncs(fair.relay, s1, 0).code == 0);  // S01 accepts 24 (and says 12)
  REQUIRE(station_syncs(fair.relay, s1, 0).code == 0);  // ... and says 24
  CHECK(kept_heads(fair.relay.dir()).at(device_of(s1)) == 24);
  fair.relay.stop();

  // The bureau puts back the old folder (its log key unchanged); other events are logged where
  // S01 already saw leaves 12 to 24.
  fs::remove_all(fair.relay.dir());
  fs::rename(fair.dir / "old-relay", fair.relay.dir());
  fair.relay.start();
  REQUIRE(station_syncs(fair.relay, fair.dir / "s3", 3, "Hall 3").code == 0);
  const RunResult told = station_syncs(fair.relay, s1, 0);
  INFO(told.out);
  const Json round = round_of(told);
  CHECK(round["accepted_head_sent"] == 24);
  CHECK_THAT(round["accepted_head_refused"].get<std::string>(),
             Catch::Contains("whose root is not this log's at that size"));
  CHECK(round["tree_check"] == "rewrote_history");  // the station raises its own alert
  CHECK(fair.relay.process().wait_stderr("ALERT forked_log", 10s));
  CHECK(kept_heads(fair.relay.dir()).at(device_of(s1)) == 12);  // the old folder's, never the other history's

  // The restored log still extends S01's head of 12: its bundle carries that one and verifies.
  const fs::path zip = fair.dir / "all.zip";
  REQUIRE(fair.exported(zip).code == 0);
  const RunResult ok = fair.verify(zip);
  INFO(ok.out);
  CHECK(ok.code == 0);
  CHECK_THAT(ok.out, Catch::Contains("station S01 accepted the log at size 12 on "));
}

TEST_CASE("an old station that sends no accepted head still syncs", "[witness]") {
  Fair fair;
  const fs::path old_station = fair.dir / "old";
  const RunResult old_sync = station_syncs(fair.relay, old_station, 2, "Hall 1", {"--no-accepted-head"});
  INFO(old_sync.err);
  REQUIRE(old_sync.code == 0);
  CHECK(round_of(old_sync)["accepted_head_sent"] == 0);
  CHECK(Json::parse(old_sync.out)["stations"][0]["rounds"][0]["events_acked"] == 24);
  CHECK_FALSE(kept_heads(fair.relay.dir()).contains(device_of(old_station)));
  const fs::path zip = fair.dir / "all.zip";
  REQUIRE(fair.exported(zip).code == 0);
  CHECK_FALSE(ZipBundle(zip).contains(std::string(bundle::kAcceptedHeads)));
  CHECK(fair.verify(zip).code == 0);
}

// A timing ratio: scripts/test-sanitize leaves it out, as under ASan it measures the machine.
TEST_CASE("what the accepted-head statement costs a sync", "[witness]") {
  Fair fair;
  // A station with 40 complaints (480 events) syncing with and without its statement,
  // interleaved, the faster of two each (the machine is shared).
  std::map<bool, double> seconds;
  for (int round = 0; round < 2; ++round)
    for (const bool send : {false, true}) {
      const auto start = std::chrono::steady_clock::now();
      const fs::path dir = fair.dir / ("t" + std::to_string(round) + (send ? "y" : "n"));
      const std::vector<std::string> flags =
          send ? std::vector<std::string>{} : std::vector<std::string>{"--no-accepted-head"};
      REQUIRE(station_syncs(fair.relay, dir, 40, "Hall " + dir.filename().string(), flags).code == 0);
      REQUIRE(station_syncs(fair.relay, dir, 0, {}, flags).code == 0);  // the second sync sends the head
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      seconds[send] = round == 0 ? s : std::min(seconds[send], s);
    }
  std::cout << "accepted-heads cost: enrol+40 complaints+resync: without " << seconds[false] << " s, with "
            << seconds[true] << " s (ratio " << seconds[true] / seconds[false] << ")\n";
  CHECK(seconds[true] < seconds[false] * 1.5 + 1.0);
}

TEST_CASE("a hostile accepted-head statement is refused with a clear error and the relay keeps serving", "[witness]") {
  Fair fair;
  const fs::path s1 = fair.dir / "s1";
  REQUIRE(station_syncs(fair.relay, s1, 1, "Hall 1").code == 0);
  const KeyPair key = KeyPair::load(s1 / "station-1" / "device.key");
  const auto profile = sync::StationProfile::load(s1 / "station-1" / "station.json");
  auto session = [&] {
    auto c = std::make_unique<sync::TlsClient>("127.0.0.1", fair.relay.port(), profile.cert_sha256, 10s);
    c->send(sync::make(sync::Hello{sync::kProtocolVersion, key.public_hex(), "CF138", "hostile"}));
    const auto nonce = *from_hex(sync::parse_challenge(c->receive()).nonce);
    c->send(sync::make(
        sync::Auth{to_hex(key.sign(sync::auth_message(nonce, *from_hex(profile.cert_sha256), key.public_key())))}));
    REQUIRE(c->receive().type == sync::MsgType::Welcome);
    return c;
  };
  auto refusal = [&](const std::string& accepted) {
    auto c = session();
    c->send(sync::Frame{sync::MsgType::Tree, R"({"size":0,"root":"","want":[],"accepted":)" + accepted + "}"});
    const sync::Frame f = c->receive();
    REQUIRE(f.type == sync::MsgType::Error);
    return sync::parse_error(f);
  };
  // Garbage, a fair id of 200 KB, nesting 5,000 deep: each refused by name.
  CHECK_THAT(refusal(R"("garbage")").message, Catch::Contains("malformed accepted head"));
  const std::string huge_fair = "\"" + std::string(200'000, 'F') + "\"";
  const SignedTreeHead some_head{TreeHead{12, {}, 1}, {}};
  Json big = sign_accepted_head("CF138", key, key.public_key(), some_head, 1).to_json();
  big["fair"] = std::string(200'000, 'F');
  CHECK_THAT(refusal(big.dump()).message, Catch::Contains("fair is not a fair id of 1 to 64 bytes"));
  const sync::ErrorMsg deep = refusal(std::string(5000, '[') + std::string(5000, ']'));
  CHECK(deep.code == sync::err::kProtocol);
  // A statement by another key in this device's name.
  AcceptedHead other = sign_accepted_head("CF138", KeyPair::generate(), key.public_key(), some_head, 1);
  other.device = key.public_key();
  const sync::ErrorMsg forged = refusal(other.to_json().dump());
  CHECK(forged.code == sync::err::kSignature);
  CHECK(kept_heads(fair.relay.dir()).at(key.public_hex()) == 12);  // untouched

  // The relay still serves: the same station syncs and its head is kept as before.
  const RunResult again = station_syncs(fair.relay, s1, 1);
  INFO(again.out);
  CHECK(again.code == 0);
  CHECK(kept_heads(fair.relay.dir()).at(key.public_hex()) == 24);
}
