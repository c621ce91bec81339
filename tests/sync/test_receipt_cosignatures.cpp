// The station keeps witnesses' cosignatures that come with its receipts (docs/witness.md):
// only those on a head the log key signed, that the accepted head extends, and that verify;
// a tree-proofs message carries them through its JSON form and back.
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
  CHECK(store.schema_version() == 3);
}
