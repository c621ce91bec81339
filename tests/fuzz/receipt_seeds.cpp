// Seeds for fuzz_receipt: a real receipt (inclusion proof in a 7-leaf tree, signed head), its
// bare proof, and a tree-proofs message with a consistency proof.
#include "fuzz_seeds.h"
#include "sync/messages.h"
#include "tlog/merkle.h"
#include "tlog/receipt.h"

std::vector<std::string> fuzz_seeds() {
  const fg::KeyPair log_key = fg::KeyPair::from_seed(fg::Bytes(32, 0x10));
  fg::MemoryMerkleTree tree;
  std::vector<fg::Digest> events;
  for (std::uint8_t i = 0; i < 7; ++i) {
    events.push_back(fg::sha256(fg::Bytes(1, i)));
    tree.append_leaf_hash(fg::event_leaf_hash(events.back()));
  }
  const fg::SignedTreeHead head = fg::sign_tree_head({7, tree.root(), 1790000000000}, log_key);
  const fg::Receipt receipt{events[5], {5, 7, tree.inclusion_proof(5, 7)}, head};
  fg::sync::TreeProofs proofs;
  proofs.head = head;
  proofs.from_size = 3;
  proofs.consistency = tree.consistency_proof(3, 7);
  proofs.proofs.push_back({events[2], 2, tree.inclusion_proof(2, 7)});
  return {receipt.to_json().dump(), receipt.proof.to_json().dump(), head.to_json().dump(), proofs.to_json().dump()};
}
