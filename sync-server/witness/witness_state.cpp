#include "witness/witness_state.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "json/bounded_json.h"
#include "sqlite/schema_migration.h"

namespace fg::witness {

namespace {

const std::vector<std::string>& migrations() {
  static const std::vector<std::string> steps = {
      "CREATE TABLE witness_logs(key TEXT PRIMARY KEY, name TEXT NOT NULL);"
      "CREATE TABLE witness_latest(log TEXT PRIMARY KEY, head TEXT NOT NULL, cosignature TEXT NOT NULL);"
      "CREATE TABLE witness_refusals(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, log TEXT NOT NULL,"
      " code TEXT NOT NULL, message TEXT NOT NULL, head TEXT NOT NULL);",
  };
  return steps;
}

// The witness wrote these itself; a damaged row is a damaged database, said as such.
Json stored_json(const std::string& text, const char* what) {
  JsonParse parsed = parse_untrusted_json(text);
  if (!parsed) throw std::runtime_error(std::string("witness.db: stored ") + what + " is damaged: " + parsed.error);
  return std::move(*parsed.value);
}

}  // namespace

WitnessState::WitnessState(const std::filesystem::path& file)
    : db_(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) {
  db_.setBusyTimeout(10000);
  db_.exec("PRAGMA journal_mode=WAL");
  // FULL: a head is on disk before the cosignature over it is sent.
  db_.exec("PRAGMA synchronous=FULL");
  sqlite::migrate_schema(db_, "witness_version", migrations(), "witness state");
}

bool WitnessState::add_log(const WitnessedLog& log) {
  const bool fresh = !find_log(log.key);
  SQLite::Statement q(db_, "INSERT INTO witness_logs(key, name) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET name = ?2");
  q.bind(1, to_hex(log.key));
  q.bind(2, log.name);
  q.exec();
  return fresh;
}

std::vector<WitnessedLog> WitnessState::logs() {
  std::vector<WitnessedLog> out;
  SQLite::Statement q(db_, "SELECT key, name FROM witness_logs ORDER BY name, key");
  while (q.executeStep()) {
    auto key = public_key_from_hex(q.getColumn(0).getString());
    if (!key) throw std::runtime_error("witness.db: a log key is damaged");
    out.push_back({*key, q.getColumn(1).getString()});
  }
  return out;
}

std::optional<WitnessedLog> WitnessState::find_log(const PublicKey& key) {
  SQLite::Statement q(db_, "SELECT name FROM witness_logs WHERE key = ?");
  q.bind(1, to_hex(key));
  if (!q.executeStep()) return std::nullopt;
  return WitnessedLog{key, q.getColumn(0).getString()};
}

std::optional<CosignedHead> WitnessState::latest(const PublicKey& log) {
  SQLite::Statement q(db_, "SELECT head, cosignature FROM witness_latest WHERE log = ?");
  q.bind(1, to_hex(log));
  if (!q.executeStep()) return std::nullopt;
  std::string why;
  auto head = signed_tree_head_from_json(stored_json(q.getColumn(0).getString(), "head"), &why);
  auto cosig = cosignature_from_json(stored_json(q.getColumn(1).getString(), "cosignature"), &why);
  if (!head || !cosig) throw std::runtime_error("witness.db: stored head is damaged: " + why);
  return CosignedHead{*head, *cosig};
}

void WitnessState::advance(const PublicKey& log, const CosignedHead& cosigned) {
  SQLite::Transaction tx(db_);
  SQLite::Statement q(db_,
                      "INSERT INTO witness_latest(log, head, cosignature) VALUES(?, ?, ?)"
                      " ON CONFLICT(log) DO UPDATE SET head = ?2, cosignature = ?3");
  q.bind(1, to_hex(log));
  q.bind(2, canonical_dump(cosigned.head.to_json()));
  q.bind(3, canonical_dump(cosigned.cosignature.to_json()));
  q.exec();
  tx.commit();
}

void WitnessState::record_refusal(const Refusal& r) {
  SQLite::Statement q(db_, "INSERT INTO witness_refusals(at, log, code, message, head) VALUES(?, ?, ?, ?, ?)");
  q.bind(1, r.at);
  q.bind(2, r.log);
  q.bind(3, r.code);
  q.bind(4, r.message);
  q.bind(5, canonical_dump(r.head));
  q.exec();
}

std::vector<Refusal> WitnessState::refusals(std::size_t newest) {
  std::vector<Refusal> out;
  SQLite::Statement q(db_, "SELECT at, log, code, message, head FROM witness_refusals ORDER BY id DESC LIMIT ?");
  q.bind(1, static_cast<std::int64_t>(newest));
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), stored_json(q.getColumn(4).getString(), "refused head")});
  return out;
}

std::int64_t WitnessState::refusal_count() {
  return db_.execAndGet("SELECT count(*) FROM witness_refusals").getInt64();
}

}  // namespace fg::witness
