// The relay's SQLite log: same roots and proofs as the in-memory tree at every size, growth
// over many syncs checked the way a station checks it, and a rewritten log caught.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <random>

#include "support/temp_dir.h"
#include "tlog/head_check.h"
#include "tlog/merkle.h"
#include "tlog/transparency_log.h"
#include "tlog_test_support.h"

using namespace fg;

namespace {
const int kOpen = SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
KeyPair seeded_key(std::uint8_t b) { return KeyPair::from_seed(Bytes(32, b)); }
}  // namespace

TEST_CASE("The SQLite log gives the in-memory tree's roots and proofs at every size", "[tlog]") {
  fg::test::TempDir dir{"fairguard-tlog"};
  SQLite::Database db((dir / "relay.db").string(), kOpen);
  TransparencyLog log(db);
  MemoryMerkleTree mem;
  std::mt19937 rng(42);
  CHECK(log.size() == 0);
  CHECK(log.root(0) == merkle_empty_root());

  std::vector<Digest> hashes;
  while (hashes.size() < 300) {
    std::vector<Digest> batch;
    const std::size_t n = 1 + rng() % 17;
    for (std::size_t i = 0; i < n; ++i) batch.push_back(fake_event_hash(hashes.size() + i));
    const auto indices = log.append(batch);
    for (std::size_t i = 0; i < n; ++i) {
      CHECK(indices[i] == hashes.size() + i);
      mem.append(batch[i]);
    }
    hashes.insert(hashes.end(), batch.begin(), batch.end());
    REQUIRE(log.size() == hashes.size());
    REQUIRE(log.root(log.size()) == mem.root());
  }
  for (std::uint64_t size = 1; size <= 300; size += 7) {
    REQUIRE(log.root(size) == mem.root(size));
    for (std::uint64_t i = 0; i < size; i += 5)
      REQUIRE(log.inclusion_proof(i, size).path == mem.inclusion_proof(i, size));
    for (std::uint64_t s1 = 1; s1 <= size; s1 += 11)
      REQUIRE(log.consistency_proof(s1, size) == mem.consistency_proof(s1, size));
  }
  auto p = log.prove_event(hashes[123], log.size());
  REQUIRE(p);
  CHECK(p->leaf_index == 123);
  std::string why;
  CHECK(verify_event_inclusion(hashes[123], *p, log.head(0), &why));
  p = log.prove_event(hashes[123], 200);
  REQUIRE(p);
  CHECK_FALSE(verify_event_inclusion(hashes[123], *p, log.head(0), &why));
  CHECK(why.find("tree of 200 leaves") != std::string::npos);
  CHECK_FALSE(log.prove_event(hashes[250], 200));  // not in a tree of 200 leaves
  CHECK_FALSE(log.prove_event(fake_event_hash(1, "other fair"), 300));
}

TEST_CASE("Appending a logged hash again returns its index and does not grow the log", "[tlog]") {
  fg::test::TempDir dir{"fairguard-tlog"};
  SQLite::Database db((dir / "relay.db").string(), kOpen);
  TransparencyLog log(db);
  std::vector<Digest> batch{fake_event_hash(0), fake_event_hash(1), fake_event_hash(0), fake_event_hash(2)};
  CHECK(log.append(batch) == std::vector<std::uint64_t>{0, 1, 0, 2});
  CHECK(log.append(fake_event_hash(1)) == 1);
  CHECK(log.size() == 3);
  CHECK(log.index_of(fake_event_hash(2)) == 2u);
  CHECK(log.event_at(1) == fake_event_hash(1));
}

TEST_CASE("The log persists, and rolls back with the caller's transaction", "[tlog]") {
  fg::test::TempDir dir{"fairguard-tlog"};
  const auto file = (dir / "relay.db").string();
  Digest root;
  {
    SQLite::Database db(file, kOpen);
    TransparencyLog log(db);
    for (std::uint64_t i = 0; i < 37; ++i) log.append(fake_event_hash(i));
    root = log.root(37);
    log.sign_head(seeded_key(3), 1764057600000);
  }
  SQLite::Database db(file, kOpen);
  TransparencyLog log(db);
  CHECK(log.size() == 37);
  CHECK(log.root(37) == root);
  {
    SQLite::Transaction tx(db);  // the relay's event import: not committed
    log.append(std::vector<Digest>{fake_event_hash(100), fake_event_hash(101)});
    CHECK(log.size() == 39);
  }
  CHECK(log.size() == 37);
  CHECK(log.root(37) == root);
  log.append(fake_event_hash(100));
  CHECK(log.size() == 38);

  auto head = log.latest_head();
  REQUIRE(head);
  CHECK(head->head.size == 37);
  CHECK(head->head.root == root);
  CHECK(verify_tree_head(*head, seeded_key(3).public_key()));
  CHECK(log.head_at(37));
  CHECK_FALSE(log.head_at(38));
}

TEST_CASE("A station checks every new tree head over 40 syncs: all extend the last one", "[tlog]") {
  fg::test::TempDir dir{"fairguard-tlog"};
  SQLite::Database db((dir / "relay.db").string(), kOpen);
  TransparencyLog log(db);
  const KeyPair log_key = seeded_key(5);
  std::optional<SignedTreeHead> last_seen;
  std::mt19937 rng(7);
  std::uint64_t next = 0;
  for (int sync = 0; sync < 40; ++sync) {
    std::vector<Digest> batch;
    const int n = static_cast<int>(rng() % 9);  // some syncs bring nothing new
    for (int i = 0; i < n; ++i) batch.push_back(fake_event_hash(next++));
    log.append(batch);
    const SignedTreeHead head = log.sign_head(log_key, 1764057600000 + sync);
    const auto proof = last_seen ? log.consistency_proof(last_seen->head.size, head.head.size) : std::vector<Digest>{};
    const HeadCheck check = check_tree_head(last_seen, head, proof, log_key.public_key());
    INFO(check.message);
    REQUIRE(check.ok());
    CHECK(check.status == (last_seen ? HeadCheckStatus::Consistent : HeadCheckStatus::FirstHead));
    last_seen = head;
  }
  CHECK(last_seen->head.size == next);
}

TEST_CASE("A relay database with one event removed is caught at the station's next sync", "[tlog]") {
  fg::test::TempDir dir{"fairguard-tlog"};
  const KeyPair log_key = seeded_key(5);
  // The honest log the station synced against, up to 20 events.
  SQLite::Database honest_db((dir / "honest.db").string(), kOpen);
  TransparencyLog honest(honest_db);
  for (std::uint64_t i = 0; i < 20; ++i) honest.append(fake_event_hash(i));
  const SignedTreeHead seen = honest.sign_head(log_key, 1764057600000);

  // The same relay after someone deleted event 7 and rebuilt the log, then more syncs came.
  SQLite::Database db((dir / "rewritten.db").string(), kOpen);
  TransparencyLog rewritten(db);
  for (std::uint64_t i = 0; i < 25; ++i)
    if (i != 7) rewritten.append(fake_event_hash(i));
  const SignedTreeHead next = rewritten.sign_head(log_key, 1764057700000);
  const HeadCheck caught =
      check_tree_head(seen, next, rewritten.consistency_proof(seen.head.size, next.head.size), log_key.public_key());
  CHECK(caught.status == HeadCheckStatus::RewroteHistory);
  CHECK(caught.message.find("relay rewrote history") != std::string::npos);

  // Deleting the leaf row alone leaves a log that cannot even produce its proofs.
  honest_db.exec("DELETE FROM tlog_leaves WHERE idx = 7");
  CHECK_THROWS_WITH(honest.inclusion_proof(6, 20), Catch::Contains("leaf 7 is missing"));

  // A relay that shows an older, smaller tree, or another root at the same size, is caught too.
  const SignedTreeHead smaller = sign_tree_head({19, rewritten.root(19), 1764057800000}, log_key);
  CHECK(check_tree_head(seen, smaller, {}, log_key.public_key()).status == HeadCheckStatus::RewroteHistory);
  const SignedTreeHead same_size = sign_tree_head({20, rewritten.root(20), 1764057800000}, log_key);
  CHECK(check_tree_head(seen, same_size, {}, log_key.public_key()).status == HeadCheckStatus::RewroteHistory);
  // A head not signed by the log key is refused before anything else.
  const SignedTreeHead forged = sign_tree_head(next.head, seeded_key(6));
  CHECK(check_tree_head(seen, forged, {}, log_key.public_key()).status == HeadCheckStatus::BadSignature);
}
