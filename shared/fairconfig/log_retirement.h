#pragma once
// A retired transparency log (docs/receipts.md, "A retired log"): the bureau's signed word, in
// the fair configuration, that the log under `old_key` ends at `last_head` and the log under
// `new_key` replaces it. Certificate Transparency's answer to a log that lost data (a relay
// restored from a backup older than heads the stations hold): retire it, never patch it.
// A station that pinned `old_key` moves to `new_key` without an alarm and keeps its receipts.
//
// Wire (inside "config"): "log_retirements":[{"at":ms,"last_head":{root,sig,size,time},
// "new_key":hex,"old_key":hex}, ...], oldest first; left out when empty, so configurations
// signed before it keep their bytes.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "crypto/keys.h"
#include "ledger/canonical.h"
#include "tlog/tree_head.h"

namespace fg {

// A fair whose log was retired this often has a problem no new log solves; the bound keeps a
// configuration's walk from key to key short.
inline constexpr std::size_t kMaxLogRetirements = 64;

struct LogRetirement {
  std::string old_key;       // the retired log's public key, lowercase hex
  SignedTreeHead last_head;  // the retired log's last head the relay holds, signed by old_key
  std::string new_key;       // the log that replaces it, lowercase hex
  std::int64_t at = 0;       // when it was retired, ms UTC

  Json to_json() const;
  // Throws std::invalid_argument naming the first bad field (keys, head, time, old == new).
  static LogRetirement from_json(const Json& j);
  bool operator==(const LogRetirement&) const = default;
};

// The retirements that lead from the key a station pinned to the configuration's key, in
// order, each one's last head signed by its old key. nullopt (and why) when no such path
// exists: then the key change is not explained and stays an alarm.
[[nodiscard]] std::optional<std::vector<LogRetirement>> retirement_path(std::span<const LogRetirement> all,
                                                                        const PublicKey& pinned,
                                                                        const PublicKey& current, std::string* why);

}  // namespace fg
