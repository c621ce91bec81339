#pragma once
// Receipts: what the relay gives a station for each accepted event, and what an evidence
// bundle carries per event: an inclusion proof of the event hash against a signed tree head.
// JSON forms are canonical (docs/receipts.md).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tlog/tree_head.h"

namespace fg {

// 64 lowercase hex characters to a digest; nullopt otherwise.
std::optional<Digest> digest_from_hex(std::string_view hex);

// A proof in a tree of at most 2^64 leaves has at most 64 hashes; more is refused unread.
inline constexpr std::size_t kMaxProofHashes = 64;

// A proof's hashes as JSON (an array of at most kMaxProofHashes lowercase hex digests); `what`
// names it in the refusal. Never throws.
std::optional<std::vector<Digest>> proof_hashes_from_json(const Json& j, const std::string& what,
                                                          std::string* why = nullptr);

struct InclusionProof {
  std::uint64_t leaf_index = 0;
  std::uint64_t tree_size = 0;
  std::vector<Digest> path;

  Json to_json() const;  // {"leafIndex":n,"path":[hex...],"treeSize":n}
};
// Refuses sizes past kMaxLogTreeSize, a leaf index outside the tree and paths longer than
// kMaxProofHashes; never throws.
std::optional<InclusionProof> inclusion_proof_from_json(const Json& j, std::string* why = nullptr);

// The log's leaf for an event is its 32-byte hash: leaf hash = SHA-256(0x00 || event hash).
Digest event_leaf_hash(const Digest& event_hash);

// Checks the proof leads from the event's leaf to the head's root, at the head's size.
[[nodiscard]] bool verify_event_inclusion(const Digest& event_hash, const InclusionProof& proof, const TreeHead& head,
                                          std::string* why = nullptr);

struct Receipt {
  Digest event_hash{};
  InclusionProof proof;
  SignedTreeHead head;

  Json to_json() const;  // {"event":hex,"proof":{...},"treeHead":{...}}
};
std::optional<Receipt> receipt_from_json(const Json& j, std::string* why = nullptr);

// Tree-head signature by the log key, then the inclusion proof.
[[nodiscard]] bool verify_receipt(const Receipt& r, const PublicKey& log_key, std::string* why = nullptr);

}  // namespace fg
