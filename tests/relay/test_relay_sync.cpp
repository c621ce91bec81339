// In-process relay (the real Server and TLS on 127.0.0.1) with simulated stations.
#include <catch2/catch.hpp>

#include "relay_fixture.h"
#include "sync/tls_client.h"

using namespace fg;
using namespace fg::test;
namespace fs = std::filesystem;

TEST_CASE("three stations enrol, push and pull: everyone ends with every event and blob", "[relay]") {
  InProcessRelay relay;
  TempDir tmp;
  std::vector<std::unique_ptr<relay::SimStation>> stations;
  std::mt19937_64 rng(42);
  for (int i = 0; i < 3; ++i) {
    stations.push_back(std::make_unique<relay::SimStation>(tmp.path() / ("station-" + std::to_string(i)), kFair));
    auto r = stations.back()->enrol(relay.payload("hall " + std::to_string(i)));
    CHECK(r.welcome.enrolled_now);
    CHECK(r.welcome.station_code == "S0" + std::to_string(i + 1));
    for (int c = 0; c < 2; ++c) stations.back()->take_complaint(rng, 40);
  }
  // First round pushes everything; the second round brings each station the others' events.
  for (auto& s : stations) {
    auto r = s->sync();
    CHECK(r.report.events_acked == 24);
    CHECK(r.report.events_refused == 0);
    CHECK(r.report.blobs_sent == 2);
    CHECK(r.report.problems.empty());
  }
  for (auto& s : stations) {
    auto r = s->sync();
    CHECK(r.report.events_sent == 0);
    CHECK(r.report.problems.empty());
  }
  CHECK(relay.data().events().event_count() == 72);
  for (auto& s : stations) {
    CHECK(s->store().event_count() == 72);
    for (const auto& [device, head] : s->store().heads()) {
      CHECK(head == 24);
      for (const auto& e : s->store().read(device, 1))
        for (const auto& b : e.event.blobs) {
          CHECK(s->blobs().verify(b));
          CHECK(relay.data().blobs().verify(b));
        }
    }
  }
  // Exactly once: 6 photo files at the relay, no leftover partials.
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(relay.data().blobs().root()))
    if (entry.is_regular_file()) ++files;
  CHECK(files == 6);
}

TEST_CASE("a sync reports the blob upload as it goes and ends at what the relay lacked", "[relay]") {
  InProcessRelay relay;
  TempDir tmp;
  relay::SimStation station(tmp.path() / "station", kFair);
  station.enrol(relay.payload("hall"));
  std::mt19937_64 rng(7);
  for (int c = 0; c < 3; ++c) station.take_complaint(rng, 700);  // three photos of ~700 KB: several chunks each

  std::vector<std::pair<std::uint64_t, std::uint64_t>> seen;  // (sent, to send) per callback
  sync::SyncOptions options;
  options.on_progress = [&](const sync::SyncReport& r) { seen.emplace_back(r.blob_bytes_sent, r.blob_bytes_to_send); };
  auto r = station.sync(options);
  REQUIRE(r.report.problems.empty());
  REQUIRE(r.report.blobs_sent == 3);
  REQUIRE(seen.size() > 3);
  const std::uint64_t total = r.report.blob_bytes_sent;
  CHECK(total > 3 * 600 * 1024);
  CHECK(r.report.blob_bytes_to_send == total);
  for (std::size_t i = 1; i < seen.size(); ++i) CHECK(seen[i].first >= seen[i - 1].first);  // never backwards
  CHECK(seen.back() == std::make_pair(total, total));

  // Nothing left to upload: the next sync reports 0 of 0.
  seen.clear();
  auto again = station.sync(options);
  CHECK(again.report.blob_bytes_to_send == 0);
  CHECK(again.report.blob_bytes_sent == 0);
}
