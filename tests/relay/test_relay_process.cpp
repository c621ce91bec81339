// The real fairguard-relay process (init, enroll, serve) with real stations over TLS.
#include <signal.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <future>

#include "data/relay_data.h"
#include "relay_fixture.h"
#include "relay_process.h"
#include "tlog/transparency_log.h"

using namespace fg;
using namespace fg::test;
namespace fs = std::filesystem;

namespace {
// Committed blob files (not partials or temp files) under a BlobStore root.
std::size_t stored_blob_files(const fs::path& root) {
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    const auto rel = fs::relative(e.path(), root).string();
    if (e.is_regular_file() && rel.rfind("partial", 0) != 0 && rel.rfind("tmp", 0) != 0) ++n;
  }
  return n;
}
std::size_t partial_files(const fs::path& root) {
  std::size_t n = 0;
  if (fs::exists(root / "partial"))
    for (const auto& e : fs::directory_iterator(root / "partial")) n += e.is_regular_file() ? 1 : 0;
  return n;
}
}  // namespace

TEST_CASE("fairguard-sim with three stations against the real relay: every event everywhere, once", "[relay]") {
  TempDir tmp;
  RelayProcess relay(tmp.path() / "relay");
  relay.start();
  const std::string p1 = relay.enroll("Hall 1"), p2 = relay.enroll("Hall 2"), p3 = relay.enroll("Hall 3");
  auto sim =
      run_process({FAIRGUARD_SIM_EXE, "--data", (tmp.path() / "sim").string(), "--stations", "3", "--complaints", "3",
                   "--photo-kb", "300", "--seed", "7", "--enrol", p1, "--enrol", p2, "--enrol", p3, "--json"});
  INFO(sim.err);
  REQUIRE(sim.code == 0);
  auto report = Json::parse(sim.out);
  CHECK(report["ok"] == true);
  REQUIRE(report["stations"].size() == 3);
  for (const auto& s : report["stations"]) {
    CHECK(s["events"] == 108);  // 3 stations x 3 complaints x 12 events
    CHECK(s["rounds"][0]["events_acked"] == 36);
    CHECK(s["rounds"][0]["blobs_sent"] == 3);
  }
  const std::string log = relay.process().err();
  CHECK_THAT(log, Catch::Contains("batch from") && Catch::Contains("36 stored"));
  relay.stop(SIGTERM);
  CHECK(relay.last_exit() == 0);  // clean stop on SIGTERM

  relay::RelayData data(tmp.path() / "relay");
  CHECK(data.events().event_count() == 108);
  CHECK(data.events().heads().size() == 3);
  for (const auto& [device, head] : data.events().heads()) {
    CHECK(head == 36);
    CHECK(data.events().verify_chain(device).ok);
  }
  CHECK(stored_blob_files(data.blobs().root()) == 9);
  CHECK(partial_files(data.blobs().root()) == 0);
  for (int i = 1; i <= 3; ++i) {
    relay::SimStation st(tmp.path() / "sim" / ("station-" + std::to_string(i)), kFair);
    CHECK(st.store().event_count() == 108);
    CHECK(stored_blob_files(st.blobs().root()) == 9);  // own photos and the others', fetched
  }
  CHECK(data.sync_log().size() >= 9);  // 3 enrolments + 2 rounds x 3 stations
}

TEST_CASE("relay SIGKILLed mid-ingest and restarted: the next sync completes, nothing lost or doubled", "[relay]") {
  TempDir tmp;
  RelayProcess relay(tmp.path() / "relay");
  relay.start();
  relay::SimStation station(tmp.path() / "station", kFair);
  station.enrol(relay.enroll("Hall 1"));
  std::mt19937_64 rng(3);
  for (int c = 0; c < 160; ++c) station.take_complaint(rng, 48);  // 1,920 events, 160 photos
  const std::int64_t total = station.store().head_seq(station.key().public_hex());

  sync::SyncReport progress;
  auto first = std::async(std::launch::async, [&] {
    sync::SyncOptions o;
    o.progress = &progress;
    try {
      station.sync(o, std::chrono::seconds(20));
      return std::string("completed");
    } catch (const sync::SyncError& e) {
      return std::string(e.what());
    }
  });
  REQUIRE(relay.process().wait_stderr("batch from", std::chrono::seconds(60)));
  relay.stop(SIGKILL);
  CHECK(relay.last_exit() == 128 + SIGKILL);
  const std::string outcome = first.get();
  INFO("first sync: " << outcome);
  CHECK(outcome != "completed");
  CHECK(progress.events_acked < total);

  relay.start();  // same port, same data folder
  auto second = station.sync();
  CHECK(second.report.problems.empty());
  CHECK(second.report.relay_head == total);
  relay.stop();

  relay::RelayData data(tmp.path() / "relay");
  CHECK(data.events().event_count() == total);
  CHECK(data.events().head_seq(station.key().public_hex()) == total);
  CHECK(data.events().verify_chain(station.key().public_hex()).ok);
  // Everything acknowledged before the kill survived it (the second sync did not resend it);
  // the rest arrived once.
  const std::int64_t held_after_restart = total - second.report.events_sent;
  CHECK(held_after_restart >= progress.events_acked);
  CHECK(second.report.events_acked == second.report.events_sent);
  CHECK(stored_blob_files(data.blobs().root()) == 160);
  CHECK(partial_files(data.blobs().root()) == 0);
  for (const auto& e : data.events().read(station.key().public_hex(), 1))
    for (const auto& b : e.event.blobs) CHECK(data.blobs().verify(b));
  // Receipts too: the batches committed before the kill (their acks lost) got theirs by the
  // tree request of the second sync; the log holds every event once.
  CHECK(second.report.receipts_pending == 0);
  CHECK(second.report.receipts_total == total);
  CHECK(data.log().size() == static_cast<std::uint64_t>(total));
  for (const auto& e : station.store().read(station.key().public_hex(), 1)) {
    auto r = station.receipts().receipt(e.hash);
    REQUIRE(r);
    CHECK(verify_receipt(*r, data.log_key().public_key()));
  }
}

TEST_CASE("a relay whose log lost one event is caught at the station's next sync, across a real restart", "[relay]") {
  TempDir tmp;
  RelayProcess relay(tmp.path() / "relay");
  relay.start();
  relay::SimStation station(tmp.path() / "station", kFair);
  station.enrol(relay.enroll("Hall 1"));
  std::mt19937_64 rng(4);
  for (int c = 0; c < 2; ++c) station.take_complaint(rng, 0);
  auto first = station.sync();
  REQUIRE(first.report.problems.empty());
  REQUIRE(first.report.receipts_total == 24);
  const auto held = station.receipts().last_head();
  REQUIRE(held);
  CHECK(held->head.size == 24);
  relay.stop();

  // Someone with the relay's files removes event 8 from the log and rebuilds the rest (new
  // tree, heads signed anew with the real log key), then restarts the relay.
  const auto removed = station.store().read(station.key().public_hex(), 8, 8).at(0).hash;
  rebuild_log_without(relay.dir() / "relay.db", removed);
  relay.start();

  auto caught = station.sync();  // nothing to push: the tree request alone catches it
  CHECK(caught.report.events_sent == 0);
  CHECK(caught.report.tree_check == "rewrote_history");
  CHECK_THAT(caught.report.log_alert, Catch::Contains("relay rewrote history"));
  // The station keeps its head and its receipts: the one of the removed event still proves,
  // offline, that the bureau had logged it.
  CHECK(station.receipts().last_head()->head == held->head);
  CHECK(station.receipts().count(sync::ReceiptState::Logged) == 24);
  auto proof = station.receipts().receipt(removed);
  REQUIRE(proof);
  relay::RelayData data(relay.dir());
  CHECK(verify_receipt(*proof, data.log_key().public_key()));

  // Kept for good: the next sync (a new push, the relay's log grown past the old size) is
  // refused the same way, its receipts are not taken, and the first alert is still there.
  station.take_complaint(rng, 0);
  auto later = station.sync();
  CHECK(later.report.events_acked == 12);
  CHECK(later.report.tree_check == "rewrote_history");
  CHECK(later.report.receipts_stored == 0);
  CHECK(station.receipts().last_head()->head == held->head);
  const auto alerts = station.receipts().alerts();
  REQUIRE_FALSE(alerts.empty());
  CHECK(alerts[0].kind == "rewrote_history");
  CHECK_THAT(alerts[0].message, Catch::Contains("relay rewrote history"));
  relay.stop();
}

TEST_CASE("fairguard-sim given the officers' PINs signs as the officer: the relay accepts version 2", "[relay]") {
  TempDir tmp;
  RelayProcess relay(tmp.path() / "relay");
  const auto pin_file = tmp.path() / "pin-gz001";
  {
    std::ofstream(pin_file) << "2468024680\n";
    std::ofstream(tmp.path() / "pin-wrong") << "1111111111\n";
  }
  // `officers add` takes --data after its subcommand, so it is run directly.
  REQUIRE(run_process({FAIRGUARD_RELAY_EXE, "officers", "add", "--data", relay.dir().string(), "--id", "GZ001",
                       "--name", "Wang Fang", "--pin-file", pin_file.string()})
              .code == 0);
  relay.start();
  const std::vector<std::string> common{
      FAIRGUARD_SIM_EXE, "--stations", "1", "--complaints", "2", "--photo-kb", "0", "--seed", "5", "--json"};
  auto run = [&](const std::string& dir, const std::string& pin, const std::string& payload) {
    std::vector<std::string> argv = common;
    argv.insert(argv.end(),
                {"--data", (tmp.path() / dir).string(), "--enrol", payload, "--officer-pin", "GZ001=" + pin});
    return run_process(argv);
  };
  // A PIN that does not derive the roster's sign_pk: a clear refusal, nothing recorded.
  const auto wrong = run("wrong", (tmp.path() / "pin-wrong").string(), relay.enroll("Hall 2"));
  CHECK(wrong.code == 2);
  CHECK_THAT(wrong.err, Catch::Contains("does not derive the roster's sign_pk"));

  const auto sim = run("sim", pin_file.string(), relay.enroll("Hall 1"));
  INFO(sim.err);
  REQUIRE(sim.code == 0);
  CHECK(Json::parse(sim.out)["ok"] == true);
  relay.stop(SIGTERM);

  // Every event the relay holds from the sim's station is version 2, signed by GZ001's key and
  // naming the configuration the relay signed (it checked each on receipt).
  relay::RelayData data(tmp.path() / "relay");
  const auto events = data.events().all_in_fold_order();
  REQUIRE(events.size() == 24);
  const FairConfig config = data.fair_config();
  const Officer* officer = config.find_officer("GZ001");
  REQUIRE(officer);
  const auto sign_pk = public_key_from_hex(officer->sign_pk);
  REQUIRE(sign_pk);
  for (const SignedEvent& e : events) {
    CHECK(e.event.v == kEventVersionOfficerSigned);
    CHECK(e.event.officer == "GZ001");
    CHECK(e.officer_signature_valid(*sign_pk));
    CHECK(data.signed_config_by_sha256(e.event.config));
  }
}
