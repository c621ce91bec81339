// Faults on the wire: a proxy cuts the sync after every TLS record in turn.
#include <catch2/catch.hpp>
#include <set>

#include "cutting_proxy.h"
#include "relay_fixture.h"
#include "tlog/transparency_log.h"

using namespace fg;
using namespace fg::test;
namespace fs = std::filesystem;

namespace {
std::size_t files_under(const fs::path& dir) {
  std::size_t n = 0;
  if (fs::exists(dir))
    for (const auto& e : fs::directory_iterator(dir)) n += e.is_regular_file() ? 1 : 0;
  return n;
}
std::set<std::string> referenced_blobs(EventStore& store) {
  std::set<std::string> out;
  for (const auto& [device, head] : store.heads())
    for (const auto& e : store.read(device, 1, head)) out.insert(e.event.blobs.begin(), e.event.blobs.end());
  return out;
}
}  // namespace

TEST_CASE("a sync cut at every message boundary in turn loses nothing acknowledged and stores nothing twice",
          "[relay]") {
  InProcessRelay relay;
  TempDir tmp;
  relay::SimStation a(tmp.path() / "a", kFair), b(tmp.path() / "b", kFair);
  a.enrol(relay.payload("a"));
  b.enrol(relay.payload("b"));
  CuttingProxy proxy(relay.port());
  a.use_relay_at("127.0.0.1", proxy.port());
  std::mt19937_64 rng(11);
  const std::string a_key = a.key().public_hex(), b_key = b.key().public_hex();
  auto& relay_events = relay.data().events();

  int cuts = 0;
  std::int64_t acked_before = 0;
  for (int k = 1; k < 400; ++k) {
    // Each round both have something new: events to push and pull, a blob each way.
    a.take_complaint(rng, 20);
    b.take_complaint(rng, 20);
    b.sync();
    proxy.cut_after(k);
    sync::SyncReport progress;
    sync::SyncOptions o;
    o.progress = &progress;
    bool completed = true;
    try {
      a.sync(o, std::chrono::seconds(10));
    } catch (const sync::SyncError& e) {
      completed = false;
      CHECK((e.code() == "network" || e.code() == "timeout"));
    }
    INFO("cut after " << k << " records");
    // Acknowledged means durable: the relay holds at least what it acknowledged.
    CHECK(relay_events.head_seq(a_key) >= progress.relay_head);
    CHECK(relay_events.head_seq(a_key) >= acked_before);
    acked_before = relay_events.head_seq(a_key);
    CHECK(relay_events.verify_chain(a_key).ok);
    CHECK(a.store().verify_chain(b_key).ok);
    if (completed && !proxy.last_was_cut()) break;  // k passed the end of a whole sync
    ++cuts;
  }
  CHECK(cuts > 20);  // a sync is more than 20 records: every boundary was tried

  proxy.cut_after(0);
  auto final_a = a.sync();
  CHECK(final_a.report.problems.empty());
  auto final_b = b.sync();
  CHECK(final_b.report.problems.empty());

  const auto a_head = a.store().head_seq(a_key), b_head = b.store().head_seq(b_key);
  CHECK(relay_events.head_seq(a_key) == a_head);
  CHECK(relay_events.head_seq(b_key) == b_head);
  CHECK(relay_events.event_count() == a_head + b_head);  // each (device, seq) once
  CHECK(a.store().event_count() == a_head + b_head);
  CHECK(b.store().event_count() == a_head + b_head);
  CHECK(relay_events.forks().empty());
  // Blobs: every referenced blob exactly once, verified, no partial left anywhere.
  const auto blobs = referenced_blobs(relay_events);
  CHECK(blobs.size() == static_cast<std::size_t>(2 * (cuts + 1)));
  for (const auto& h : blobs) {
    CHECK(relay.data().blobs().verify(h));
    CHECK(a.blobs().verify(h));
    CHECK(b.blobs().verify(h));
  }
  CHECK(files_under(relay.data().blobs().root() / "partial") == 0);
  CHECK(files_under(a.blobs().root() / "partial") == 0);
  // Receipts: cuts between the relay's commit and its ack lost some acks; the final sync's
  // tree request fetched those receipts. Every event of a is in the log once, proof checked.
  CHECK(final_a.report.receipts_pending == 0);
  CHECK(final_a.report.receipts_total == a_head);
  CHECK(relay.data().log().size() == static_cast<std::uint64_t>(a_head + b_head));
  for (const auto& e : a.store().read(a_key, 1)) {
    auto r = a.receipts().receipt(e.hash);
    REQUIRE(r);
    CHECK(verify_receipt(*r, relay.data().log_key().public_key()));
  }
}
