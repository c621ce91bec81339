#pragma once
// The witnesses' cosignatures the relay received (docs/witness.md, docs/receipts.md): table
// relay_cosignatures in relay.db, one row per witness and tree size, each with the signed head
// it covers. The witness feed writes it on its own connection (never the sync thread's); the
// exporter reads the latest cosignature of each witness on a head a bundle's head extends.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "tlog/cosignature.h"

namespace fg::relay {

class CosignatureStore {
 public:
  // Creates the table if missing. The database is the caller's and must outlive the store.
  explicit CosignatureStore(SQLite::Database& db);

  void add(const SignedTreeHead& head, const Cosignature& cosignature, std::int64_t received_at);
  // The largest tree size `witness` cosigned, nullopt when none.
  std::optional<std::uint64_t> latest_size(const PublicKey& witness);
  // Per witness, its latest cosigned head of at most `max_size` leaves, with that cosignature
  // (consistency proofs are the caller's to add). Ordered by witness key.
  std::vector<WitnessedHead> latest_up_to(std::uint64_t max_size);

 private:
  SQLite::Database& db_;
};

}  // namespace fg::relay
