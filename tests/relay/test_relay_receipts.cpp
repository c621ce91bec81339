// Receipts with the in-process relay (the real Server and TLS on 127.0.0.1): every pushed
// event ends with a receipt that verifies offline, the tree heads a station sees always
// extend each other, and a forged tree head is refused.
#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>

#include "relay_fixture.h"
#include "tlog/merkle.h"
#include "tlog/transparency_log.h"

using namespace fg;
using namespace fg::test;

namespace {
// Every event of the station's own chain is in the bureau log, with a receipt that verifies
// with the log key alone.
void check_all_logged(relay::SimStation& s, const PublicKey& log_key) {
  const std::string own = s.key().public_hex();
  for (const auto& e : s.store().read(own, 1)) {
    INFO("event seq " << e.event.seq);
    CHECK(s.receipts().state(e.hash) == sync::ReceiptState::Logged);
    auto r = s.receipts().receipt(e.hash);
    REQUIRE(r);
    std::string why;
    CHECK(verify_receipt(*r, log_key, &why));
    CHECK(why.empty());
  }
}
}  // namespace

TEST_CASE("after a sync every pushed event has a receipt whose proof verifies offline", "[relay]") {
  InProcessRelay relay;
  TempDir tmp;
  const PublicKey log_key = relay.data().log_key().public_key();
  relay::SimStation s(tmp.path() / "s", kFair);
  s.enrol(relay.payload("hall 1"));
  std::mt19937_64 rng(5);
  for (int c = 0; c < 3; ++c) s.take_complaint(rng, 0);
  // The station is sealed-only before the push.
  const auto first_event = s.store().read(s.key().public_hex(), 1, 1).at(0);
  CHECK(s.receipts().state(first_event.hash) == sync::ReceiptState::Sealed);

  auto r = s.sync();
  CHECK(r.report.problems.empty());
  CHECK(r.report.events_acked == 36);
  CHECK(r.report.receipts_stored == 36);
  CHECK(r.report.receipts_total == 36);
  CHECK(r.report.receipts_pending == 0);
  CHECK(r.report.tree_size == 36);
  CHECK(r.report.log_alert.empty());
  check_all_logged(s, log_key);
  // The log key came with the bureau-signed configuration and is pinned.
  REQUIRE(s.receipts().log_key());
  CHECK(*s.receipts().log_key() == log_key);
  // The relay's log holds exactly the accepted events, in push order.
  CHECK(relay.data().log().size() == 36);
  CHECK(relay.data().log().index_of(first_event.hash) == 0u);

  // A sync with nothing to push still checks the relay's head; nothing appended twice.
  auto again = s.sync();
  CHECK(again.report.problems.empty());
  CHECK(again.report.tree_check == "consistent");
  CHECK(again.report.receipts_stored == 0);
  CHECK(relay.data().log().size() == 36);
}

TEST_CASE("30 syncs from 3 stations: the tree grows and every head a station sees extends the last", "[relay]") {
  InProcessRelay relay;
  TempDir tmp;
  const PublicKey log_key = relay.data().log_key().public_key();
  std::vector<std::unique_ptr<relay::SimStation>> stations;
  std::mt19937_64 rng(8);
  for (int i = 0; i < 3; ++i) {
    stations.push_back(std::make_unique<relay::SimStation>(tmp.path() / ("s" + std::to_string(i)), kFair));
    stations.back()->enrol(relay.payload("hall " + std::to_string(i)));
  }
  std::uint64_t last_size = 0;
  for (int round = 0; round < 10; ++round)
    for (auto& s : stations) {
      s->take_complaint(rng, 0);
      const auto before = s->receipts().last_head();
      sync::SyncOptions o;
      o.fetch_blobs = false;
      auto r = s->sync(o);
      INFO("round " << round << " station " << s->code());
      CHECK(r.report.problems.empty());
      CHECK(r.report.receipts_stored == 12);
      CHECK(r.report.tree_check == (before ? "consistent" : "first"));
      CHECK(r.report.tree_size > last_size);  // each sync appended this station's 12 events
      last_size = r.report.tree_size;
    }
  CHECK(last_size == 360);
  CHECK(relay.data().log().size() == 360);
  for (auto& s : stations) {
    check_all_logged(*s, log_key);
    // Every pair of heads the station accepted: the relay's consistency proof verifies.
    const auto heads = s->receipts().accepted_heads();
    CHECK(heads.size() >= 10);
    for (std::size_t a = 0; a < heads.size(); ++a)
      for (std::size_t b = a; b < heads.size(); ++b) {
        const auto& h1 = heads[a].head;
        const auto& h2 = heads[b].head;
        CHECK(verify_tree_head(heads[b], log_key));
        CHECK(verify_consistency(h1.size, h2.size, h1.root, h2.root,
                                 relay.data().log().consistency_proof(h1.size, h2.size)));
      }
  }
}

TEST_CASE("a tree head with a forged signature is refused and changes nothing at the station", "[relay]") {
  InProcessRelay relay;
  TempDir tmp;
  relay::SimStation s(tmp.path() / "s", kFair);
  s.enrol(relay.payload("hall 1"));
  std::mt19937_64 rng(2);
  s.take_complaint(rng, 0);
  REQUIRE(s.sync().report.problems.empty());
  const auto held = s.receipts().last_head();
  REQUIRE(held);
  // Another station's push grows the log; then the relay's latest head is tampered with (its
  // signature no longer matches): the station's next sync gets exactly that head.
  relay::SimStation other(tmp.path() / "o", kFair);
  other.enrol(relay.payload("hall 2"));
  other.take_complaint(rng, 0);
  REQUIRE(other.sync().report.problems.empty());
  {
    SQLite::Database db((relay.dir() / "relay" / "relay.db").string(), SQLite::OPEN_READWRITE);
    db.setBusyTimeout(5000);
    db.exec("UPDATE tlog_heads SET sig = zeroblob(64) WHERE size = (SELECT MAX(size) FROM tlog_heads)");
  }
  auto r = s.sync();  // nothing to push: the tree request gets the tampered head
  CHECK(r.report.tree_check == "bad_signature");
  CHECK_THAT(r.report.log_alert, Catch::Contains("not signed by the bureau's log key"));
  CHECK(r.report.receipts_stored == 0);
  // The head is not accepted, the receipts held stay, the alert is kept.
  REQUIRE(s.receipts().last_head());
  CHECK(s.receipts().last_head()->head == held->head);
  CHECK(r.report.receipts_total == 12);
  const auto alerts = s.receipts().alerts();
  REQUIRE(alerts.size() == 1);
  CHECK(alerts[0].kind == "bad_signature");
}
