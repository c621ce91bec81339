#include "tlog/merkle.h"

#include <openssl/sha.h>

#include <bit>
#include <cstring>
#include <stdexcept>

namespace fg {
namespace {

constexpr std::uint8_t kLeafPrefix = 0x00;
constexpr std::uint8_t kNodePrefix = 0x01;

// The RFC's k: the largest power of two smaller than n (n >= 2).
std::uint64_t split_point(std::uint64_t n) { return std::bit_floor(n - 1); }

void inclusion_path(const SubtreeHashes& subtree, std::uint64_t m, std::uint64_t begin, std::uint64_t end,
                    std::vector<Digest>& out) {
  const std::uint64_t n = end - begin;
  if (n == 1) return;
  const std::uint64_t k = split_point(n);
  if (m < k) {
    inclusion_path(subtree, m, begin, begin + k, out);
    out.push_back(merkle_range_root(subtree, begin + k, end));
  } else {
    inclusion_path(subtree, m - k, begin + k, end, out);
    out.push_back(merkle_range_root(subtree, begin, begin + k));
  }
}

void consistency_subproof(const SubtreeHashes& subtree, std::uint64_t m, std::uint64_t begin, std::uint64_t end,
                          bool whole_old_tree, std::vector<Digest>& out) {
  const std::uint64_t n = end - begin;
  if (m == n) {
    // The old tree's own root is known to the verifier only when this is the whole old tree.
    if (!whole_old_tree) out.push_back(merkle_range_root(subtree, begin, end));
    return;
  }
  const std::uint64_t k = split_point(n);
  if (m <= k) {
    consistency_subproof(subtree, m, begin, begin + k, whole_old_tree, out);
    out.push_back(merkle_range_root(subtree, begin + k, end));
  } else {
    consistency_subproof(subtree, m - k, begin + k, end, false, out);
    out.push_back(merkle_range_root(subtree, begin, begin + k));
  }
}

// Right-shifts fn and sn together until fn's lowest bit is set or fn is 0.
void shift_while_even(std::uint64_t& fn, std::uint64_t& sn) {
  while (fn != 0 && (fn & 1) == 0) {
    fn >>= 1;
    sn >>= 1;
  }
}

}  // namespace

Digest merkle_leaf_hash(ByteView leaf_data) {
  if (leaf_data.size() > 64) {
    Sha256 h;
    h.update(ByteView(&kLeafPrefix, 1));
    h.update(leaf_data);
    return h.finish();
  }
  // The usual leaf (a 32-byte event hash) in one call: OpenSSL's one-shot SHA-256 avoids a
  // context allocation per hash, which dominates for 33-byte inputs (tlog_bench).
  std::uint8_t buf[65];
  buf[0] = kLeafPrefix;
  if (!leaf_data.empty()) std::memcpy(buf + 1, leaf_data.data(), leaf_data.size());
  Digest d{};
  SHA256(buf, leaf_data.size() + 1, d.data());
  return d;
}

Digest merkle_node_hash(const Digest& left, const Digest& right) {
  std::uint8_t buf[65];
  buf[0] = kNodePrefix;
  std::memcpy(buf + 1, left.data(), 32);
  std::memcpy(buf + 33, right.data(), 32);
  Digest d{};
  SHA256(buf, sizeof buf, d.data());
  return d;
}

Digest merkle_empty_root() { return sha256(ByteView{}); }

Digest merkle_range_root(const SubtreeHashes& subtree, std::uint64_t begin, std::uint64_t end) {
  if (end < begin) throw std::invalid_argument("merkle_range_root: end before begin");
  const std::uint64_t n = end - begin;
  if (n == 0) return merkle_empty_root();
  if (std::has_single_bit(n) && begin % n == 0) {
    const int level = std::countr_zero(n);
    return subtree(level, begin >> level);
  }
  const std::uint64_t k = split_point(n);
  return merkle_node_hash(merkle_range_root(subtree, begin, begin + k), merkle_range_root(subtree, begin + k, end));
}

std::vector<Digest> merkle_inclusion_proof(const SubtreeHashes& subtree, std::uint64_t index, std::uint64_t size) {
  if (index >= size) throw std::out_of_range("inclusion proof: leaf index not below tree size");
  std::vector<Digest> out;
  inclusion_path(subtree, index, 0, size, out);
  return out;
}

std::vector<Digest> merkle_consistency_proof(const SubtreeHashes& subtree, std::uint64_t size1, std::uint64_t size2) {
  if (size1 == 0 || size1 > size2) throw std::out_of_range("consistency proof: needs 0 < size1 <= size2");
  std::vector<Digest> out;
  consistency_subproof(subtree, size1, 0, size2, true, out);
  return out;
}

bool verify_inclusion(const Digest& leaf_hash, std::uint64_t index, std::uint64_t size, std::span<const Digest> proof,
                      const Digest& root) {
  if (index >= size) return false;
  std::uint64_t fn = index;
  std::uint64_t sn = size - 1;
  Digest r = leaf_hash;
  for (const Digest& p : proof) {
    if (sn == 0) return false;
    if ((fn & 1) == 1 || fn == sn) {
      r = merkle_node_hash(p, r);
      if ((fn & 1) == 0) shift_while_even(fn, sn);
    } else {
      r = merkle_node_hash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && r == root;
}

bool verify_consistency(std::uint64_t size1, std::uint64_t size2, const Digest& root1, const Digest& root2,
                        std::span<const Digest> proof) {
  if (size1 > size2) return false;
  if (size1 == 0) return proof.empty();
  if (size1 == size2) return proof.empty() && root1 == root2;
  if (proof.empty()) return false;

  std::vector<Digest> path;
  path.reserve(proof.size() + 1);
  if (std::has_single_bit(size1)) path.push_back(root1);
  path.insert(path.end(), proof.begin(), proof.end());

  std::uint64_t fn = size1 - 1;
  std::uint64_t sn = size2 - 1;
  while ((fn & 1) == 1) {
    fn >>= 1;
    sn >>= 1;
  }
  Digest fr = path[0];
  Digest sr = path[0];
  for (std::size_t i = 1; i < path.size(); ++i) {
    const Digest& c = path[i];
    if (sn == 0) return false;
    if ((fn & 1) == 1 || fn == sn) {
      fr = merkle_node_hash(c, fr);
      sr = merkle_node_hash(c, sr);
      if ((fn & 1) == 0) shift_while_even(fn, sn);
    } else {
      sr = merkle_node_hash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return fr == root1 && sr == root2 && sn == 0;
}

void MemoryMerkleTree::append(ByteView leaf_data) { append_leaf_hash(merkle_leaf_hash(leaf_data)); }

void MemoryMerkleTree::append_leaf_hash(const Digest& leaf_hash) {
  if (levels_.empty()) levels_.emplace_back();
  levels_[0].push_back(leaf_hash);
  // Complete every subtree that this leaf closes.
  for (std::size_t level = 0; levels_[level].size() % 2 == 0; ++level) {
    if (level + 1 == levels_.size()) levels_.emplace_back();
    const auto& row = levels_[level];
    levels_[level + 1].push_back(merkle_node_hash(row[row.size() - 2], row[row.size() - 1]));
  }
}

SubtreeHashes MemoryMerkleTree::subtrees() const {
  return [this](int level, std::uint64_t index) { return levels_.at(static_cast<std::size_t>(level)).at(index); };
}

Digest MemoryMerkleTree::root(std::uint64_t tree_size) const {
  if (tree_size > size()) throw std::out_of_range("MemoryMerkleTree::root: size beyond the tree");
  return merkle_range_root(subtrees(), 0, tree_size);
}

std::vector<Digest> MemoryMerkleTree::inclusion_proof(std::uint64_t index, std::uint64_t tree_size) const {
  if (tree_size > size()) throw std::out_of_range("MemoryMerkleTree: size beyond the tree");
  return merkle_inclusion_proof(subtrees(), index, tree_size);
}

std::vector<Digest> MemoryMerkleTree::consistency_proof(std::uint64_t size1, std::uint64_t size2) const {
  if (size2 > size()) throw std::out_of_range("MemoryMerkleTree: size beyond the tree");
  return merkle_consistency_proof(subtrees(), size1, size2);
}

}  // namespace fg
