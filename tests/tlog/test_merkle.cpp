// The Merkle tree against published RFC 6962/9162 known answers, against a direct transcription
// of the RFC's MTH definition, and the proof properties on every tree of 1..64 leaves.
#include <catch2/catch.hpp>

#include <fstream>

#include "tlog/merkle.h"
#include "tlog/receipt.h"
#include "tlog_test_support.h"

using namespace fg;

namespace {

Json load_vectors() {
  std::ifstream in(TLOG_VECTORS);
  REQUIRE(in);
  return Json::parse(in);
}

Digest hex_digest(const Json& j) {
  auto d = digest_from_hex(j.get<std::string>());
  REQUIRE(d);
  return *d;
}

std::vector<Digest> hex_path(const Json& j) {
  std::vector<Digest> out;
  for (const auto& h : j) out.push_back(hex_digest(h));
  return out;
}

// MTH as RFC 9162 §2.1.1 defines it, straight from the leaf data (no subtree store).
Digest reference_mth(const std::vector<Bytes>& d, std::size_t begin, std::size_t end) {
  const std::size_t n = end - begin;
  if (n == 0) return sha256(ByteView{});
  if (n == 1) return merkle_leaf_hash(d[begin]);
  std::size_t k = 1;
  while (k * 2 < n) k *= 2;
  return merkle_node_hash(reference_mth(d, begin, begin + k), reference_mth(d, begin + k, end));
}

std::vector<Bytes> leaf_data(std::size_t n, const std::string& tag) {
  std::vector<Bytes> out;
  for (std::size_t i = 0; i < n; ++i) {
    const Digest h = fake_event_hash(i, tag);
    out.emplace_back(h.begin(), h.end());
  }
  return out;
}

MemoryMerkleTree tree_of(const std::vector<Bytes>& leaves) {
  MemoryMerkleTree t;
  for (const auto& l : leaves) t.append(l);
  return t;
}

}  // namespace

TEST_CASE("Merkle roots match the RFC 6962 known answers for 1..8 leaves", "[tlog]") {
  const Json v = load_vectors();
  MemoryMerkleTree tree;
  CHECK(tree.root() == merkle_empty_root());
  CHECK(to_hex(merkle_empty_root()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  for (std::size_t i = 0; i < v["leaves"].size(); ++i) {
    tree.append(*from_hex(v["leaves"][i].get<std::string>()));
    CHECK(to_hex(tree.root()) == v["roots"][i].get<std::string>());
  }
  for (std::size_t size = 1; size <= 8; ++size)
    CHECK(to_hex(tree.root(size)) == v["roots"][size - 1].get<std::string>());
}

TEST_CASE("Inclusion proofs match the known answers and verify", "[tlog]") {
  const Json v = load_vectors();
  MemoryMerkleTree tree;
  std::vector<Bytes> leaves;
  for (const auto& l : v["leaves"]) leaves.push_back(*from_hex(l.get<std::string>()));
  for (const auto& l : leaves) tree.append(l);

  for (const auto& c : v["inclusion"]) {
    const auto index = c["leafIndex"].get<std::uint64_t>();
    const auto size = c["treeSize"].get<std::uint64_t>();
    const auto want = hex_path(c["path"]);
    const Digest root = hex_digest(v["roots"][size - 1]);
    const Digest leaf = merkle_leaf_hash(leaves[index]);
    CAPTURE(index, size);
    CHECK(tree.inclusion_proof(index, size) == want);
    CHECK(verify_inclusion(leaf, index, size, want, root));
    // The corruptions the reference suite probes: wrong index, wrong size, wrong leaf/root,
    // a hash added at either end, a hash removed, one flipped bit in each element.
    CHECK_FALSE(verify_inclusion(leaf, index + 1, size, want, root));
    CHECK_FALSE(verify_inclusion(leaf, index ^ 2, size, want, root));
    CHECK_FALSE(verify_inclusion(leaf, index, size * 2, want, root));
    CHECK_FALSE(verify_inclusion(leaf, index, size / 2, want, root));
    CHECK_FALSE(verify_inclusion(merkle_leaf_hash(as_bytes("WrongLeaf")), index, size, want, root));
    CHECK_FALSE(verify_inclusion(leaf, index, size, want, merkle_empty_root()));
    auto longer = want;
    longer.push_back(root);
    CHECK_FALSE(verify_inclusion(leaf, index, size, longer, root));
    auto preceded = want;
    preceded.insert(preceded.begin(), root);
    CHECK_FALSE(verify_inclusion(leaf, index, size, preceded, root));
    if (!want.empty()) {
      auto shorter = want;
      shorter.pop_back();
      CHECK_FALSE(verify_inclusion(leaf, index, size, shorter, root));
    }
    for (std::size_t i = 0; i < want.size(); ++i) {
      auto flipped = want;
      flipped[i][0] ^= 8;
      CHECK_FALSE(verify_inclusion(leaf, index, size, flipped, root));
    }
  }
}

TEST_CASE("Consistency proofs match the known answers and verify", "[tlog]") {
  const Json v = load_vectors();
  MemoryMerkleTree tree;
  for (const auto& l : v["leaves"]) tree.append(*from_hex(l.get<std::string>()));

  for (const auto& c : v["consistency"]) {
    const auto size1 = c["size1"].get<std::uint64_t>();
    const auto size2 = c["size2"].get<std::uint64_t>();
    const auto want = hex_path(c["path"]);
    const Digest root1 = hex_digest(v["roots"][size1 - 1]);
    const Digest root2 = hex_digest(v["roots"][size2 - 1]);
    CAPTURE(size1, size2);
    CHECK(tree.consistency_proof(size1, size2) == want);
    CHECK(verify_consistency(size1, size2, root1, root2, want));
    if (want.empty()) continue;
    CHECK_FALSE(verify_consistency(size1 - 1, size2, root1, root2, want));
    CHECK_FALSE(verify_consistency(size1 + 1, size2, root1, root2, want));
    CHECK_FALSE(verify_consistency(size1 ^ 2, size2, root1, root2, want));
    CHECK_FALSE(verify_consistency(size1, size2 * 2, root1, root2, want));
    CHECK_FALSE(verify_consistency(size1, size2 / 2, root1, root2, want));
    CHECK_FALSE(verify_consistency(size1, size2, root2, root1, want));
    CHECK_FALSE(verify_consistency(size1, size2, root1, root2, {}));
    auto longer = want;
    longer.push_back(root1);
    CHECK_FALSE(verify_consistency(size1, size2, root1, root2, longer));
    auto preceded = want;
    preceded.insert(preceded.begin(), want[0]);
    CHECK_FALSE(verify_consistency(size1, size2, root1, root2, preceded));
    auto shorter = want;
    shorter.pop_back();
    CHECK_FALSE(verify_consistency(size1, size2, root1, root2, shorter));
    for (std::size_t i = 0; i < want.size(); ++i) {
      auto flipped = want;
      flipped[i][0] ^= 16;
      CHECK_FALSE(verify_consistency(size1, size2, root1, root2, flipped));
    }
  }
}

TEST_CASE("Consistency edge cases: empty old tree, equal sizes, shrinking", "[tlog]") {
  const Digest a = fake_event_hash(1);
  const Digest b = fake_event_hash(2);
  CHECK(verify_consistency(0, 0, a, a, {}));
  CHECK(verify_consistency(0, 5, a, b, {}));
  CHECK_FALSE(verify_consistency(0, 5, a, b, std::vector<Digest>{a}));
  CHECK(verify_consistency(3, 3, a, a, {}));
  CHECK_FALSE(verify_consistency(3, 3, a, b, {}));
  CHECK_FALSE(verify_consistency(3, 3, a, a, std::vector<Digest>{a}));
  CHECK_FALSE(verify_consistency(4, 3, a, b, std::vector<Digest>{a}));
  CHECK_FALSE(verify_inclusion(a, 0, 0, {}, a));
  CHECK(verify_inclusion(a, 0, 1, {}, a));
  CHECK_FALSE(verify_inclusion(a, 1, 1, {}, a));
}

TEST_CASE("Roots of trees of 0..64 leaves equal the RFC definition computed directly", "[tlog]") {
  const auto leaves = leaf_data(64, "a");
  MemoryMerkleTree tree;
  CHECK(tree.root() == reference_mth(leaves, 0, 0));
  for (std::size_t n = 1; n <= 64; ++n) {
    tree.append(leaves[n - 1]);
    CAPTURE(n);
    CHECK(tree.root() == reference_mth(leaves, 0, n));
  }
}

TEST_CASE("Every inclusion proof in trees of 1..64 leaves verifies, and any altered byte fails", "[tlog]") {
  const auto leaves = leaf_data(64, "a");
  const auto other = tree_of(leaf_data(64, "b"));
  const auto tree = tree_of(leaves);
  std::size_t checked = 0;
  std::size_t altered = 0;
  for (std::uint64_t size = 1; size <= 64; ++size) {
    const Digest root = tree.root(size);
    for (std::uint64_t index = 0; index < size; ++index) {
      const Digest leaf = merkle_leaf_hash(leaves[index]);
      const auto proof = tree.inclusion_proof(index, size);
      REQUIRE(verify_inclusion(leaf, index, size, proof, root));
      ++checked;
      // One altered byte anywhere (leaf, root, each proof element; position moves around).
      const std::size_t pos = (index * 7 + size) % 32;
      Digest bad_leaf = leaf;
      bad_leaf[pos] ^= 0x01;
      REQUIRE_FALSE(verify_inclusion(bad_leaf, index, size, proof, root));
      Digest bad_root = root;
      bad_root[31 - pos] ^= 0x80;
      REQUIRE_FALSE(verify_inclusion(leaf, index, size, proof, bad_root));
      for (std::size_t e = 0; e < proof.size(); ++e) {
        for (std::size_t byte = (index + e) % 4; byte < 32; byte += 4) {
          auto bad = proof;
          bad[e][byte] ^= static_cast<std::uint8_t>(1u << ((byte + e) % 8));
          REQUIRE_FALSE(verify_inclusion(leaf, index, size, bad, root));
          ++altered;
        }
      }
      // A proof for another tree (same shape, other leaves) does not prove this leaf.
      if (size > 1) REQUIRE_FALSE(verify_inclusion(leaf, index, size, other.inclusion_proof(index, size), root));
      REQUIRE_FALSE(verify_inclusion(leaf, index, size, proof, other.root(size)));
      // Nor does it pass for another size of this tree, unless the tree is the same there.
      if (size < 64 && index < size) {
        REQUIRE_FALSE(verify_inclusion(leaf, index, size + 1, proof, tree.root(size + 1)));
      }
    }
  }
  CHECK(checked == 64 * 65 / 2);
  CHECK(altered > 10000);
}

TEST_CASE("Consistency proofs between every pair of sizes 1..64 verify: altered ones fail", "[tlog]") {
  const auto tree = tree_of(leaf_data(64, "a"));
  const auto other = tree_of(leaf_data(64, "b"));
  std::size_t pairs = 0;
  for (std::uint64_t size1 = 1; size1 <= 64; ++size1) {
    for (std::uint64_t size2 = size1; size2 <= 64; ++size2) {
      const Digest root1 = tree.root(size1);
      const Digest root2 = tree.root(size2);
      const auto proof = tree.consistency_proof(size1, size2);
      REQUIRE(verify_consistency(size1, size2, root1, root2, proof));
      ++pairs;
      if (size1 == size2) {
        CHECK(proof.empty());
        continue;
      }
      for (std::size_t e = 0; e < proof.size(); ++e) {
        auto bad = proof;
        bad[e][(size1 + size2 + e) % 32] ^= 0x04;
        REQUIRE_FALSE(verify_consistency(size1, size2, root1, root2, bad));
      }
      Digest bad_root1 = root1;
      bad_root1[size2 % 32] ^= 0x10;
      REQUIRE_FALSE(verify_consistency(size1, size2, bad_root1, root2, proof));
      Digest bad_root2 = root2;
      bad_root2[size1 % 32] ^= 0x10;
      REQUIRE_FALSE(verify_consistency(size1, size2, root1, bad_root2, proof));
      // Another tree's proof, or this proof against another tree's heads, fails.
      REQUIRE_FALSE(verify_consistency(size1, size2, root1, root2, other.consistency_proof(size1, size2)));
      REQUIRE_FALSE(verify_consistency(size1, size2, root1, other.root(size2), proof));
      REQUIRE_FALSE(verify_consistency(size1, size2, other.root(size1), root2, proof));
    }
  }
  CHECK(pairs == 64 * 65 / 2);
}
