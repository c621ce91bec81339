// fairguard-relay export: a case's evidence bundle from events that arrived by real sync,
// checked by the real fairguard-verify binary.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "bundle/bundle_coverage.h"
#include "bundle/bundle_format.h"
#include "bundle/published_keys.h"
#include "bundle/zip_bundle.h"
#include "bundle_fixture.h"
#include "support/child_process.h"
#include "export/export_command.h"
#include "export/relay_log.h"
#include "relay_fixture.h"
#include "support/read_file.h"
#include "tlog/transparency_log.h"

using namespace fg;
using namespace fg::test;
namespace fs = std::filesystem;

namespace {

void write_all(const fs::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// Two stations, two complaints each (with photos), synced twice so each holds everything.
void fill(InProcessRelay& relay, const fs::path& dir, std::vector<std::unique_ptr<relay::SimStation>>& stations) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 2; ++i) {
    stations.push_back(std::make_unique<relay::SimStation>(dir / ("station-" + std::to_string(i)), kFair));
    stations.back()->enrol(relay.payload("hall " + std::to_string(i)));
    for (int c = 0; c < 2; ++c) stations.back()->take_complaint(rng, 20);
  }
  for (auto& s : stations) REQUIRE(s->sync().report.events_refused == 0);
}

// A case number named by a station's events (its second complaint: the bundle holds the
// whole run of its events).
std::string last_case_of(EventStore& store, const std::string& device) {
  std::string number;
  for (const auto& e : store.read(device, 1))
    if (e.event.body.contains("case_number")) number = e.event.body["case_number"].get<std::string>();
  return number;
}

// The bureau's published keys, written by the real `fairguard-relay keys` command: what a
// checker pins the bundle to.
fs::path published_keys(relay::RelayData& data, const fs::path& dir) {
  const fs::path file = dir / "published.keys";
  // With a witness the relay asks: its key is published beside the bureau's.
  const std::string witness = KeyPair::from_seed(Bytes(32, 0x79)).public_hex();
  auto r = run_process({FAIRGUARD_RELAY_EXE, "keys", "--data", data.dir().string(), "--out", file.string(), "--witness",
                        "notary-gz=" + witness});
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("bureau " + data.bureau_key().public_hex() + "  fingerprint "));
  std::string why;
  const auto keys = parse_published_keys(read_file(file), &why);
  REQUIRE(keys);
  CHECK(keys->fair == data.fair_id());
  CHECK(keys->log == data.log_key().public_key());
  REQUIRE(keys->witnesses.size() == 1);
  CHECK(keys->witnesses[0].name == "notary-gz");
  // A witness given wrongly is refused by the command, naming it.
  auto bad = run_process({FAIRGUARD_RELAY_EXE, "keys", "--data", data.dir().string(), "--witness", "notary"});
  CHECK(bad.code != 0);
  CHECK_THAT(bad.err, Catch::Contains("--witness notary: give NAME=KEY"));
  return file;
}

int verify(const fs::path& zip, const fs::path& keys, std::string* out = nullptr) {
  auto r = run_process({FAIRGUARD_VERIFY_EXE, zip.string(), "--keys", keys.string()});
  if (out) *out = r.out + r.err;
  return r.code;
}

}  // namespace

TEST_CASE("stored events are logged once, in a stable order, and later events extend the log", "[relay][export]") {
  InProcessRelay relay;
  TempDir tmp;
  std::vector<std::unique_ptr<relay::SimStation>> stations;
  fill(relay, tmp.path(), stations);
  auto& data = relay.data();
  const auto count = static_cast<std::uint64_t>(data.events().event_count());
  REQUIRE(count == 48);
  CHECK(relay::log_stored_events(data) == count);
  TransparencyLog log(data.events().database());
  const Digest root = log.root(count);
  const auto first = data.events().all_in_fold_order().front();
  const auto index = log.index_of(first.hash);
  REQUIRE(index);
  CHECK(relay::log_stored_events(data) == count);  // nothing new: nothing appended
  CHECK(log.root(count) == root);

  std::mt19937_64 rng(99);
  stations[0]->take_complaint(rng, 0);
  REQUIRE(stations[0]->sync().report.events_acked == 12);
  CHECK(relay::log_stored_events(data) == count + 12);
  CHECK(log.index_of(first.hash) == index);
  CHECK(log.root(count) == root);  // the old tree is a prefix of the new one
}

TEST_CASE("a case exported from synced events passes fairguard-verify and a changed byte fails it", "[relay][export]") {
  InProcessRelay relay;
  TempDir tmp;
  std::vector<std::unique_ptr<relay::SimStation>> stations;
  fill(relay, tmp.path(), stations);
  auto& data = relay.data();
  const std::string number = last_case_of(data.events(), stations[1]->key().public_hex());
  REQUIRE(!number.empty());

  const fs::path zip = tmp.path() / "case.zip";
  std::ostringstream log;
  const auto r = relay::export_bundle(data, number, zip, log);
  CHECK(r.case_events == 12);
  CHECK(r.events == 12);  // one complaint: its own contiguous run of the station chain
  CHECK(r.tree_size == 48);
  const fs::path keys = published_keys(data, tmp.path());
  std::string report;
  CHECK(verify(zip, keys, &report) == 0);
  INFO(report);
  CHECK(report.find("VALID") != std::string::npos);
  CHECK_THAT(report, Catch::Contains("coverage: the bureau signed the chain heads of 2 stations at export and 12 "
                                     "events naming the case; the bundle holds every one"));

  // The case's last event left out of the exported zip and the manifest signed again with the
  // relay's own bureau key: the coverage statement signed at export names it.
  {
    MemoryBundle dropped = MemoryBundle::copy_of(ZipBundle(zip));
    const std::string device = stations[1]->key().public_hex();
    const auto last = data.events().read(device, 1).back();
    REQUIRE(names_case(last.event, number));
    for (const auto& name :
         {bundle::event_path(device, last.event.seq), bundle::event_sig_path(device, last.event.seq),
          bundle::event_officer_sig_path(device, last.event.seq), bundle::proof_path(last.hash_hex())})
      dropped.files().erase(name);
    resign_manifest(dropped, data.bureau_key());
    const fs::path dropped_zip = tmp.path() / "dropped.zip";
    write_memory_zip(dropped, dropped_zip);
    std::string out;
    CHECK(verify(dropped_zip, keys, &out) == 1);
    INFO(out);
    CHECK_THAT(out, Catch::Contains("#" + std::to_string(last.event.seq) + " names case " + number +
                                    " (coverage.json, signed by the bureau at export), but the bundle lacks it") &&
                        Catch::Contains("NOT VALID (case event missing)"));
  }

  // Change one byte of a photo stored in the zip.
  std::string bytes = read_file(zip);
  std::string photo_hash;
  for (const auto& e : data.events().read(stations[1]->key().public_hex(), 1))
    if (!e.event.blobs.empty()) photo_hash = e.event.blobs.front();
  REQUIRE(!photo_hash.empty());
  const std::string photo = read_file(data.blobs().path_of(photo_hash));
  REQUIRE(photo.size() > 1000);
  const auto at = bytes.find(photo.substr(200, 64));
  REQUIRE(at != std::string::npos);
  bytes[at + 10] = static_cast<char>(bytes[at + 10] ^ 0x01);
  const fs::path bad = tmp.path() / "changed.zip";
  write_all(bad, bytes);
  CHECK(verify(bad, keys) == 1);
}

TEST_CASE("export --all passes fairguard-verify and an unknown case number is refused by the command",
          "[relay][export]") {
  InProcessRelay relay;
  TempDir tmp;
  std::vector<std::unique_ptr<relay::SimStation>> stations;
  fill(relay, tmp.path(), stations);

  const fs::path all = tmp.path() / "all.zip";
  auto ok = run_process(
      {FAIRGUARD_RELAY_EXE, "export", "--data", relay.data().dir().string(), "--all", "--out", all.string()});
  INFO(ok.err);
  CHECK(ok.code == 0);
  const fs::path keys = published_keys(relay.data(), tmp.path());
  CHECK(verify(all, keys) == 0);

  const fs::path none = tmp.path() / "none.zip";
  auto r = run_process({FAIRGUARD_RELAY_EXE, "export", "--data", relay.data().dir().string(), "--case",
                        "CF138-S09-9999", "--out", none.string()});
  CHECK(r.code != 0);
  CHECK(r.err.find("no case CF138-S09-9999") != std::string::npos);
  CHECK_FALSE(fs::exists(none));
}
