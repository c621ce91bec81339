#pragma once
// The stations' accepted tree heads the relay keeps (docs/receipts.md, "Accepted heads"):
// table relay_accepted_heads in relay.db, one row per device and log key, the newest (largest)
// head only. A statement is checked against this relay's log before it is kept: a head of
// another history at its size is a fork of the log and is never stored.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bundle/bundle_accepted_heads.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

// Why `a` cannot be kept by this relay, nullopt when it holds: `fork` says the station holds a
// head this log contradicts (another root at that size, or more leaves than the log has): an
// alert, not a station's mistake. The caller has checked the device signature and the fair.
struct AcceptedHeadRefusal {
  std::string why;
  bool fork = false;
};
std::optional<AcceptedHeadRefusal> accepted_head_refusal(const AcceptedHead& a, const PublicKey& log_key,
                                                         TransparencyLog& log);

class AcceptedHeadStore {
 public:
  // The database is the caller's (relay.db, migrated) and must outlive the store.
  explicit AcceptedHeadStore(SQLite::Database& db) : db_(db) {}
  // Keeps `a` unless a head at least as large of that device and log is kept. True when kept.
  bool keep(const AcceptedHead& a, std::int64_t received_at);
  // Every device's kept head under `log_key`, by device key.
  std::vector<AcceptedHead> for_log(const PublicKey& log_key);

 private:
  SQLite::Database& db_;
};

// What a bundle carries for `head`: each kept statement of the log whose head `head` extends in
// `log`, with the consistency proof to `head`. One this log contradicts (a restore after it was
// kept) is left out and passed to `left_out`, so that nothing exported fails its own check.
std::vector<BundleAcceptedHead> accepted_heads_for(SQLite::Database& db, TransparencyLog& log,
                                                   const SignedTreeHead& head, const PublicKey& log_key,
                                                   const std::function<void(const AcceptedHead&)>& left_out = {});

}  // namespace fg::relay
