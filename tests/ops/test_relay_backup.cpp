// `fairguard-relay backup` while the real relay serves and a station pushes, `restore` into a
// new folder, and the restored relay serving the stations that synced to the old one.
#include <signal.h>

#include <atomic>
#include <fstream>
#include <catch2/catch.hpp>
#include <thread>

#include "console/access_log.h"
#include "crypto/sha256.h"
#include "data/relay_data.h"
#include "support/run_command.h"
#include "hostile_fixture.h"
#include "restored_relay.h"
#include "ledger/canonical.h"
#include "support/read_file.h"
#include "tlog/transparency_log.h"

using namespace fg;
using namespace fg::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

TEST_CASE("backup while a station pushes, restore into a new folder: the same log, and stations carry on", "[ops]") {
  TempDir tmp;
  RelayProcess relay(tmp.path() / "relay");
  relay.start();
  relay::SimStation a(tmp.path() / "a", kFair), b(tmp.path() / "b", kFair);
  std::mt19937_64 rng(5);
  enrol_and_sync(relay, a, b, rng, 16);
  // The console's access log, as the console writes it: three signed, chained records, and
  // the start of a fourth being written when the backup reads the file.
  const fs::path access = relay.dir() / relay::console::kAccessLogFile;
  {
    relay::RelayData data(relay.dir());
    relay::console::AccessLog log(access, data.bureau_key());
    for (const char* action : {"case.view", "evidence.download", "bundle.download"})
      log.record({.at = 1000,
                  .user = "rita",
                  .role = "reviewer",
                  .address = "127.0.0.1",
                  .action = action,
                  .case_number = "CF138-S01-0001",
                  .object = ""});
  }
  const std::string complete_lines = read_file(access);
  { std::ofstream(access, std::ios::app) << R"({"action":"case.view","at":1001)"; }

  // b keeps pushing, a complaint per sync, while the backup runs.
  std::atomic<bool> pushing{true};
  std::mt19937_64 b_rng(6);
  std::string push_error;  // a throw must not escape the thread
  std::thread pusher([&] {
    try {
      for (int i = 0; i < 4; ++i) {
        b.take_complaint(b_rng, 64);
        b.sync();
      }
    } catch (const std::exception& e) {
      push_error = e.what();
    }
    pushing = false;
  });
  const fs::path file = tmp.path() / "relay-backup.zip";
  const auto backup = relay.admin({"backup", "--out", file.string()});
  pusher.join();
  INFO(backup.err);
  INFO(relay.process().err());
  REQUIRE(push_error.empty());
  REQUIRE(backup.code == 0);
  CHECK_FALSE(pushing);
  CHECK((fs::status(file).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
  // After the backup: a takes one more complaint (the restored relay lacks it).
  a.take_complaint(rng, 16);
  sync_ok(a, "a after the backup");
  relay.stop(SIGTERM);
  REQUIRE(relay.last_exit() == 0);

  const auto restore = run_process(
      {FAIRGUARD_RELAY_EXE, "restore", "--from", file.string(), "--data", (tmp.path() / "restored").string()});
  INFO(restore.err);
  REQUIRE(restore.code == 0);
  // The access log came back with its complete lines, its chain and signatures verify, and a
  // console on the restored folder continues the chain from its last line.
  {
    const fs::path restored_log = tmp.path() / "restored" / relay::console::kAccessLogFile;
    CHECK(read_file(restored_log) == complete_lines);
    CHECK_THAT(restore.out, Catch::Contains("console-access.jsonl: chain and signatures verified"));
    relay::RelayData restored(tmp.path() / "restored");
    CHECK_FALSE(relay::console::verify_access_log(restored_log, restored.bureau_key().public_key()));
    relay::console::AccessLog log(restored_log, restored.bureau_key());
    log.record({.at = 2000,
                .user = "alice",
                .role = "admin",
                .address = "127.0.0.1",
                .action = "access_log.view",
                .case_number = "",
                .object = ""});
    CHECK_FALSE(relay::console::verify_access_log(restored_log, restored.bureau_key().public_key()));
    const auto newest = log.recent(1);
    REQUIRE(newest.size() == 1);
    CHECK(newest[0]["seq"] == 4);
  }
  const std::string manifest_line = backup.out;
  std::uint64_t size = 0;
  {
    relay::RelayData source(tmp.path() / "relay"), restored(tmp.path() / "restored");
    size = restored.log().size();
    CHECK(size >= 24);                                            // everything synced before the backup began
    CHECK(size < source.log().size());                            // a's last complaint came after it
    CHECK(restored.log().root(size) == source.log().root(size));  // the same log up to the backup's head
    CHECK(restored.events().event_count() == static_cast<std::int64_t>(size));
    CHECK_THAT(manifest_line, Catch::Contains("transparency log size " + std::to_string(size) + " root " +
                                              to_hex(restored.log().root(size))));
    for (const auto& [device, head] : restored.events().heads()) {
      CHECK(restored.events().verify_chain(device).ok);
      CHECK(head <= source.events().head_seq(device));
    }
    std::size_t blobs = 0;
    for (const auto& e : fs::recursive_directory_iterator(restored.blobs().root()))
      if (e.is_regular_file()) {
        ++blobs;
        CHECK(sha256_hex(as_bytes(read_file(e.path()))) == e.path().filename().string());
        CHECK(source.blobs().contains(e.path().filename().string()));
      }
    CHECK(blobs >= 2);
    CHECK(source.last_backup_at().has_value());
  }

  // The restored relay serves both stations with their keys, certificate pin and receipts:
  // b first (its post-snapshot batches came first at the old relay), then a; each pushes again
  // what the backup lacks, in the order the old relay logged it, so no head they hold is
  // contradicted.
  std::unique_ptr<ChildProcess> serving;
  const std::uint16_t port = serve_folder(serving, tmp.path() / "restored");
  b.use_relay_at("127.0.0.1", port);
  a.use_relay_at("127.0.0.1", port);
  sync_ok(b, "b to the restored relay");
  sync_ok(a, "a to the restored relay");
  serving->signal(SIGTERM);
  REQUIRE(serving->wait(30s) == 0);
  relay::RelayData source(tmp.path() / "relay"), restored(tmp.path() / "restored");
  CHECK(restored.events().event_count() == source.events().event_count());
  CHECK(restored.log().size() == source.log().size());
  CHECK(restored.log().root(source.log().size()) == source.log().root(source.log().size()));
}

TEST_CASE("restore refuses a damaged backup, a folder in use and leaves nothing behind", "[ops]") {
  TempDir tmp;
  RelayProcess relay(tmp.path() / "relay");
  const fs::path file = tmp.path() / "b.zip";
  REQUIRE(relay.admin({"backup", "--out", file.string()}).code == 0);

  const auto into_existing =
      run_process({FAIRGUARD_RELAY_EXE, "restore", "--from", file.string(), "--data", relay.dir().string()});
  CHECK(into_existing.code == 1);
  CHECK_THAT(into_existing.err, Catch::Contains("not empty"));

  // A backup whose relay.db was swapped after the manifest was written.
  const fs::path unpacked = tmp.path() / "unpacked";
  REQUIRE(run_command("mkdir -p " + unpacked.string() + " && cd " + unpacked.string() + " && unzip -q " +
                      file.string() + " && echo extra >> relay.db && rm -f ../bad.zip && zip -q -r ../bad.zip .") == 0);
  const auto damaged = run_process({FAIRGUARD_RELAY_EXE, "restore", "--from", (tmp.path() / "bad.zip").string(),
                                    "--data", (tmp.path() / "new").string()});
  CHECK(damaged.code == 1);
  CHECK_THAT(damaged.err, Catch::Contains("relay.db does not match the manifest"));
  CHECK_FALSE(fs::exists(tmp.path() / "new"));

  // A file the manifest does not list (a path a relay folder never holds).
  REQUIRE(run_command("cd " + unpacked.string() +
                      " && echo x > notes.txt && rm -f "
                      "../extra.zip && zip -q -r ../extra.zip .") == 0);
  const auto extra = run_process({FAIRGUARD_RELAY_EXE, "restore", "--from", (tmp.path() / "extra.zip").string(),
                                  "--data", (tmp.path() / "new").string()});
  CHECK(extra.code == 1);
  CHECK_THAT(extra.err, Catch::Contains("notes.txt, which its manifest does not list"));
  CHECK_FALSE(fs::exists(tmp.path() / "new"));
}
