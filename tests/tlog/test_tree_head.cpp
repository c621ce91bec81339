// Signed tree heads: exact signed bytes, signature checks, JSON round trip and refusals.
#include <catch2/catch.hpp>

#include "tlog/receipt.h"
#include "tlog/tree_head.h"
#include "tlog_test_support.h"

using namespace fg;

namespace {
KeyPair seeded_key(std::uint8_t b) {
  Bytes seed(32, b);
  return KeyPair::from_seed(seed);
}
}  // namespace

TEST_CASE("A tree head signs the domain prefix and canonical JSON of size, root, time", "[tlog]") {
  TreeHead h{3, fake_event_hash(1), 1764057600000};
  CHECK(h.signed_message() ==
        "fairguard-tree-head-v1\n{\"root\":\"" + to_hex(h.root) + "\",\"size\":3,\"time\":1764057600000}");
  const KeyPair log_key = seeded_key(7);
  const SignedTreeHead sth = sign_tree_head(h, log_key);
  CHECK(verify_tree_head(sth, log_key.public_key()));
  // The same bytes without the prefix do not verify: a signature over an event or any other
  // JSON can never pass as a tree head.
  CHECK(verify_signature(log_key.public_key(), as_bytes(h.signed_message()), sth.sig));
  CHECK_FALSE(verify_signature(log_key.public_key(), as_bytes(h.canonical()), sth.sig));
}

TEST_CASE("A tree head fails under another key or with any field changed", "[tlog]") {
  const KeyPair log_key = seeded_key(7);
  const SignedTreeHead sth = sign_tree_head({10, fake_event_hash(2), 1764057600000}, log_key);
  CHECK_FALSE(verify_tree_head(sth, seeded_key(8).public_key()));
  auto changed = sth;
  changed.head.size = 11;
  CHECK_FALSE(verify_tree_head(changed, log_key.public_key()));
  changed = sth;
  changed.head.root[5] ^= 1;
  CHECK_FALSE(verify_tree_head(changed, log_key.public_key()));
  changed = sth;
  changed.head.time += 1;
  CHECK_FALSE(verify_tree_head(changed, log_key.public_key()));
  changed = sth;
  changed.sig[63] ^= 0x40;
  CHECK_FALSE(verify_tree_head(changed, log_key.public_key()));
}

TEST_CASE("Signed tree heads and receipts survive JSON: malformed ones are refused with a reason", "[tlog]") {
  const KeyPair log_key = seeded_key(7);
  const SignedTreeHead sth = sign_tree_head({5, fake_event_hash(3), 1764057600123}, log_key);
  const Json j = Json::parse(canonical_dump(sth.to_json()));
  auto back = signed_tree_head_from_json(j);
  REQUIRE(back);
  CHECK(back->head == sth.head);
  CHECK(back->sig == sth.sig);

  std::string why;
  Json bad = j;
  bad.erase("root");
  CHECK_FALSE(signed_tree_head_from_json(bad, &why));
  CHECK(why.find("root") != std::string::npos);
  bad = j;
  bad["size"] = -1;
  CHECK_FALSE(signed_tree_head_from_json(bad, &why));
  CHECK(why.find("size") != std::string::npos);
  bad = j;
  bad["root"] = "ABC";
  CHECK_FALSE(signed_tree_head_from_json(bad, &why));
  bad = j;
  bad["extra"] = 1;
  CHECK_FALSE(signed_tree_head_from_json(bad, &why));
  bad = j;
  bad["sig"] = "00";
  CHECK_FALSE(signed_tree_head_from_json(bad, &why));
  CHECK(why.find("signature") != std::string::npos);

  InclusionProof p{2, 5, {fake_event_hash(9), fake_event_hash(10)}};
  auto pj = inclusion_proof_from_json(Json::parse(canonical_dump(p.to_json())));
  REQUIRE(pj);
  CHECK(pj->leaf_index == 2);
  CHECK(pj->tree_size == 5);
  CHECK(pj->path == p.path);
  Json badp = p.to_json();
  badp["path"][1] = "zz";
  CHECK_FALSE(inclusion_proof_from_json(badp, &why));
  CHECK(why.find("path") != std::string::npos);
}

TEST_CASE("proof and tree-head bounds: path length, tree size and leaf index in range", "[tlog]") {
  InclusionProof p{3, 8, std::vector<Digest>(kMaxProofHashes, Digest{})};
  std::string why;
  CHECK(inclusion_proof_from_json(p.to_json(), &why));
  p.path.push_back(Digest{});
  CHECK_FALSE(inclusion_proof_from_json(p.to_json(), &why));
  CHECK(why == "inclusion proof path longer than 64 hashes");

  p.path.clear();
  p.tree_size = kMaxLogTreeSize;
  CHECK(inclusion_proof_from_json(p.to_json(), &why));
  p.tree_size = kMaxLogTreeSize + 1;  // what a "-1" becomes when read as unsigned
  CHECK_FALSE(inclusion_proof_from_json(p.to_json(), &why));
  CHECK_THAT(why, Catch::Contains("is out of range"));
  p.tree_size = 8;
  p.leaf_index = 8;
  CHECK_FALSE(inclusion_proof_from_json(p.to_json(), &why));
  CHECK(why == "inclusion proof leafIndex 8 or treeSize 8 is out of range");

  Json head = TreeHead{kMaxLogTreeSize, Digest{}, 1}.to_json();
  CHECK(tree_head_from_json(head, &why));
  head["size"] = kMaxLogTreeSize + 1;
  CHECK_FALSE(tree_head_from_json(head, &why));
  CHECK(why == "tree head size out of range");
}
