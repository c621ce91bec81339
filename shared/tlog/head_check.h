#pragma once
// The station's check of each new tree head it gets from the relay: signed by the log key,
// and an extension of the last head it saw (RFC 9162 consistency proof). Any other outcome
// means the relay's log was rewritten (an event removed, changed or reordered) and is
// reported as such.
#include <optional>
#include <span>
#include <string>

#include "tlog/tree_head.h"

namespace fg {

enum class HeadCheckStatus {
  FirstHead,       // nothing seen before: signature checked, remember this head
  Consistent,      // the new head extends the last one seen (or is the same)
  BadSignature,    // not signed by the log key
  RewroteHistory,  // smaller tree, other root at the same size, or the proof fails
};

struct HeadCheck {
  HeadCheckStatus status;
  std::string message;  // for the station's log and screen
  bool ok() const { return status == HeadCheckStatus::FirstHead || status == HeadCheckStatus::Consistent; }
};

// `proof` is the relay's consistency proof from last_seen->head.size to next.head.size.
[[nodiscard]] HeadCheck check_tree_head(const std::optional<SignedTreeHead>& last_seen, const SignedTreeHead& next,
                                        std::span<const Digest> proof, const PublicKey& log_key);

}  // namespace fg
