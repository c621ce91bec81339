// ReceiptStore's witness cosignatures (receipt_store.h): kept apart from the receipts proper.
#include <SQLiteCpp/Statement.h>

#include "sync/receipt_store.h"
#include "tlog/merkle.h"

namespace fg::sync {

std::size_t ReceiptStore::keep_cosignatures(std::span<const WitnessedHead> witnessed, const SignedTreeHead& accepted,
                                            const PublicKey& log_key, std::int64_t now_ms) {
  std::size_t kept = 0;
  std::lock_guard lock(mutex_);
  for (const WitnessedHead& w : witnessed) {
    const TreeHead& seen = w.head.head;
    if (!verify_tree_head(w.head, log_key) || seen.size > accepted.head.size ||
        !verify_consistency(seen.size, accepted.head.size, seen.root, accepted.head.root, w.consistency))
      continue;
    for (const Cosignature& c : w.cosignatures) {
      if (!verify_cosignature(c, log_key, seen)) continue;
      SQLite::Statement q(db_,
                          "INSERT OR REPLACE INTO witness_cosignatures(witness, size, head, cosignature, received_at, "
                          "log_key) VALUES(?, ?, ?, ?, ?, ?)");
      q.bind(1, to_hex(c.witness));
      q.bind(2, static_cast<std::int64_t>(seen.size));
      q.bind(3, canonical_dump(w.head.to_json()));
      q.bind(4, canonical_dump(c.to_json()));
      q.bind(5, now_ms);
      q.bind(6, to_hex(log_key));
      q.exec();
      ++kept;
    }
  }
  return kept;
}

namespace {
std::vector<WitnessedHead> read_cosignatures(SQLite::Statement& q) {
  std::vector<WitnessedHead> out;
  while (q.executeStep()) {
    if (auto w = stored_witnessed_head(q.getColumn(0).getString(), q.getColumn(1).getString()))
      out.push_back(std::move(*w));
  }
  return out;
}
}  // namespace

std::vector<WitnessedHead> ReceiptStore::cosignatures() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT head, cosignature FROM witness_cosignatures ORDER BY witness, size");
  return read_cosignatures(q);
}

std::vector<WitnessedHead> ReceiptStore::retired_cosignatures(const std::string& log_key_hex) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_,
                      "SELECT head, cosignature FROM retired_cosignatures WHERE log_key = ? ORDER BY witness, size");
  q.bind(1, log_key_hex);
  return read_cosignatures(q);
}

}  // namespace fg::sync
