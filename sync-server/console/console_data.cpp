#include "console/console_data.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <memory>
#include <set>

#include "ledger/event.h"
#include "ledger/set_aside_sql.h"

namespace fg::relay::console {

ConsoleData::ConsoleData(const std::filesystem::path& data_dir)
    : settings_(RelaySettings::load(data_dir / "relay.json")),
      relay_(data_dir),
      access_log_(data_dir / kAccessLogFile, relay_.bureau_key()),
      reviews_(data_dir / "relay.db", settings_.fair_id, relay_.bureau_key()),
      db_((data_dir / "relay.db").string(), SQLite::OPEN_READONLY) {
  db_.setBusyTimeout(2000);
}

namespace {

// The rows of `sql`, whose one parameter is its LIMIT, each read by `row`.
template <class Row, class Read>
std::vector<Row> limited_rows(SQLite::Database& db, const char* sql, int limit, Read row) {
  std::vector<Row> out;
  SQLite::Statement q(db, sql);
  q.bind(1, limit);
  while (q.executeStep()) out.push_back(row(q));
  return out;
}

}  // namespace

std::vector<StationRow> ConsoleData::stations() {
  std::vector<StationRow> out;
  SQLite::Statement q(db_,
                      "SELECT code, station, key, enrolled_at, last_sync_at, revoked_at, "
                      "(SELECT count(*) FROM events e WHERE e.device = d.key) FROM relay_devices d "
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
    r.events = q.getColumn(6).getInt64();
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

std::vector<RevokedAttemptRow> ConsoleData::revoked_attempts(int limit) {
  return limited_rows<RevokedAttemptRow>(
      db_,
      "SELECT d.code, d.station, a.attempts, a.last_at, a.last_address FROM relay_revoked_attempts a "
      "JOIN relay_devices d ON d.key = a.device ORDER BY a.last_at DESC LIMIT ?",
      limit, [](SQLite::Statement& q) {
        return RevokedAttemptRow{q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64(),
                                 q.getColumn(3).getInt64(), q.getColumn(4).getString()};
      });
}

std::vector<ForkRow> ConsoleData::forks(int limit) {
  return limited_rows<ForkRow>(
      db_,
      "SELECT coalesce(d.code, f.device), f.seq, f.detected_at FROM forks f "
      "LEFT JOIN relay_devices d ON d.key = f.device ORDER BY f.detected_at DESC LIMIT ?",
      limit, [](SQLite::Statement& q) {
        return ForkRow{q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()};
      });
}

const FoldResult& ConsoleData::fold() {
  // One read transaction: the version and the events come from the same snapshot.
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::DEFERRED);
  const std::int64_t version = db_.execAndGet("PRAGMA data_version").getInt64();
  if (folder_ && folded_version_ == version) return folder_->result();
  // A revocation sets events aside, which an incremental fold cannot take back: any change to
  // the revocations and the fold starts again from nothing.
  const std::string revocations =
      db_.execAndGet(
             "SELECT count(*) || ':' || ifnull(group_concat(device || '/' || revoked_at || '/' || "
             "ifnull(revoked_after_seq, '')), '') FROM (SELECT * FROM trusted_devices WHERE revoked_at IS NOT NULL "
             "ORDER BY device)")
          .getString();
  if (!folder_ || revocations != revocations_ || !fold_new_events()) {
    folder_ = std::make_unique<CaseFolder>(settings_.fair_id);
    heads_.clear();
    revocations_ = revocations;
    fold_new_events();
    ++folds_;
  }
  const FoldResult& result = folder_->result();
  std::set<std::string> halls(settings_.halls.begin(), settings_.halls.end());
  for (const Case& c : result.cases)
    if (!c.hall.empty()) halls.insert(c.hall);
  halls_.assign(halls.begin(), halls.end());
  folded_version_ = version;
  return result;
}

bool ConsoleData::fold_new_events() {
  // Each station's chain only grows at its end, so what is new is each device's events after
  // the last seq already folded: a primary-key range read, not the whole table. If a device's
  // count says something arrived below that (not expected), answer false: fold again whole.
  std::vector<std::pair<std::string, ChainHead>> grown;
  SQLite::Statement heads(db_, "SELECT device, max(seq), count(*) FROM events GROUP BY device");
  while (heads.executeStep()) {
    const ChainHead now{heads.getColumn(1).getInt64(), heads.getColumn(2).getInt64()};
    const ChainHead before =
        heads_.contains(heads.getColumn(0).getString()) ? heads_[heads.getColumn(0).getString()] : ChainHead{};
    if (now.max_seq != before.max_seq || now.count != before.count) grown.emplace_back(heads.getColumn(0), now);
  }
  std::vector<SignedEvent> events;
  SQLite::Statement q(db_, std::string("SELECT (") + kSetAsideCondition +
                               "), e.bytes, e.sig, e.officer_sig FROM events e LEFT JOIN trusted_devices t ON "
                               "t.device = e.device "
                               "WHERE e.device = ? AND e.seq > ?");
  for (const auto& [device, now] : grown) {
    const ChainHead before = heads_[device];
    q.reset();
    q.bind(1, device);
    q.bind(2, before.max_seq);
    std::int64_t rows = 0;
    while (q.executeStep()) {
      ++rows;
      if (q.getColumn(0).getInt() != 0) continue;  // set aside by a revocation
      if (auto e = assemble_signed(q.getColumn(1).getString(), q.getColumn(2).getString(), nullptr,
                                   q.getColumn(3).getString()))
        events.push_back(std::move(*e));
    }
    if (before.count + rows != now.count) return false;
    heads_[device] = now;
  }
  folder_->add(events);
  return true;
}

}  // namespace fg::relay::console
