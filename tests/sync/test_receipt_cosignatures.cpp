// The station keeps witnesses' cosignatures that come with its receipts (docs/witness.md):
// only those on a head the log key signed, that the accepted head extends, and that verify;
// a tree-proofs message carries them through its JSON form and back.
#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>

#include "support/temp_dir.h"
#include "sync/messages.h"
#include "sync/receipt_store.h"
#include "tlog/merkle.h"

using namespace fg;
using namespace fg::sync;

namespace {
const KeyPair kLog = KeyPair::from_seed(Bytes(32, 0x31));
const KeyPair kWitness = KeyPair::from_seed(Bytes(32, 0x32));

SignedTreeHead head_of(const MemoryMerkleTree& tree, std::uint64_t size, std::int64_t time = 1764057600000) {
  return sign_tree_head({size, tree.root(size), time}, kLog);
}

WitnessedHead witnessed(const MemoryMerkleTree& tree, std::uint64_t size, std::uint64_t to) {
  WitnessedHead w{head_of(tree, size), {}, tree.consistency_proof(size, to)};
  w.cosignatures.push_back(cosign_tree_head(kLog.public_key(), w.head.head, kWitness, 1764057660000));
  return w;
}
}  // namespace

TEST_CASE("receipt store keeps a witness's cosignature only when it holds against the accepted head", "[sync]") {
  fg::test::TempDir tmp{"fairguard-cosigs"};
  ReceiptStore store(tmp.path() / "receipts.db");
  MemoryMerkleTree tree;
  for (int i = 0; i < 10; ++i) tree.append(as_bytes("event " + std::to_string(i)));
  const SignedTreeHead accepted = head_of(tree, 10);

  WitnessedHead forged = witnessed(tree, 6, 10);
  forged.cosignatures[0].sig[0] ^= 1;
  MemoryMerkleTree other;  // a history the accepted head does not extend
  for (int i = 0; i < 6; ++i) other.append(as_bytes("other " + std::to_string(i)));
  WitnessedHead fork{head_of(other, 6), {}, tree.consistency_proof(6, 10)};
  fork.cosignatures.push_back(cosign_tree_head(kLog.public_key(), fork.head.head, kWitness, 1764057660000));
  WitnessedHead unsigned_head = witnessed(tree, 4, 10);
  unsigned_head.head.sig[0] ^= 1;

  const std::vector<WitnessedHead> sent{witnessed(tree, 8, 10), forged, fork, unsigned_head};
  // Through the wire form, as the relay's ack carries them.
  TreeProofs tp;
  tp.head = accepted;
  tp.witnessed = sent;
  const TreeProofs received = tree_proofs_from_json(tp.to_json());
  REQUIRE(received.witnessed.size() == 4);

  CHECK(store.keep_cosignatures(received.witnessed, accepted, kLog.public_key(), 1) == 1);
  const auto kept = store.cosignatures();
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].head.head.size == 8);
  CHECK(kept[0].cosignatures[0].witness == kWitness.public_key());
  CHECK(store.schema_version() == 4);
}

TEST_CASE("a retired log's witness cosignatures move with it, the new log's stay", "[sync]") {
  fg::test::TempDir tmp{"fairguard-cosigs"};
  ReceiptStore store(tmp.path() / "receipts.db");
  MemoryMerkleTree tree;
  for (int i = 0; i < 10; ++i) tree.append(as_bytes("event " + std::to_string(i)));
  store.pin_log_key(kLog.public_key());
  store.accept_head(head_of(tree, 10), 1);
  REQUIRE(store.keep_cosignatures(std::vector{witnessed(tree, 8, 10)}, head_of(tree, 10), kLog.public_key(), 2) == 1);

  const KeyPair next = KeyPair::from_seed(Bytes(32, 0x33));
  store.retire_log(LogRetirement{kLog.public_hex(), head_of(tree, 10), next.public_hex(), 3}, 4);
  CHECK(store.cosignatures().empty());  // none of the new log yet
  const auto moved = store.retired_cosignatures(kLog.public_hex());
  REQUIRE(moved.size() == 1);
  CHECK(moved[0].head.head.size == 8);
  CHECK(verify_cosignature(moved[0].cosignatures[0], kLog.public_key(), moved[0].head.head));

  // The new log's cosignature at the same witness and size is kept beside the retired one.
  const SignedTreeHead fresh = sign_tree_head({8, tree.root(8), 1764057600000}, next);
  WitnessedHead w{fresh, {cosign_tree_head(next.public_key(), fresh.head, kWitness, 5)}, {}};
  CHECK(store.keep_cosignatures(std::vector{w}, fresh, next.public_key(), 6) == 1);
  CHECK(store.cosignatures().size() == 1);
  CHECK(store.retired_cosignatures(kLog.public_hex()).size() == 1);
}

TEST_CASE("a receipts.db of schema 3 gets each cosignature's log key from the pinned one", "[sync]") {
  fg::test::TempDir tmp{"fairguard-cosigs"};
  const auto file = tmp.path() / "receipts.db";
  MemoryMerkleTree tree;
  for (int i = 0; i < 10; ++i) tree.append(as_bytes("event " + std::to_string(i)));
  {
    ReceiptStore store(file);
    store.pin_log_key(kLog.public_key());
    REQUIRE(store.keep_cosignatures(std::vector{witnessed(tree, 8, 10)}, head_of(tree, 10), kLog.public_key(), 2) == 1);
  }
  {  // back to schema 3 as a station before it left the file: no log_key column
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec("DROP TABLE retired_cosignatures");
    db.exec("ALTER TABLE witness_cosignatures DROP COLUMN log_key");
    db.exec("UPDATE receipts_version SET version = 3");
  }
  ReceiptStore store(file);
  CHECK(store.schema_version() == 4);
  SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("SELECT log_key FROM witness_cosignatures").getString() == kLog.public_hex());
  store.retire_log(LogRetirement{kLog.public_hex(), head_of(tree, 10), KeyPair::generate().public_hex(), 3}, 4);
  CHECK(store.retired_cosignatures(kLog.public_hex()).size() == 1);
  CHECK(store.cosignatures().empty());
}
