#include "data/relay_data.h"

#include <SQLiteCpp/Transaction.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "data/relay_schema.h"
#include "data/tls_cert.h"
#include "crypto/sha256.h"
#include "ledger/hlc.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

namespace fs = std::filesystem;

namespace {

RelaySettings load_settings(const fs::path& dir) {
  if (!fs::is_directory(dir)) throw std::runtime_error(dir.string() + " does not exist or is not a folder");
  if (!fs::is_regular_file(dir / "relay.json"))
    throw std::runtime_error(dir.string() +
                             " is not a FairGuard relay data folder (no relay.json); make one with "
                             "`fairguard-relay init`");
  for (const char* part : {"relay.db", "bureau.key", "log.key", "tls/cert.pem", "tls/key.pem"})
    if (!fs::exists(dir / part))
      throw std::runtime_error("relay data folder " + dir.string() + " is incomplete: " + part + " is missing");
  return RelaySettings::load(dir / "relay.json");
}

std::unique_ptr<KeyPair> load_key(const fs::path& file) { return std::make_unique<KeyPair>(KeyPair::load(file)); }

}  // namespace

void RelayData::create(const fs::path& dir, RelaySettings settings) {
  if (settings.created_at.empty()) settings.created_at = iso_utc(HybridClock::system_millis());
  settings.validate();
  const bool existed = fs::exists(dir);
  if (existed && (!fs::is_directory(dir) || !fs::is_empty(dir)))
    throw std::runtime_error(dir.string() + " already exists and is not empty: refusing to overwrite it");
  try {
    fs::create_directories(dir / "tls");
    fs::create_directories(dir / "blobs");
    ::chmod(dir.c_str(), 0700);  // keys inside; other users have no business here
    KeyPair::generate().save(dir / "bureau.key");
    KeyPair::generate().save(dir / "log.key");
    make_self_signed_certificate(dir / "tls" / "cert.pem", dir / "tls" / "key.pem");
    {
      SQLite::Database db((dir / "relay.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      db.exec("PRAGMA journal_mode=WAL");
      migrate_relay_schema(db);
    }
    EventStore store(dir / "relay.db", settings.fair_id);
    // relay.json last: its presence marks a complete folder.
    settings.save(dir / "relay.json");
  } catch (...) {
    std::error_code ec;
    if (existed) {
      for (const auto& entry : fs::directory_iterator(dir, ec)) fs::remove_all(entry.path(), ec);
    } else {
      fs::remove_all(dir, ec);
    }
    throw;
  }
}

RelayData::RelayData(const fs::path& dir)
    : dir_(dir),
      settings_(load_settings(dir)),
      bureau_key_(load_key(dir / "bureau.key")),
      log_key_(load_key(dir / "log.key")),
      fingerprint_(certificate_fingerprint(dir / "tls" / "cert.pem")),
      db_((dir / "relay.db").string(), SQLite::OPEN_READWRITE),
      now_(&HybridClock::system_millis) {
  db_.setBusyTimeout(10000);
  db_.exec("PRAGMA journal_mode=WAL");
  db_.exec("PRAGMA synchronous=FULL");
  db_.exec("PRAGMA foreign_keys=ON");
  migrate_relay_schema(db_);
  finish_log_retirement();
}

RelayData::~RelayData() = default;

std::vector<std::string> RelayData::reload_settings() {
  RelaySettings fresh = RelaySettings::load(dir_ / "relay.json");
  try {
    fresh.validate();
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error((dir_ / "relay.json").string() + ": " + e.what());
  }
  std::lock_guard lock(mutex_);
  if (fresh.fair_id != settings_.fair_id)
    throw std::runtime_error("relay.json names fair " + fresh.fair_id + " but this relay serves " + settings_.fair_id +
                             ": a fair id never changes");
  std::vector<std::string> changed;
  const Json before = settings_.to_json(), after = fresh.to_json();
  for (const auto& [field, value] : after.items())
    if (!before.contains(field) || before.at(field) != value) changed.push_back(field);
  fresh.listen = settings_.listen;        // the socket is bound already
  fresh.witnesses = settings_.witnesses;  // the witness feed runs already
  const bool signed_part_changed =
      std::ranges::any_of(changed, [](const std::string& f) { return f != "listen" && f != "witnesses"; });
  if (signed_part_changed) {
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    bump_config_version();
    tx.commit();
    settings_ = std::move(fresh);
  }
  return changed;
}

EventStore& RelayData::events() {
  std::lock_guard lock(mutex_);
  if (!events_) {
    events_ = std::make_unique<EventStore>(dir_ / "relay.db", settings_.fair_id);
    events_->set_event_check([this](const SignedEvent& e) { return officer_refusal(e); });
    reconcile_event_store_trust();
  }
  return *events_;
}

TransparencyLog& RelayData::log() {
  std::lock_guard lock(mutex_);
  if (!log_) log_ = std::make_unique<TransparencyLog>(events().database());
  return *log_;
}

void RelayData::reconcile_event_store_trust() {
  // The relay tables are the truth; the event store's trust list follows them (a crash
  // between the two updates is repaired here on the next open).
  for (const auto& d : devices()) {
    const bool trusted = events_->is_trusted(d.key);
    if (!d.revoked() && !trusted) events_->trust_device(d.key, d.code + " " + d.station);
    if (d.revoked()) events_->revoke_device(d.key, d.revoked_after_seq, d.revoked_at);  // the cut-off too
  }
}

std::int64_t RelayData::config_version() {
  std::lock_guard lock(mutex_);
  return db_.execAndGet("SELECT value FROM relay_meta WHERE key='config_version'").getInt64();
}

// Kept in a small file beside relay.db, not in it: a write from the backup process would
// race the serving relay's transactions (a deferred one that then writes gets SQLITE_BUSY).
std::optional<std::int64_t> RelayData::last_backup_at() {
  std::ifstream in(dir_ / "last-backup");
  std::int64_t at = 0;
  if (!(in >> at)) return std::nullopt;
  return at;
}

void RelayData::record_backup(std::int64_t at_ms) {
  const fs::path file = dir_ / "last-backup", temp = dir_ / "last-backup.tmp";
  {
    std::ofstream out(temp, std::ios::trunc);
    out << at_ms << "\n";
    if (!out.flush()) throw std::runtime_error("cannot write " + temp.string());
  }
  fs::rename(temp, file);
}

void RelayData::bump_config_version() {
  db_.exec("UPDATE relay_meta SET value = value + 1 WHERE key='config_version'");
}

void RelayData::commit_config_change(SQLite::Transaction& tx, const BeforeCommit& before_commit) {
  bump_config_version();
  if (before_commit) before_commit();  // throws: the destructor of `tx` rolls the change back
  tx.commit();
}

FairConfig RelayData::fair_config() {
  std::lock_guard lock(mutex_);
  // One read transaction: version and content from the same snapshot.
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::DEFERRED);
  FairConfig c;
  c.version = config_version();
  c.issued_at = now_ms();
  c.fair.id = settings_.fair_id;
  c.fair.name = settings_.name;
  c.fair.venue = settings_.venue;
  c.fair.from = settings_.from;
  c.fair.to = settings_.to;
  c.fair.timezone = settings_.timezone;
  c.booths = booths();
  c.fair.halls = settings_.halls;
  if (c.fair.halls.empty()) {
    // No halls configured: the halls the booth list names, in first-seen order.
    for (const auto& b : c.booths)
      if (std::find(c.fair.halls.begin(), c.fair.halls.end(), b.hall) == c.fair.halls.end())
        c.fair.halls.push_back(b.hall);
  }
  for (auto& o : officers()) c.officers.push_back(std::move(o.officer));
  for (const auto& d : devices())
    c.devices.push_back({d.key, d.station, d.code, d.revoked(), d.revoked_after_seq, d.revoked_at});
  c.log_key = log_key_->public_hex();
  c.log_retirements = log_retirements();
  tx.commit();
  return c;
}

}  // namespace fg::relay
