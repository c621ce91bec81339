#include "sync/receipt_store.h"

#include <SQLiteCpp/Statement.h>

#include <cstring>
#include <stdexcept>

#include "sqlite/exec_with.h"
#include "sqlite/savepoint.h"
#include "sqlite/schema_migration.h"

namespace fg::sync {

namespace {

// Schema steps; receipts_version holds how many ran.
const std::vector<std::string>& migrations() {
  static const std::vector<std::string> steps = {
      // 1: receipts per event, accepted heads, alerts, pinned log key.
      R"sql(
CREATE TABLE receipts_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE receipts(
  event_hash BLOB PRIMARY KEY, device TEXT NOT NULL, seq INTEGER NOT NULL, state INTEGER NOT NULL,
  tree_size INTEGER, receipt TEXT, updated_at INTEGER NOT NULL);
CREATE INDEX receipts_by_device ON receipts(device, state, seq);
CREATE TABLE tree_heads(
  size INTEGER PRIMARY KEY, root BLOB NOT NULL, time INTEGER NOT NULL, sig BLOB NOT NULL, accepted_at INTEGER NOT NULL);
CREATE TABLE log_alerts(
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, evidence TEXT NOT NULL);
)sql",
      // 2: retired logs (docs/receipts.md, "A retired log"): each alert names the log key
      // pinned when it was raised and may be cleared (kept, marked) by a bureau-signed
      // retirement of that log; a retired log's heads and receipts are kept under its key.
      R"sql(
ALTER TABLE log_alerts ADD COLUMN log_key TEXT;
ALTER TABLE log_alerts ADD COLUMN cleared_at INTEGER;
ALTER TABLE log_alerts ADD COLUMN cleared_by TEXT;
UPDATE log_alerts SET log_key = (SELECT value FROM receipts_meta WHERE key = 'log_key');
CREATE TABLE retired_logs(
  log_key TEXT PRIMARY KEY, new_key TEXT NOT NULL, retirement TEXT NOT NULL, last_held TEXT,
  accepted_at INTEGER NOT NULL);
CREATE TABLE retired_heads(
  log_key TEXT NOT NULL, size INTEGER NOT NULL, root BLOB NOT NULL, time INTEGER NOT NULL, sig BLOB NOT NULL,
  accepted_at INTEGER NOT NULL, PRIMARY KEY(log_key, size));
CREATE TABLE retired_receipts(
  event_hash BLOB NOT NULL, log_key TEXT NOT NULL, tree_size INTEGER NOT NULL, receipt TEXT NOT NULL,
  PRIMARY KEY(event_hash, log_key));
)sql",
      // 3: witnesses' cosignatures that came with receipts (docs/witness.md).
      R"sql(
CREATE TABLE witness_cosignatures(
  witness TEXT NOT NULL, size INTEGER NOT NULL, head TEXT NOT NULL, cosignature TEXT NOT NULL,
  received_at INTEGER NOT NULL, PRIMARY KEY(witness, size));
)sql",
      // 4: each cosignature names the log key it is of (rows before it: the one pinned), so a
      // retirement moves the old log's to retired_cosignatures, as it moves its heads.
      R"sql(
ALTER TABLE witness_cosignatures ADD COLUMN log_key TEXT;
UPDATE witness_cosignatures SET log_key = (SELECT value FROM receipts_meta WHERE key = 'log_key');
CREATE TABLE retired_cosignatures(
  log_key TEXT NOT NULL, witness TEXT NOT NULL, size INTEGER NOT NULL, head TEXT NOT NULL, cosignature TEXT NOT NULL,
  received_at INTEGER NOT NULL, PRIMARY KEY(log_key, witness, size));
)sql",
  };
  return steps;
}

template <std::size_t N>
std::array<std::uint8_t, N> blob_array(const SQLite::Column& c, const char* what) {
  if (c.getBytes() != static_cast<int>(N)) throw std::runtime_error(std::string("receipt store: bad ") + what);
  std::array<std::uint8_t, N> out{};
  std::memcpy(out.data(), c.getBlob(), N);
  return out;
}

void bind_digest(SQLite::Statement& q, int i, const Digest& d) { q.bind(i, d.data(), static_cast<int>(d.size())); }

}  // namespace

const char* describe(ReceiptState s) {
  switch (s) {
    case ReceiptState::Sealed:
      return "sealed";
    case ReceiptState::Received:
      return "received";
    case ReceiptState::Logged:
      return "logged";
  }
  return "unknown";
}

ReceiptStore::ReceiptStore(const std::filesystem::path& file)
    : db_(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) {
  db_.setBusyTimeout(10000);
  db_.exec("PRAGMA journal_mode=WAL");
  // FULL: an alert or a receipt, once reported, survives a power cut.
  db_.exec("PRAGMA synchronous=FULL");
  migrate();
}

std::filesystem::path ReceiptStore::path_beside(EventStore& store) {
  return std::filesystem::path(store.database().getFilename()).parent_path() / "receipts.db";
}

int ReceiptStore::schema_version() {
  std::lock_guard lock(mutex_);
  return sqlite::stored_schema_version(db_, "receipts_version");
}

void ReceiptStore::migrate() { sqlite::migrate_schema(db_, "receipts_version", migrations(), "receipt store"); }

std::optional<ReceiptStore::SyncMark> ReceiptStore::last_sync() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_,
                      "SELECT (SELECT value FROM receipts_meta WHERE key='last_sync_at'),"
                      " (SELECT value FROM receipts_meta WHERE key='last_relay_head')");
  if (!q.executeStep() || q.getColumn(0).isNull() || q.getColumn(1).isNull()) return std::nullopt;
  return SyncMark{q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
}

void ReceiptStore::record_sync(const SyncMark& mark) {
  std::lock_guard lock(mutex_);
  sqlite::Savepoint tx(db_, "receipts_write");
  SQLite::Statement q(db_, "INSERT OR REPLACE INTO receipts_meta(key, value) VALUES(?, ?)");
  for (const auto& [key, value] :
       {std::pair{"last_sync_at", mark.at_ms}, std::pair{"last_relay_head", mark.relay_head}}) {
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
    q.reset();
  }
  tx.release();
}

std::optional<PublicKey> ReceiptStore::log_key() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT value FROM receipts_meta WHERE key='log_key'");
  if (!q.executeStep()) return std::nullopt;
  return public_key_from_hex(q.getColumn(0).getString());
}

void ReceiptStore::pin_log_key(const PublicKey& key) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "INSERT OR IGNORE INTO receipts_meta(key, value) VALUES('log_key', ?)");
  q.bind(1, to_hex(key));
  q.exec();
}

namespace {
SignedTreeHead read_head(SQLite::Statement& q) {
  SignedTreeHead h;
  h.head.size = static_cast<std::uint64_t>(q.getColumn(0).getInt64());
  h.head.root = blob_array<32>(q.getColumn(1), "tree head root");
  h.head.time = q.getColumn(2).getInt64();
  h.sig = blob_array<64>(q.getColumn(3), "tree head signature");
  return h;
}
}  // namespace

std::optional<SignedTreeHead> ReceiptStore::last_head() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT size, root, time, sig FROM tree_heads ORDER BY size DESC LIMIT 1");
  if (!q.executeStep()) return std::nullopt;
  return read_head(q);
}

std::optional<ReceiptStore::HeldHead> ReceiptStore::last_head_held() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT size, root, time, sig, accepted_at FROM tree_heads ORDER BY size DESC LIMIT 1");
  if (!q.executeStep()) return std::nullopt;
  return HeldHead{read_head(q), q.getColumn(4).getInt64()};
}

std::vector<SignedTreeHead> ReceiptStore::accepted_heads() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT size, root, time, sig FROM tree_heads ORDER BY size");
  std::vector<SignedTreeHead> out;
  while (q.executeStep()) out.push_back(read_head(q));
  return out;
}

void ReceiptStore::accept_head(const SignedTreeHead& head, std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  // One row per size: the first head accepted at a size stays (a consistent later one has
  // the same root anyway).
  SQLite::Statement q(db_,
                      "INSERT OR IGNORE INTO tree_heads(size, root, time, sig, accepted_at) VALUES(?, ?, ?, ?, ?)");
  q.bind(1, static_cast<std::int64_t>(head.head.size));
  bind_digest(q, 2, head.head.root);
  q.bind(3, head.head.time);
  q.bind(4, head.sig.data(), static_cast<int>(head.sig.size()));
  q.bind(5, now_ms);
  q.exec();
}

void ReceiptStore::mark_received(std::span<const EventRef> events) {
  if (events.empty()) return;
  std::lock_guard lock(mutex_);
  sqlite::Savepoint tx(db_, "receipts_write");
  SQLite::Statement q(db_,
                      "INSERT INTO receipts(event_hash, device, seq, state, updated_at) VALUES(?, ?, ?, 1, "
                      "CAST(strftime('%s','now') AS INTEGER) * 1000) ON CONFLICT(event_hash) DO UPDATE SET "
                      "device = excluded.device, seq = excluded.seq");
  for (const EventRef& e : events) {
    q.reset();
    bind_digest(q, 1, e.hash);
    q.bind(2, e.device);
    q.bind(3, e.seq);
    q.exec();
  }
  tx.release();
}

std::int64_t ReceiptStore::received_up_to(const std::string& device) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT COALESCE(MAX(seq), 0) FROM receipts WHERE device = ?");
  q.bind(1, device);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::size_t ReceiptStore::add_receipts(std::span<const Receipt> receipts, const PublicKey& key,
                                       std::vector<std::string>* refused) {
  std::lock_guard lock(mutex_);
  std::size_t stored = 0;
  sqlite::Savepoint tx(db_, "receipts_write");
  // A receipt against a larger tree replaces an older one; the event stays Logged either way.
  SQLite::Statement update(db_,
                           "UPDATE receipts SET state = 2, tree_size = ?, receipt = ?, updated_at = ? "
                           "WHERE event_hash = ? AND (tree_size IS NULL OR tree_size < ?)");
  SQLite::Statement insert(
      db_,
      "INSERT OR IGNORE INTO receipts(event_hash, device, seq, state, tree_size, receipt, updated_at) "
      "VALUES(?, '', 0, 2, ?, ?, ?)");
  for (const Receipt& r : receipts) {
    std::string why;
    if (!verify_receipt(r, key, &why)) {
      if (refused) refused->push_back(to_hex(r.event_hash) + ": " + why);
      continue;
    }
    ++stored;
    const auto size = static_cast<std::int64_t>(r.head.head.size);
    const std::string text = canonical_dump(r.to_json());
    update.reset();
    update.bind(1, size);
    update.bind(2, text);
    update.bind(3, r.head.head.time);
    bind_digest(update, 4, r.event_hash);
    update.bind(5, size);
    if (update.exec() > 0) continue;
    insert.reset();  // no row yet (or a newer receipt is kept): insert only if absent
    bind_digest(insert, 1, r.event_hash);
    insert.bind(2, size);
    insert.bind(3, text);
    insert.bind(4, r.head.head.time);
    insert.exec();
  }
  tx.release();
  return stored;
}

void ReceiptStore::transaction(const std::function<void()>& body) {
  std::lock_guard lock(mutex_);
  sqlite::Savepoint tx(db_, "receipts_write");
  body();
  tx.release();
}

ReceiptState ReceiptStore::state(const Digest& event_hash) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT state FROM receipts WHERE event_hash = ?");
  bind_digest(q, 1, event_hash);
  if (!q.executeStep()) return ReceiptState::Sealed;
  return q.getColumn(0).getInt() == 2 ? ReceiptState::Logged : ReceiptState::Received;
}

std::optional<Receipt> ReceiptStore::receipt(const Digest& event_hash) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT receipt FROM receipts WHERE event_hash = ? AND receipt IS NOT NULL");
  bind_digest(q, 1, event_hash);
  if (!q.executeStep()) return std::nullopt;
  auto j = parse_canonical(q.getColumn(0).getString());
  if (!j) return std::nullopt;
  return receipt_from_json(*j);
}

std::int64_t ReceiptStore::count(ReceiptState s) {
  std::lock_guard lock(mutex_);
  if (s == ReceiptState::Sealed) return 0;
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM receipts WHERE state = ?");
  q.bind(1, s == ReceiptState::Logged ? 2 : 1);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::vector<Digest> ReceiptStore::awaiting_proof(const std::string& device, std::size_t limit) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT event_hash FROM receipts WHERE device = ? AND state = 1 ORDER BY seq LIMIT ?");
  q.bind(1, device);
  q.bind(2, static_cast<std::int64_t>(limit));
  std::vector<Digest> out;
  while (q.executeStep()) out.push_back(blob_array<32>(q.getColumn(0), "event hash"));
  return out;
}

bool ReceiptStore::add_alert(const std::string& kind, const std::string& message, const Json& evidence,
                             std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  SQLite::Statement seen(db_, "SELECT 1 FROM log_alerts WHERE kind = ? AND message = ? AND cleared_at IS NULL");
  seen.bind(1, kind);
  seen.bind(2, message);
  if (seen.executeStep()) return false;
  // The alert concerns the log whose key is pinned now: only that log's retirement clears it.
  SQLite::Statement q(db_,
                      "INSERT INTO log_alerts(at, kind, message, evidence, log_key) VALUES(?, ?, ?, ?, "
                      "(SELECT value FROM receipts_meta WHERE key = 'log_key'))");
  q.bind(1, now_ms);
  q.bind(2, kind);
  q.bind(3, message);
  q.bind(4, evidence.dump());
  q.exec();
  return true;
}

std::vector<LogAlert> ReceiptStore::alerts() { return read_alerts(false); }
std::vector<LogAlert> ReceiptStore::open_alerts() { return read_alerts(true); }

std::vector<LogAlert> ReceiptStore::read_alerts(bool open_only) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, std::string("SELECT id, at, kind, message, evidence, log_key, cleared_at, cleared_by "
                                       "FROM log_alerts") +
                               (open_only ? " WHERE cleared_at IS NULL" : "") + " ORDER BY id");
  std::vector<LogAlert> out;
  while (q.executeStep()) {
    LogAlert a;
    a.id = q.getColumn(0).getInt64();
    a.at = q.getColumn(1).getInt64();
    a.kind = q.getColumn(2).getString();
    a.message = q.getColumn(3).getString();
    a.evidence = Json::parse(q.getColumn(4).getString(), nullptr, false);
    a.log_key = q.getColumn(5).getString();  // NULL reads as ""
    a.cleared_at = q.getColumn(6).getInt64();
    a.cleared_by = q.getColumn(7).getString();
    out.push_back(std::move(a));
  }
  return out;
}

int ReceiptStore::retire_log(const LogRetirement& r, std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  const auto pinned = log_key();
  if (!pinned || to_hex(*pinned) != r.old_key)
    throw std::runtime_error("receipt store: a retirement of log " + r.old_key + ", which is not the pinned one");
  const auto last = last_head();
  sqlite::Savepoint tx(db_, "receipts_write");
  SQLite::Statement keep(db_,
                         "INSERT OR REPLACE INTO retired_logs(log_key, new_key, retirement, last_held, accepted_at) "
                         "VALUES(?, ?, ?, ?, ?)");
  keep.bind(1, r.old_key);
  keep.bind(2, r.new_key);
  keep.bind(3, canonical_dump(r.to_json()));
  if (last) keep.bind(4, canonical_dump(last->to_json()));
  keep.bind(5, now_ms);
  keep.exec();
  // The old log's heads and receipts stay, under its key (its receipts still verify offline);
  // the new log starts with no head held, and every event awaits a receipt in it.
  sqlite::exec_with(db_,
                    "INSERT OR REPLACE INTO retired_heads(log_key, size, root, time, sig, accepted_at) "
                    "SELECT ?, size, root, time, sig, accepted_at FROM tree_heads",
                    r.old_key);
  db_.exec("DELETE FROM tree_heads");
  // Its witnesses' cosignatures too (those of no named log were kept under the pinned one).
  sqlite::exec_with(db_,
                    "INSERT OR REPLACE INTO retired_cosignatures(log_key, witness, size, head, cosignature, "
                    "received_at) SELECT ?1, witness, size, head, cosignature, received_at FROM witness_cosignatures "
                    "WHERE log_key IS NULL OR log_key = ?1",
                    r.old_key);
  sqlite::exec_with(db_, "DELETE FROM witness_cosignatures WHERE log_key IS NULL OR log_key = ?", r.old_key);
  sqlite::exec_with(db_,
                    "INSERT OR REPLACE INTO retired_receipts(event_hash, log_key, tree_size, receipt) "
                    "SELECT event_hash, ?, tree_size, receipt FROM receipts WHERE receipt IS NOT NULL",
                    r.old_key);
  db_.exec("UPDATE receipts SET state = 1, tree_size = NULL, receipt = NULL WHERE state = 2 OR receipt IS NOT NULL");
  sqlite::exec_with(db_, "UPDATE receipts_meta SET value = ? WHERE key = 'log_key'", r.new_key);
  // A rewritten history or a changed key of the retired log is what the retirement explains;
  // a forged signature (or anything about another log) is not.
  SQLite::Statement clear(db_,
                          "UPDATE log_alerts SET cleared_at = ?, cleared_by = ? WHERE cleared_at IS NULL AND "
                          "log_key = ? AND kind IN ('rewrote_history', 'log_key_changed')");
  clear.bind(1, now_ms);
  clear.bind(2, "the bureau retired log " + r.old_key.substr(0, 16) + " at size " +
                    std::to_string(r.last_head.head.size) + " and opened log " + r.new_key.substr(0, 16));
  clear.bind(3, r.old_key);
  const int cleared = clear.exec();
  tx.release();
  return cleared;
}

std::vector<RetiredReceipt> ReceiptStore::retired_receipts(const Digest& event_hash) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT log_key, receipt FROM retired_receipts WHERE event_hash = ? ORDER BY tree_size");
  bind_digest(q, 1, event_hash);
  std::vector<RetiredReceipt> out;
  while (q.executeStep()) {
    auto key = public_key_from_hex(q.getColumn(0).getString());
    auto j = parse_canonical(q.getColumn(1).getString());
    auto receipt = j ? receipt_from_json(*j) : std::nullopt;
    if (key && receipt) out.push_back({*key, std::move(*receipt)});
  }
  return out;
}

std::vector<std::string> ReceiptStore::retired_log_keys() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT log_key FROM retired_logs ORDER BY accepted_at, log_key");
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

}  // namespace fg::sync
