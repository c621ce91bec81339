#include "restored_relay.h"

#include <catch2/catch.hpp>

namespace fg::test {

using namespace std::chrono_literals;

std::uint16_t serve_folder(std::unique_ptr<ChildProcess>& child, const std::filesystem::path& dir) {
  child = std::make_unique<ChildProcess>(
      std::vector<std::string>{FAIRGUARD_RELAY_EXE, "serve", "--data", dir.string(), "--listen", "127.0.0.1:0"});
  const auto line = child->wait_stdout(" on 127.0.0.1:", 30s);
  REQUIRE(line);
  return static_cast<std::uint16_t>(std::stoi(line->substr(line->find(" on 127.0.0.1:") + 14)));
}

void enrol_and_sync(RelayProcess& relay, relay::SimStation& a, relay::SimStation& b, std::mt19937_64& rng,
                    int photo_kb) {
  a.enrol(relay.enroll("Hall 1"));
  b.enrol(relay.enroll("Hall 2"));
  a.take_complaint(rng, photo_kb);
  b.take_complaint(rng, photo_kb);
  sync_ok(a, "a before the backup");
  sync_ok(b, "b before the backup");
}

sync::SyncReport sync_ok(relay::SimStation& station, const std::string& what) {
  INFO(what);
  const auto r = station.sync();
  CHECK(r.report.problems.empty());
  for (const auto& p : r.report.problems) UNSCOPED_INFO(p);
  CHECK(r.report.events_refused == 0);
  CHECK(r.report.log_alert.empty());
  CHECK(r.report.relay_head == station.store().head_seq(station.key().public_hex()));
  CHECK(r.report.receipts_pending == 0);  // every own event has a checked receipt
  return r.report;
}

}  // namespace fg::test
