#include "witness_fixture.h"

namespace fg::fuzz {

namespace {
constexpr std::int64_t kHeadTime = 1790000000000;
}

WitnessFixture::WitnessFixture() {
  for (std::uint8_t i = 0; i < 7; ++i) tree.append_leaf_hash(event_leaf_hash(sha256(Bytes(1, i))));
  head = sign_tree_head({7, tree.root(), kHeadTime}, log);
  const SignedTreeHead at_3 = sign_tree_head({3, tree.root(3), kHeadTime - 1000}, log);
  witnessed_at_3.head = at_3;
  witnessed_at_3.cosignatures.push_back(cosign_tree_head(log.public_key(), at_3.head, witness, kHeadTime - 500));
  witnessed_at_3.consistency = tree.consistency_proof(3, 7);
  witness_key[0] = witness.public_key();
}

}  // namespace fg::fuzz
