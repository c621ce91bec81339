#pragma once
// Signed tree heads: the log key's statement "my tree had `size` leaves with this root at this
// time". Signed bytes: the domain prefix, then canonical JSON {"root":hex,"size":n,"time":ms}
// (docs/receipts.md), so a tree-head signature can never be mistaken for any other message.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/keys.h"
#include "crypto/sha256.h"
#include "ledger/canonical.h"

namespace fg {

inline constexpr std::string_view kTreeHeadDomain = "fairguard-tree-head-v1\n";
// A tree size or leaf index read from outside (a receipt, a bundle) is at most 2^53, the
// sync messages' bound too: a "-1" that became 2^64 - 1 is refused, never taken as a huge tree.
inline constexpr std::uint64_t kMaxLogTreeSize = std::uint64_t{1} << 53;

struct TreeHead {
  std::uint64_t size = 0;
  Digest root{};
  std::int64_t time = 0;  // ms since the Unix epoch, UTC, at signing

  Json to_json() const;
  std::string canonical() const;       // canonical JSON of the three fields
  std::string signed_message() const;  // kTreeHeadDomain + canonical()
  bool operator==(const TreeHead&) const = default;
};

struct SignedTreeHead {
  TreeHead head;
  Signature sig{};

  Json to_json() const;  // the head's fields plus "sig" (hex)
  bool operator==(const SignedTreeHead&) const = default;
};

SignedTreeHead sign_tree_head(const TreeHead& head, const KeyPair& log_key);
[[nodiscard]] bool verify_tree_head(const SignedTreeHead& sth, const PublicKey& log_key);

// Parsers never throw: nullopt and the reason on anything malformed.
std::optional<TreeHead> tree_head_from_json(const Json& j, std::string* why = nullptr);
std::optional<SignedTreeHead> signed_tree_head_from_json(const Json& j, std::string* why = nullptr);

}  // namespace fg
