// RelayData: retiring the transparency log (docs/relay-admin.md, "Backup and restore"). The
// new log holds the same leaves in the same order (so its root at any size the old log had is
// the old log's), then any event the relay holds that the old log lacked; its heads are signed
// by the new key. The old heads move to relay_retired_heads and the witnesses' cosignatures of
// them to relay_retired_cosignatures; the retirement goes into the next fair configuration.
#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

#include "data/cosignature_store.h"
#include "data/relay_data.h"
#include "sqlite/exec_with.h"
#include "tlog/receipt.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

namespace fs = std::filesystem;

namespace {
constexpr const char* kNextLogKey = "log.key.next";
}  // namespace

std::vector<LogRetirement> RelayData::log_retirements() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT old_key, last_head, new_key, at FROM relay_log_retirements ORDER BY id");
  std::vector<LogRetirement> out;
  while (q.executeStep()) {
    const Json head = Json::parse(q.getColumn(1).getString(), nullptr, false);
    auto signed_head = signed_tree_head_from_json(head);
    if (!signed_head) throw std::runtime_error("relay.db: a log retirement's last head is damaged");
    out.push_back({q.getColumn(0).getString(), *signed_head, q.getColumn(2).getString(), q.getColumn(3).getInt64()});
  }
  return out;
}

LogRetirement RelayData::retire_log() {
  std::lock_guard lock(mutex_);
  if (log_retirements().size() >= kMaxLogRetirements)
    throw std::runtime_error("this fair's log was retired " + std::to_string(kMaxLogRetirements) +
                             " times already: a new log will not help; find out what loses the data");
  TransparencyLog& tlog = log();
  const fs::path next = dir_ / kNextLogKey;
  fs::remove(next);  // a retirement cut off before its commit left it: never used
  const KeyPair fresh = KeyPair::generate();
  fresh.save(next);
  LogRetirement r;
  r.old_key = log_key_->public_hex();
  r.new_key = fresh.public_hex();
  r.at = now_ms();
  // The old log's last head: the one it signed at its size, else one signed now (a log that
  // grew without a head, or an empty one) with the old key, its last signature.
  auto last = tlog.head_at(tlog.size());
  r.last_head = last ? *last : SignedTreeHead{tlog.head(r.at), {}};
  if (!last) r.last_head = sign_tree_head(r.last_head.head, *log_key_);
  {
    // One transaction on the event store's connection (the log's tables are there; the relay
    // tables share the file): the retirement, the old heads moved, a first head under the new
    // key, and a new configuration version that announces it.
    SQLite::Database& db = events().database();
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement ins(db, "INSERT INTO relay_log_retirements(old_key, last_head, new_key, at) VALUES(?,?,?,?)");
    ins.bind(1, r.old_key);
    ins.bind(2, canonical_dump(r.last_head.to_json()));
    ins.bind(3, r.new_key);
    ins.bind(4, r.at);
    ins.exec();
    sqlite::exec_with(db,
                      "INSERT OR REPLACE INTO relay_retired_heads(log_key, size, root, time, sig) "
                      "SELECT ?, size, root, time, sig FROM tlog_heads",
                      r.old_key);
    db.exec("DELETE FROM tlog_heads");
    // The witnesses cosigned heads of the old key: a bundle under the new key must not carry them.
    CosignatureStore(db).create_table();  // the table is made only when a witness first answered
    sqlite::exec_with(db,
                      "INSERT OR REPLACE INTO relay_retired_cosignatures(log_key, witness, size, head, cosignature, "
                      "received_at) SELECT ?, witness, size, head, cosignature, received_at FROM relay_cosignatures",
                      r.old_key);
    db.exec("DELETE FROM relay_cosignatures");
    // Events the relay holds that its log lacks (a log rebuilt or damaged by hand) go into the
    // new log after the others, in the order they were stored: it then proves every event held.
    SQLite::Statement missing(db,
                              "SELECT hash FROM events WHERE hash NOT IN (SELECT lower(hex(event_hash)) FROM "
                              "tlog_leaves) ORDER BY stored_at, device, seq");
    std::vector<Digest> unlogged;
    while (missing.executeStep())
      if (auto h = digest_from_hex(missing.getColumn(0).getString())) unlogged.push_back(*h);
    (void)tlog.append(unlogged);
    (void)tlog.sign_head(fresh, r.at);
    db.exec("UPDATE relay_meta SET value = value + 1 WHERE key='config_version'");
    tx.commit();
  }
  fs::rename(next, dir_ / "log.key");
  log_key_ = std::make_unique<KeyPair>(KeyPair::load(dir_ / "log.key"));
  return r;
}

void RelayData::finish_log_retirement() {
  const fs::path next = dir_ / kNextLogKey;
  if (!fs::exists(next)) return;
  // Cut off between the commit and the rename: the committed retirement names the new key.
  const KeyPair pending = KeyPair::load(next);
  SQLite::Statement q(db_, "SELECT 1 FROM relay_log_retirements WHERE new_key = ?");
  q.bind(1, pending.public_hex());
  if (q.executeStep()) {
    fs::rename(next, dir_ / "log.key");
    log_key_ = std::make_unique<KeyPair>(KeyPair::load(dir_ / "log.key"));
  } else {
    fs::remove(next);  // cut off before the commit: the old log goes on
  }
}

}  // namespace fg::relay
