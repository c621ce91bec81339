// A relay restored from a backup older than the heads its stations hold retires its
// transparency log (docs/relay-admin.md, "Backup and restore"): through the real relay
// process, TLS and two simulated stations that come back in the order that makes the restored
// log contradict a head they hold. A relay that keeps or silently swaps its log still alarms.
#include <SQLiteCpp/Database.h>
#include <signal.h>

#include <catch2/catch.hpp>

#include "data/relay_data.h"
#include "hostile_fixture.h"
#include "restored_relay.h"
#include "support/run_command.h"
#include "tlog/receipt.h"
#include "tlog/transparency_log.h"

using namespace fg;
using namespace fg::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

// Two stations synced, a backup, then each takes a complaint and syncs: a first, then b. The
// old relay logged a's events before b's; the backup holds neither. Returns the backup file.
struct AfterBackup {
  TempDir tmp;
  RelayProcess relay{tmp.path() / "relay"};
  relay::SimStation a{tmp.path() / "a", kFair}, b{tmp.path() / "b", kFair};
  fs::path backup = tmp.path() / "backup.zip";
  PublicKey old_log{};
  std::uint64_t backup_size = 0;

  AfterBackup() {
    relay.start();
    std::mt19937_64 rng(7);
    enrol_and_sync(relay, a, b, rng, 0);
    REQUIRE(relay.admin({"backup", "--out", backup.string()}).code == 0);
    backup_size = b.receipts().last_head()->head.size;
    a.take_complaint(rng, 0);
    sync_ok(a, "a after the backup");
    b.take_complaint(rng, 0);
    sync_ok(b, "b after the backup");
    relay.stop(SIGTERM);
    old_log = *a.receipts().log_key();
  }

  RunResult restore(const fs::path& into, bool keep_log) {
    std::vector<std::string> args{FAIRGUARD_RELAY_EXE, "restore", "--from", backup.string(), "--data", into.string()};
    if (keep_log) args.emplace_back("--keep-log");
    return run_process(args);
  }
};

// Every own event of `s`: logged, its receipt in the new log verifying with `new_log`; its
// receipt in the old log (if it had one) kept and verifying offline with `old_log`. Returns how
// many old receipts were kept.
int check_receipts(relay::SimStation& s, const PublicKey& old_log, const PublicKey& new_log) {
  const std::string own = s.key().public_hex();
  int kept = 0;
  for (const auto& e : s.store().read(own, 1, s.store().head_seq(own))) {
    INFO("event " << e.event.seq);
    CHECK(s.receipts().state(e.hash) == sync::ReceiptState::Logged);
    const auto now = s.receipts().receipt(e.hash);
    REQUIRE(now);
    CHECK(verify_receipt(*now, new_log));
    CHECK_FALSE(verify_receipt(*now, old_log));
    for (const auto& old : s.receipts().retired_receipts(e.hash)) {
      CHECK(old.log_key == old_log);
      CHECK(verify_receipt(old.receipt, old_log));
      ++kept;
    }
  }
  return kept;
}

}  // namespace

TEST_CASE("restore retires the log: stations back in the order that used to alarm sync without one", "[ops]") {
  AfterBackup f;
  const fs::path dir = f.tmp.path() / "restored";
  const auto restored = f.restore(dir, false);
  INFO(restored.err);
  REQUIRE(restored.code == 0);
  CHECK_THAT(restored.out, Catch::Contains("retired the transparency log " + to_hex(f.old_log)));
  PublicKey new_log{};
  {
    relay::RelayData data(dir);
    new_log = data.log_key().public_key();
    CHECK(new_log != f.old_log);
    const auto retirements = data.fair_config().log_retirements;
    REQUIRE(retirements.size() == 1);
    CHECK(retirements[0].old_key == to_hex(f.old_log));
    CHECK(retirements[0].new_key == to_hex(new_log));
    CHECK(retirements[0].last_head.head.size == f.backup_size);  // the last head the backup holds
    CHECK(verify_tree_head(retirements[0].last_head, f.old_log));
  }
  std::unique_ptr<ChildProcess> serving;
  const std::uint16_t port = serve_folder(serving, dir);
  f.a.use_relay_at("127.0.0.1", port);
  f.b.use_relay_at("127.0.0.1", port);
  // b first: its complaint goes where a's was in the old log, so a head b or a holds of the old
  // log is contradicted (with --keep-log this is the alarm, below). Here both move to the new log.
  const auto rb = sync_ok(f.b, "b to the restored relay");
  CHECK_THAT(rb.log_retired, Catch::Contains("the bureau retired log " + to_hex(f.old_log).substr(0, 16)));
  const auto ra = sync_ok(f.a, "a to the restored relay");
  CHECK_FALSE(ra.log_retired.empty());
  CHECK(sync_ok(f.b, "b again").log_retired.empty());  // once only
  for (auto* s : {&f.a, &f.b}) {
    CHECK(s->receipts().alerts().empty());
    CHECK(*s->receipts().log_key() == new_log);
    CHECK(s->receipts().retired_log_keys() == std::vector<std::string>{to_hex(f.old_log)});
    CHECK(check_receipts(*s, f.old_log, new_log) == 24);  // two complaints of 12, each logged before
  }
  serving->signal(SIGTERM);
  REQUIRE(serving->wait(30s) == 0);
  relay::RelayData data(dir);
  CHECK(data.log().size() == 48);
  CHECK(data.events().event_count() == 48);
}

TEST_CASE("a restored relay that keeps or silently swaps its log alarms, and retire-log clears it", "[ops]") {
  AfterBackup f;
  const fs::path dir = f.tmp.path() / "kept";
  REQUIRE(f.restore(dir, true).code == 0);
  std::unique_ptr<ChildProcess> serving;
  auto serve = [&] {
    const std::uint16_t port = serve_folder(serving, dir);
    f.a.use_relay_at("127.0.0.1", port);
    f.b.use_relay_at("127.0.0.1", port);
  };
  auto stop = [&] {
    serving->signal(SIGTERM);
    REQUIRE(serving->wait(30s) == 0);
  };
  // The same key, another log at sizes b saw: the alarm, as before this was built.
  serve();
  const auto caught = f.b.sync();
  CHECK_THAT(caught.report.log_alert, Catch::Contains("relay rewrote history"));
  REQUIRE(f.b.receipts().open_alerts().size() == 1);
  stop();

  // The bureau retires that log: b's alarm is explained and cleared (kept, marked), a moves
  // on without one, and both get receipts in the new log.
  const auto retired = run_process({FAIRGUARD_RELAY_EXE, "retire-log", "--data", dir.string()});
  INFO(retired.err);
  REQUIRE(retired.code == 0);
  const PublicKey new_log = relay::RelayData(dir).log_key().public_key();
  serve();
  const auto rb = sync_ok(f.b, "b after the retirement");
  CHECK(rb.alerts_cleared == 1);
  CHECK(f.b.receipts().open_alerts().empty());
  const auto all = f.b.receipts().alerts();
  REQUIRE(all.size() == 1);
  CHECK(all[0].kind == "rewrote_history");
  CHECK(all[0].log_key == to_hex(f.old_log));
  CHECK(all[0].cleared_at > 0);
  CHECK_THAT(all[0].cleared_by, Catch::Contains("the bureau retired log"));
  sync_ok(f.a, "a after the retirement");
  CHECK(f.a.receipts().alerts().empty());
  CHECK(check_receipts(f.a, f.old_log, new_log) > 0);
  stop();

  // The relay swaps its log key with no retirement (a new configuration version, as any change
  // makes): the alarm, and receipts are not taken under the unexplained key.
  fs::remove(dir / "log.key");
  KeyPair::generate().save(dir / "log.key");
  {
    SQLite::Database db((dir / "relay.db").string(), SQLite::OPEN_READWRITE);
    db.exec("UPDATE relay_meta SET value = value + 1 WHERE key='config_version'");
  }
  serve();
  std::mt19937_64 rng(9);
  f.a.take_complaint(rng, 0);
  const auto swapped = f.a.sync();
  CHECK_THAT(swapped.report.log_alert, Catch::Contains("the bureau's log key changed"));
  CHECK(f.a.receipts().open_alerts().at(0).kind == "log_key_changed");
  CHECK(*f.a.receipts().log_key() == new_log);  // the pinned key stays
  stop();
}
