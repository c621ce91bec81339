#pragma once
// The witnesses' cosignatures the relay received (docs/witness.md, docs/receipts.md): table
// relay_cosignatures in relay.db, one row per witness and tree size, each with the signed head
// it covers. The witness feed writes it on its own connection (never the sync thread's); the
// exporter reads the latest cosignature of each witness on a head a bundle's head extends.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "tlog/cosignature.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

class CosignatureStore {
 public:
  // The database is the caller's and must outlive the store. Reading needs no table (none:
  // no cosignatures); the witness feed creates it before writing.
  explicit CosignatureStore(SQLite::Database& db) : db_(db) {}
  void create_table();

  void add(const SignedTreeHead& head, const Cosignature& cosignature, std::int64_t received_at);
  // The largest tree size `witness` cosigned, nullopt when none.
  std::optional<std::uint64_t> latest_size(const PublicKey& witness);
  // Per witness, its latest cosigned head of at most `max_size` leaves, with that cosignature
  // (consistency proofs are the caller's to add). Ordered by witness key.
  std::vector<WitnessedHead> latest_up_to(std::uint64_t max_size);

 private:
  SQLite::Database& db_;
};

// What a bundle or a receipt carries for `head`: per witness, its latest cosigned head that
// `head` extends in `log`, with the consistency proof to `head` (empty when equal). A cosigned
// head that is not in this log (a restored or rewritten log) is left out and passed to
// `left_out`, so that nothing the relay hands out fails its own check.
std::vector<WitnessedHead> witnessed_heads(SQLite::Database& db, TransparencyLog& log, const TreeHead& head,
                                           const std::function<void(const WitnessedHead&)>& left_out = {});

}  // namespace fg::relay
