#pragma once
// RFC 9162 Merkle tree hashing (the Certificate Transparency tree): leaf = SHA-256(0x00 ||
// data), node = SHA-256(0x01 || left || right); a tree of n leaves splits at the largest power
// of two below n. Proof generation works over any source of complete-subtree hashes (an
// in-memory tree or the SQLite log); verification follows RFC 9162 §2.1.3.2 and §2.1.4.2.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "crypto/sha256.h"

namespace fg {

Digest merkle_leaf_hash(ByteView leaf_data);
Digest merkle_node_hash(const Digest& left, const Digest& right);
// The root of the empty tree: SHA-256 of no bytes.
Digest merkle_empty_root();

// Hash of the complete subtree at `level` (2^level leaves) with index `index` at that level,
// i.e. covering leaves [index << level, (index + 1) << level). Level 0 is the leaf hash.
using SubtreeHashes = std::function<Digest(int level, std::uint64_t index)>;

// MTH(D[begin:end]) for the ranges the RFC recursion produces (begin a multiple of the
// largest power of two below end - begin, as every sub-range of a tree from leaf 0 is).
Digest merkle_range_root(const SubtreeHashes& subtree, std::uint64_t begin, std::uint64_t end);
// RFC 9162 §2.1.3.1 PATH(index, D[size]); requires index < size.
std::vector<Digest> merkle_inclusion_proof(const SubtreeHashes& subtree, std::uint64_t index, std::uint64_t size);
// RFC 9162 §2.1.4.1 PROOF(size1, D[size2]); requires 0 < size1 <= size2 (empty when equal).
std::vector<Digest> merkle_consistency_proof(const SubtreeHashes& subtree, std::uint64_t size1, std::uint64_t size2);

[[nodiscard]] bool verify_inclusion(const Digest& leaf_hash, std::uint64_t index, std::uint64_t size,
                                    std::span<const Digest> proof, const Digest& root);
// Size 0 is consistent with anything (empty proof); equal sizes need equal roots and no proof.
[[nodiscard]] bool verify_consistency(std::uint64_t size1, std::uint64_t size2, const Digest& root1,
                                      const Digest& root2, std::span<const Digest> proof);

// A whole tree in memory (tests, the benchmark baseline, small bundles): levels[L][i] is the
// complete subtree (L, i).
class MemoryMerkleTree {
 public:
  void append(ByteView leaf_data);
  void append_leaf_hash(const Digest& leaf_hash);
  std::uint64_t size() const { return levels_.empty() ? 0 : levels_[0].size(); }
  Digest root() const { return root(size()); }
  Digest root(std::uint64_t size) const;
  std::vector<Digest> inclusion_proof(std::uint64_t index, std::uint64_t size) const;
  std::vector<Digest> consistency_proof(std::uint64_t size1, std::uint64_t size2) const;
  SubtreeHashes subtrees() const;

 private:
  std::vector<std::vector<Digest>> levels_;
};

}  // namespace fg
