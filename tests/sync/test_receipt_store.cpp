// The station's ReceiptStore (receipts.db) and the receipt messages, against real SQLite
// files and a real in-memory Merkle tree signed with a log key.
#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>

#include "support/temp_dir.h"
#include "sync/messages.h"
#include "sync/receipt_store.h"
#include "tlog/merkle.h"

using namespace fg;
using namespace fg::sync;

namespace {

Digest event_hash(int i) { return sha256(as_bytes("event " + std::to_string(i))); }

// A log of n events, signed, and the receipt of event i against it.
struct SignedLog {
  KeyPair key = KeyPair::from_seed(Bytes(32, 0x21));
  MemoryMerkleTree tree;
  explicit SignedLog(int n) {
    for (int i = 0; i < n; ++i) tree.append_leaf_hash(event_leaf_hash(event_hash(i)));
  }
  SignedTreeHead head() const { return sign_tree_head({tree.size(), tree.root(), 1764057600000}, key); }
  Receipt receipt(int i) const {
    const auto idx = static_cast<std::uint64_t>(i);
    return {event_hash(i), {idx, tree.size(), tree.inclusion_proof(idx, tree.size())}, head()};
  }
};

}  // namespace

TEST_CASE("receipt store: events go sealed, received, logged, and only verified receipts are kept", "[sync]") {
  fg::test::TempDir tmp{"fairguard-receipts"};
  SignedLog log(10);
  ReceiptStore store(tmp.path() / "receipts.db");
  CHECK(store.schema_version() == ReceiptStore::kSchemaVersion);
  CHECK(store.state(event_hash(3)) == ReceiptState::Sealed);

  std::vector<EventRef> refs;
  for (int i = 0; i < 10; ++i) refs.push_back({event_hash(i), "dev", i + 1});
  store.mark_received(refs);
  CHECK(store.state(event_hash(3)) == ReceiptState::Received);
  CHECK(store.received_up_to("dev") == 10);
  CHECK(store.awaiting_proof("dev", 4).size() == 4);

  std::vector<Receipt> receipts{log.receipt(3), log.receipt(4)};
  receipts[1].proof.path[0][0] ^= 1;  // a proof that does not lead to the root
  std::vector<std::string> refused;
  CHECK(store.add_receipts(receipts, log.key.public_key(), &refused) == 1);
  REQUIRE(refused.size() == 1);
  CHECK_THAT(refused[0], Catch::Contains("does not lead"));
  CHECK(store.state(event_hash(3)) == ReceiptState::Logged);
  CHECK(store.state(event_hash(4)) == ReceiptState::Received);
  // A receipt signed by another key is refused too.
  const KeyPair other = KeyPair::from_seed(Bytes(32, 0x22));
  CHECK(store.add_receipts(std::vector<Receipt>{log.receipt(5)}, other.public_key()) == 0);
  CHECK(store.count(ReceiptState::Logged) == 1);
  CHECK(store.count(ReceiptState::Received) == 9);

  auto kept = store.receipt(event_hash(3));
  REQUIRE(kept);
  CHECK(verify_receipt(*kept, log.key.public_key()));
  const auto waiting = store.awaiting_proof("dev", 100);
  CHECK(std::find(waiting.begin(), waiting.end(), event_hash(3)) == waiting.end());
}

TEST_CASE("receipt store: heads, the pinned log key and alerts survive a reopen, alerts are never replaced", "[sync]") {
  fg::test::TempDir tmp{"fairguard-receipts"};
  SignedLog log(5);
  {
    ReceiptStore store(tmp.path() / "receipts.db");
    CHECK_FALSE(store.last_head());
    store.pin_log_key(log.key.public_key());
    store.pin_log_key(KeyPair::from_seed(Bytes(32, 9)).public_key());  // the first pin stays
    store.accept_head(log.head(), 1);
    CHECK(store.add_alert("rewrote_history", "relay rewrote history: x", Json{{"a", 1}}, 2));
    CHECK_FALSE(store.add_alert("rewrote_history", "relay rewrote history: x", Json{{"a", 2}}, 3));
    CHECK(store.add_alert("rewrote_history", "relay rewrote history: y", Json{{"a", 3}}, 4));
  }
  ReceiptStore store(tmp.path() / "receipts.db");
  REQUIRE(store.log_key());
  CHECK(*store.log_key() == log.key.public_key());
  REQUIRE(store.last_head());
  CHECK(store.last_head()->head == log.head().head);
  const auto alerts = store.alerts();
  REQUIRE(alerts.size() == 2);
  CHECK(alerts[0].message == "relay rewrote history: x");
  CHECK(alerts[0].evidence["a"] == 1);
}

TEST_CASE("receipt store: the last completed sync is kept across a reopen", "[sync]") {
  fg::test::TempDir tmp{"fairguard-receipts"};
  {
    ReceiptStore store(tmp.path() / "receipts.db");
    CHECK_FALSE(store.last_sync().has_value());  // never synced
    store.record_sync({1'760'000'000'000, 41});
    store.record_sync({1'760'000'120'000, 57});  // the later sync replaces the earlier
  }
  ReceiptStore reopened(tmp.path() / "receipts.db");
  const auto last = reopened.last_sync();
  REQUIRE(last.has_value());
  CHECK(last->at_ms == 1'760'000'120'000);
  CHECK(last->relay_head == 57);
}

TEST_CASE("receipt store: a newer schema is refused with a clear message", "[sync]") {
  fg::test::TempDir tmp{"fairguard-receipts"};
  { ReceiptStore store(tmp.path() / "receipts.db"); }
  {
    SQLite::Database db((tmp.path() / "receipts.db").string(), SQLite::OPEN_READWRITE);
    db.exec("UPDATE receipts_version SET version = 99");
  }
  CHECK_THROWS_WITH(ReceiptStore(tmp.path() / "receipts.db"), Catch::Contains("newer than this program supports"));
}

TEST_CASE("tree messages and ack receipts survive the wire, malformed ones are refused", "[sync]") {
  SignedLog log(7);
  TreeProofs t;
  t.head = log.head();
  t.from_size = 3;
  t.consistency = log.tree.consistency_proof(3, 7);
  t.proofs.push_back({event_hash(6), 6, log.tree.inclusion_proof(6, 7)});
  t.missing.push_back(event_hash(99));
  FrameDecoder d;
  REQUIRE(d.feed(encode_frame(MsgType::TreeProofs, make(t).payload)));
  TreeProofs back = parse_tree_proofs(*d.next());
  CHECK(back.head.head == t.head.head);
  CHECK(back.head.sig == t.head.sig);
  CHECK(back.from_size == 3);
  CHECK(verify_consistency(3, 7, log.tree.root(3), back.head.head.root, back.consistency));
  REQUIRE(back.proofs.size() == 1);
  CHECK(back.proofs[0].path == t.proofs[0].path);
  CHECK(back.missing == t.missing);

  AckMsg ack;
  ack.head = 7;
  ack.receipt = t.to_json();
  CHECK(tree_proofs_from_json(parse_ack(make(ack)).receipt).proofs.size() == 1);

  TreeRequest req{7, to_hex(log.tree.root()), {event_hash(1), event_hash(2)}, std::nullopt};
  TreeRequest req2 = parse_tree_request(make(req));
  CHECK(req2.size == 7);
  CHECK(req2.want == req.want);
  CHECK(parse_heads_tree_size(make_heads(MsgType::Heads, {}, 12)) == 12u);
  CHECK_FALSE(parse_heads_tree_size(make_heads(MsgType::Heads, {})));

  Json bad = t.to_json();
  bad["proofs"][0]["path"][0] = "zz";
  CHECK_THROWS_AS(tree_proofs_from_json(bad), ProtocolError);
  bad = t.to_json();
  bad.erase("treeHead");
  CHECK_THROWS_WITH(tree_proofs_from_json(bad), Catch::Contains("treeHead"));
  TreeRequest big;
  big.want.assign(kMaxTreeWant + 1, event_hash(0));
  CHECK_THROWS_WITH(parse_tree_request(make(big)), Catch::Contains("over the limit of"));
}

TEST_CASE("receipt store: a retired log keeps its receipts and heads, clears only the alerts it explains", "[sync]") {
  fg::test::TempDir tmp{"fairguard-receipts"};
  SignedLog log(5);
  const KeyPair next = KeyPair::from_seed(Bytes(32, 0x22));
  ReceiptStore store(tmp.path() / "receipts.db");
  CHECK(store.add_alert("rewrote_history", "raised before any key was pinned", Json::object(), 1));
  store.pin_log_key(log.key.public_key());
  std::vector<EventRef> refs;
  std::vector<Receipt> receipts;
  for (int i = 0; i < 5; ++i) {
    refs.push_back({event_hash(i), "dev", i + 1});
    receipts.push_back(log.receipt(i));
  }
  store.mark_received(refs);
  REQUIRE(store.add_receipts(receipts, log.key.public_key()) == 5);
  store.accept_head(log.head(), 2);
  CHECK(store.add_alert("rewrote_history", "relay rewrote history: shrank", Json::object(), 3));
  CHECK(store.add_alert("bad_signature", "tree head refused", Json::object(), 4));

  const LogRetirement wrong{next.public_hex(), log.head(), log.key.public_hex(), 5};
  CHECK_THROWS_WITH(store.retire_log(wrong, 5), Catch::Contains("not the pinned one"));
  const LogRetirement r{log.key.public_hex(), log.head(), next.public_hex(), 5};
  CHECK(store.retire_log(r, 6) == 1);

  CHECK(*store.log_key() == next.public_key());
  CHECK_FALSE(store.last_head());  // the new log starts with no head held
  CHECK(store.retired_log_keys() == std::vector<std::string>{log.key.public_hex()});
  CHECK(store.awaiting_proof("dev", 10).size() == 5);  // each awaits a receipt in the new log
  CHECK(store.count(ReceiptState::Logged) == 0);
  for (int i = 0; i < 5; ++i) {
    CHECK(store.state(event_hash(i)) == ReceiptState::Received);
    CHECK_FALSE(store.receipt(event_hash(i)));
    const auto kept = store.retired_receipts(event_hash(i));
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].log_key == log.key.public_key());
    CHECK(verify_receipt(kept[0].receipt, log.key.public_key()));  // offline, as before
  }
  // The forged head and the alert about no known log stay until explained; the rewrite of the
  // retired log is cleared but kept.
  const auto open = store.open_alerts();
  REQUIRE(open.size() == 2);
  CHECK(open[0].message == "raised before any key was pinned");
  CHECK(open[1].kind == "bad_signature");
  const auto all = store.alerts();
  REQUIRE(all.size() == 3);
  CHECK(all[1].cleared_at == 6);
  CHECK(all[1].log_key == log.key.public_hex());
  // The same message about the new log is a new alert, not hidden by the cleared one.
  CHECK(store.add_alert("rewrote_history", "relay rewrote history: shrank", Json::object(), 7));
  CHECK(store.open_alerts().back().log_key == next.public_hex());
}
