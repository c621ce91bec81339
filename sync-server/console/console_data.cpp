#include "console/console_data.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <set>

#include "ledger/event.h"
#include "ledger/set_aside_sql.h"

namespace fg::relay::console {

ConsoleData::ConsoleData(const std::filesystem::path& data_dir)
    : settings_(RelaySettings::load(data_dir / "relay.json")),
      relay_(data_dir),
      access_log_(data_dir / kAccessLogFile, relay_.bureau_key()),
      db_((data_dir / "relay.db").string(), SQLite::OPEN_READONLY) {
  db_.setBusyTimeout(2000);
}

std::vector<StationRow> ConsoleData::stations() {
  std::vector<StationRow> out;
  SQLite::Statement q(db_,
                      "SELECT code, station, key, enrolled_at, last_sync_at, revoked_at FROM relay_devices "
                      "ORDER BY CAST(substr(code, 2) AS INTEGER)");
  while (q.executeStep()) {
    StationRow r{q.getColumn(0).getString(),
                 q.getColumn(1).getString(),
                 q.getColumn(2).getString(),
                 q.getColumn(3).getInt64(),
                 std::nullopt,
                 std::nullopt};
    if (!q.getColumn(4).isNull()) r.last_sync_at = q.getColumn(4).getInt64();
    if (!q.getColumn(5).isNull()) r.revoked_at = q.getColumn(5).getInt64();
    out.push_back(std::move(r));
  }
  return out;
}

std::map<std::string, std::string> ConsoleData::officer_names() {
  std::map<std::string, std::string> out;
  SQLite::Statement q(db_, "SELECT id, name FROM relay_officers");
  while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getString();
  return out;
}

const FoldResult& ConsoleData::fold() {
  // One read transaction: the version and the events come from the same snapshot.
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::DEFERRED);
  const std::int64_t version = db_.execAndGet("PRAGMA data_version").getInt64();
  if (folded_version_ == version) return fold_;
  std::vector<SignedEvent> events;
  SQLite::Statement q(db_, std::string("SELECT e.bytes, e.sig FROM events e LEFT JOIN trusted_devices t ON "
                                       "t.device = e.device WHERE NOT (") +
                               kSetAsideCondition + ")");
  while (q.executeStep())
    if (auto e = assemble_signed(q.getColumn(0).getString(), q.getColumn(1).getString()))
      events.push_back(std::move(*e));
  fold_ = fold_cases(events, settings_.fair_id);
  std::set<std::string> halls(settings_.halls.begin(), settings_.halls.end());
  for (const Case& c : fold_.cases)
    if (!c.hall.empty()) halls.insert(c.hall);
  halls_.assign(halls.begin(), halls.end());
  folded_version_ = version;
  ++folds_;
  return fold_;
}

}  // namespace fg::relay::console
