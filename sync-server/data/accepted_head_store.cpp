#include "data/accepted_head_store.h"

#include <SQLiteCpp/Statement.h>

#include "json/bounded_json.h"

namespace fg::relay {

std::optional<AcceptedHeadRefusal> accepted_head_refusal(const AcceptedHead& a, const PublicKey& log_key,
                                                         TransparencyLog& log) {
  const TreeHead& h = a.head.head;
  const std::string size = std::to_string(h.size);
  if (a.log != log_key)
    return AcceptedHeadRefusal{
        "it names log " + to_hex(a.log).substr(0, 16) + ", not this relay's log " + to_hex(log_key).substr(0, 16),
        false};
  if (!verify_tree_head(a.head, log_key))
    return AcceptedHeadRefusal{"its head of size " + size + " is not signed by this relay's log key", false};
  const std::uint64_t have = log.size();
  if (h.size > have)
    return AcceptedHeadRefusal{"the station accepted a head of size " + size + " but this log holds only " +
                                   std::to_string(have) + " events: the log was restored or rewritten after the " +
                                   "station saw it",
                               true};
  if (log.root(h.size) != h.root)
    return AcceptedHeadRefusal{"the station accepted a head of size " + size +
                                   " whose root is not this log's at that size: the log was rewritten after the " +
                                   "station saw it",
                               true};
  return std::nullopt;
}

bool AcceptedHeadStore::keep(const AcceptedHead& a, std::int64_t received_at) {
  // Monotonic per device and log: a smaller or equal head never replaces the kept one.
  SQLite::Statement q(db_,
                      "INSERT INTO relay_accepted_heads(device, log_key, size, statement, received_at) "
                      "VALUES(?, ?, ?, ?, ?) ON CONFLICT(device, log_key) DO UPDATE SET size = excluded.size, "
                      "statement = excluded.statement, received_at = excluded.received_at "
                      "WHERE excluded.size > relay_accepted_heads.size");
  q.bind(1, to_hex(a.device));
  q.bind(2, to_hex(a.log));
  q.bind(3, static_cast<std::int64_t>(a.head.head.size));
  q.bind(4, canonical_dump(a.to_json()));
  q.bind(5, received_at);
  return q.exec() > 0;
}

std::vector<AcceptedHead> AcceptedHeadStore::for_log(const PublicKey& log_key) {
  SQLite::Statement q(db_, "SELECT statement FROM relay_accepted_heads WHERE log_key = ? ORDER BY device");
  q.bind(1, to_hex(log_key));
  std::vector<AcceptedHead> out;
  while (q.executeStep()) {
    // Written by this relay after checking it; a row that does not parse is skipped, not fatal.
    const JsonParse j = parse_untrusted_json(q.getColumn(0).getString());
    if (auto a = j ? accepted_head_from_json(*j.value) : std::nullopt) out.push_back(std::move(*a));
  }
  return out;
}

std::vector<BundleAcceptedHead> accepted_heads_for(SQLite::Database& db, TransparencyLog& log,
                                                   const SignedTreeHead& head, const PublicKey& log_key,
                                                   const std::function<void(const AcceptedHead&)>& left_out) {
  std::vector<BundleAcceptedHead> out;
  for (AcceptedHead& a : AcceptedHeadStore(db).for_log(log_key)) {
    const TreeHead& seen = a.head.head;
    if (seen.size == 0) continue;  // the empty log: nothing to be consistent with
    if (seen.size > head.head.size || seen.time > head.head.time || log.root(seen.size) != seen.root) {
      if (left_out) left_out(a);
      continue;
    }
    std::vector<Digest> proof = log.consistency_proof(seen.size, head.head.size);
    out.push_back({std::move(a), std::move(proof)});
  }
  return out;
}

}  // namespace fg::relay
