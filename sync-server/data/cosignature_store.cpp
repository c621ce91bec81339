#include "data/cosignature_store.h"

#include <SQLiteCpp/Statement.h>

namespace fg::relay {

void CosignatureStore::create_table() {
  db_.exec(
      "CREATE TABLE IF NOT EXISTS relay_cosignatures(witness TEXT NOT NULL, size INTEGER NOT NULL,"
      " head TEXT NOT NULL, cosignature TEXT NOT NULL, received_at INTEGER NOT NULL, PRIMARY KEY(witness, size))");
}

void CosignatureStore::add(const SignedTreeHead& head, const Cosignature& cosignature, std::int64_t received_at) {
  SQLite::Statement q(db_, "INSERT OR REPLACE INTO relay_cosignatures VALUES(?, ?, ?, ?, ?)");
  q.bind(1, to_hex(cosignature.witness));
  q.bind(2, static_cast<std::int64_t>(head.head.size));
  q.bind(3, canonical_dump(head.to_json()));
  q.bind(4, canonical_dump(cosignature.to_json()));
  q.bind(5, received_at);
  q.exec();
}

std::optional<std::uint64_t> CosignatureStore::latest_size(const PublicKey& witness) {
  SQLite::Statement q(db_, "SELECT max(size) FROM relay_cosignatures WHERE witness = ?");
  q.bind(1, to_hex(witness));
  if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
  return static_cast<std::uint64_t>(q.getColumn(0).getInt64());
}

std::vector<WitnessedHead> CosignatureStore::latest_up_to(std::uint64_t max_size) {
  std::vector<WitnessedHead> out;
  if (!db_.tableExists("relay_cosignatures")) return out;
  SQLite::Statement q(db_,
                      "SELECT c.head, c.cosignature FROM relay_cosignatures c WHERE c.size = (SELECT max(size) FROM"
                      " relay_cosignatures d WHERE d.witness = c.witness AND d.size <= ?) ORDER BY c.witness");
  q.bind(1, static_cast<std::int64_t>(max_size));
  while (q.executeStep()) {
    // Written by this relay after checking them; a row that does not parse is skipped, not fatal.
    if (auto w = stored_witnessed_head(q.getColumn(0).getString(), q.getColumn(1).getString()))
      out.push_back(std::move(*w));
  }
  return out;
}

std::vector<WitnessedHead> witnessed_heads(SQLite::Database& db, TransparencyLog& log, const TreeHead& head,
                                           const std::function<void(const WitnessedHead&)>& left_out) {
  std::vector<WitnessedHead> out;
  for (WitnessedHead& w : CosignatureStore(db).latest_up_to(head.size)) {
    const TreeHead& seen = w.head.head;
    if (seen.size == 0 || seen.size > head.size || log.root(seen.size) != seen.root) {
      if (left_out) left_out(w);
      continue;
    }
    w.consistency = log.consistency_proof(seen.size, head.size);
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace fg::relay
