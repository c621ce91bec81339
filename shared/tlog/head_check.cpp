#include "tlog/head_check.h"

#include "tlog/merkle.h"

namespace fg {

HeadCheck check_tree_head(const std::optional<SignedTreeHead>& last_seen, const SignedTreeHead& next,
                          std::span<const Digest> proof, const PublicKey& log_key) {
  if (!verify_tree_head(next, log_key))
    return {HeadCheckStatus::BadSignature,
            "tree head of size " + std::to_string(next.head.size) + " is not signed by the bureau's log key"};
  if (!last_seen) return {HeadCheckStatus::FirstHead, "first tree head: size " + std::to_string(next.head.size)};

  const TreeHead& old_head = last_seen->head;
  const TreeHead& new_head = next.head;
  const std::string sizes = std::to_string(old_head.size) + " -> " + std::to_string(new_head.size);
  if (new_head.size < old_head.size)
    return {HeadCheckStatus::RewroteHistory,
            "relay rewrote history: its tree shrank (" + sizes + "): events this station saw logged are gone"};
  if (new_head.size == old_head.size && new_head.root != old_head.root)
    return {HeadCheckStatus::RewroteHistory,
            "relay rewrote history: same tree size " + std::to_string(new_head.size) + " but another root"};
  if (!verify_consistency(old_head.size, new_head.size, old_head.root, new_head.root, proof))
    return {HeadCheckStatus::RewroteHistory,
            "relay rewrote history: the new tree head does not extend the last one seen (" + sizes +
                "; consistency proof fails)"};
  return {HeadCheckStatus::Consistent, "tree head extends the last one seen (" + sizes + ")"};
}

}  // namespace fg
