#include "tlog/receipt.h"

#include "tlog/merkle.h"
#include "json/why.h"

namespace fg {
std::optional<Digest> digest_from_hex(std::string_view hex) {
  auto bytes = from_hex(hex);
  if (!bytes || bytes->size() != 32) return std::nullopt;
  Digest d{};
  std::copy(bytes->begin(), bytes->end(), d.begin());
  return d;
}

Json InclusionProof::to_json() const {
  Json p = Json::array();
  for (const Digest& d : path) p.push_back(to_hex(d));
  return {{"leafIndex", leaf_index}, {"path", p}, {"treeSize", tree_size}};
}

std::optional<InclusionProof> inclusion_proof_from_json(const Json& j, std::string* why) {
  if (!j.is_object() || j.size() != 3 || !j.contains("leafIndex") || !j.contains("path") || !j.contains("treeSize"))
    return fail_because(why, "inclusion proof must have exactly leafIndex, path, treeSize");
  if (!j["leafIndex"].is_number_unsigned() || !j["treeSize"].is_number_unsigned())
    return fail_because(why, "inclusion proof leafIndex and treeSize must be non-negative integers");
  if (!j["path"].is_array()) return fail_because(why, "inclusion proof path is not an array");
  InclusionProof p;
  p.leaf_index = j["leafIndex"].get<std::uint64_t>();
  p.tree_size = j["treeSize"].get<std::uint64_t>();
  if (p.tree_size > kMaxLogTreeSize || p.leaf_index >= p.tree_size)
    return fail_because(why, "inclusion proof leafIndex " + std::to_string(p.leaf_index) + " or treeSize " +
                                 std::to_string(p.tree_size) + " is out of range");
  auto path = proof_hashes_from_json(j["path"], "inclusion proof path", why);
  if (!path) return std::nullopt;
  p.path = std::move(*path);
  return p;
}

std::optional<std::vector<Digest>> proof_hashes_from_json(const Json& j, const std::string& what, std::string* why) {
  if (!j.is_array()) return fail_because(why, what + " is not an array");
  if (j.size() > kMaxProofHashes)
    return fail_because(why, what + " longer than " + std::to_string(kMaxProofHashes) + " hashes");
  std::vector<Digest> hashes;
  for (const Json& h : j) {
    auto d = h.is_string() ? digest_from_hex(h.get<std::string>()) : std::nullopt;
    if (!d) return fail_because(why, what + " holds something other than 64 lowercase hex characters");
    hashes.push_back(*d);
  }
  return hashes;
}

Digest event_leaf_hash(const Digest& event_hash) { return merkle_leaf_hash(event_hash); }

bool verify_event_inclusion(const Digest& event_hash, const InclusionProof& proof, const TreeHead& head,
                            std::string* why) {
  if (proof.tree_size != head.size)
    return refuse_because(why, "the proof is for a tree of " + std::to_string(proof.tree_size) +
                                   " leaves but the tree head has " + std::to_string(head.size));
  if (proof.leaf_index >= proof.tree_size)
    return refuse_because(why, "leaf index " + std::to_string(proof.leaf_index) + " is outside the tree");
  if (!verify_inclusion(event_leaf_hash(event_hash), proof.leaf_index, proof.tree_size, proof.path, head.root))
    return refuse_because(why, "the proof does not lead from the event to the tree head's root");
  return true;
}

Json Receipt::to_json() const {
  return {{"event", to_hex(event_hash)}, {"proof", proof.to_json()}, {"treeHead", head.to_json()}};
}

std::optional<Receipt> receipt_from_json(const Json& j, std::string* why) {
  if (!j.is_object() || !j.contains("event") || !j.contains("proof") || !j.contains("treeHead"))
    return fail_because(why, "receipt must have event, proof, treeHead");
  auto event = j["event"].is_string() ? digest_from_hex(j["event"].get<std::string>()) : std::nullopt;
  if (!event) return fail_because(why, "receipt event is not a 64-hex-character hash");
  auto proof = inclusion_proof_from_json(j["proof"], why);
  if (!proof) return std::nullopt;
  auto head = signed_tree_head_from_json(j["treeHead"], why);
  if (!head) return std::nullopt;
  return Receipt{*event, std::move(*proof), *head};
}

bool verify_receipt(const Receipt& r, const PublicKey& log_key, std::string* why) {
  if (!verify_tree_head(r.head, log_key))
    return refuse_because(why, "tree head signature does not verify with the log key");
  return verify_event_inclusion(r.event_hash, r.proof, r.head.head, why);
}

}  // namespace fg
