#include "ledger/store.h"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <set>
#include <stdexcept>

#include "ledger/store_schema.h"
#include "sqlite/schema_migration.h"
#include "ledger/set_aside_sql.h"

namespace fg {

// Write transactions: every one here reads (chain heads, forks) before it writes. A
// DEFERRED one would take the write lock only at its first write, and if another connection
// (an admin command on the relay's file, the station's sync thread) wrote in between, SQLite
// answers SQLITE_BUSY at once instead of waiting: a station's batch refused with "database is
// locked". IMMEDIATE takes the lock at BEGIN, so the busy timeout applies.

const char* describe(ImportStatus s) {
  switch (s) {
    case ImportStatus::Stored:
      return "stored";
    case ImportStatus::AlreadyHave:
      return "already stored (identical)";
    case ImportStatus::Fork:
      return "fork: a different event already holds this device and seq";
    case ImportStatus::Gap:
      return "gap: earlier events of this device are missing";
    case ImportStatus::BrokenChain:
      return "broken chain: prev does not match the previous event's hash";
    case ImportStatus::OutOfOrder:
      return "out of order: events of this device are not in seq order";
    case ImportStatus::ClockRegression:
      return "clock regression: hlc is not after the previous event's";
    case ImportStatus::BadSignature:
      return "bad signature: does not verify with the device key";
    case ImportStatus::WrongFair:
      return "wrong fair: event belongs to another fair";
    case ImportStatus::UnknownDevice:
      return "unknown device: key is not enrolled in this fair (or revoked)";
    case ImportStatus::OfficerRefused:
      return "officer refused: the officer signature does not hold against the signed roster";
    case ImportStatus::KeptApart:
      return "kept apart: stored as evidence, out of the working view";
    case ImportStatus::Malformed:
      return "malformed event";
  }
  return "unknown import status";
}

EventStore::EventStore(const std::filesystem::path& file, std::string fair_id,
                       std::shared_ptr<const RecordCipher> cipher)
    : fair_(std::move(fair_id)),
      cipher_(std::move(cipher)),
      db_(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) {
  db_.setBusyTimeout(10000);
  // Freed pages are zeroed: converted rows must not linger in the file as plain text.
  if (cipher_) db_.exec("PRAGMA secure_delete=ON");
  db_.exec("PRAGMA journal_mode=WAL");
  // FULL: a commit is on disk before append()/import() return, so "saved" survives power loss.
  db_.exec("PRAGMA synchronous=FULL");
  migrate();
  apply_cipher(file);
  SQLite::Statement q(db_, "SELECT value FROM ledger_meta WHERE key='fair'");
  if (q.executeStep()) {
    const std::string stored = q.getColumn(0).getString();
    if (stored != fair_)
      throw std::runtime_error("event store " + file.string() + " belongs to fair " + stored + ", not " + fair_);
  } else {
    SQLite::Statement ins(db_, "INSERT INTO ledger_meta(key, value) VALUES('fair', ?)");
    ins.bind(1, fair_);
    ins.exec();
  }
  SQLite::Statement h(db_, "SELECT COALESCE(MAX(hlc), 0) FROM events");
  h.executeStep();
  clock_.observe(h.getColumn(0).getInt64());
}

int EventStore::schema_version() { return sqlite::stored_schema_version(db_, "ledger_version"); }

void EventStore::migrate() { sqlite::migrate_schema(db_, "ledger_version", store_migrations(), "event store"); }

namespace {
constexpr std::string_view kKeyCheckContext = "record key check";
constexpr std::string_view kKeyCheckText = "FairGuard event store key check";
}  // namespace

void EventStore::apply_cipher(const std::filesystem::path& file) {
  const std::string records = db_.execAndGet("SELECT value FROM ledger_meta WHERE key='records'").getString();
  if (!cipher_) {
    if (records != "plain")
      throw std::runtime_error("event store " + file.string() + " is encrypted (" + records +
                               "): it opens only with the station's data key, after an officer signs in");
    return;
  }
  if (records == cipher_->name()) {
    SQLite::Statement q(db_, "SELECT value FROM ledger_meta WHERE key='key_check'");
    if (!q.executeStep() || cipher_->open(q.getColumn(0).getString(), kKeyCheckContext) != std::string(kKeyCheckText))
      throw std::runtime_error("event store " + file.string() +
                               " does not open with this data key (a wrong key, or the file was altered)");
    return;
  }
  if (records != "plain")
    throw std::runtime_error("event store " + file.string() + " is sealed with " + records + ", not " +
                             cipher_->name());
  // A store of plain rows (made before at-rest encryption): seal every row in one
  // transaction, then checkpoint so the plain pages leave the WAL too.
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);  // see "Write transactions" above
  for (const char* table : {"events", "forks"}) {
    std::vector<std::pair<std::string, std::string>> rows;  // rowid-free tables: keyed by hash
    {
      SQLite::Statement q(db_, std::string("SELECT hash, bytes FROM ") + table);
      while (q.executeStep()) rows.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    }
    SQLite::Statement u(db_, std::string("UPDATE ") + table + " SET bytes=? WHERE hash=?");
    for (const auto& [hash, bytes] : rows) {
      const std::string sealed = cipher_->seal(bytes, hash);
      u.bind(1, sealed.data(), static_cast<int>(sealed.size()));
      u.bind(2, hash);
      u.exec();
      u.reset();
    }
  }
  SQLite::Statement meta(db_, "INSERT OR REPLACE INTO ledger_meta(key, value) VALUES(?, ?)");
  meta.bind(1, "records");
  meta.bind(2, cipher_->name());
  meta.exec();
  meta.reset();
  const std::string check = cipher_->seal(kKeyCheckText, kKeyCheckContext);
  meta.bind(1, "key_check");
  meta.bind(2, check.data(), static_cast<int>(check.size()));
  meta.exec();
  tx.commit();
  db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

std::string EventStore::plain_bytes(const std::string& stored, const std::string& hash) const {
  if (!cipher_) return stored;
  auto plain = cipher_->open(stored, hash);
  if (!plain)
    throw std::runtime_error("stored event " + hash.substr(0, 16) +
                             " does not decrypt: wrong data key, or its stored bytes were altered");
  return std::move(*plain);
}

namespace {
// NULL for a version-1 event (no officer signature).
void bind_officer_sig(SQLite::Statement& q, int index, const SignedEvent& e) {
  if (e.officer_sig)
    q.bind(index, to_hex(*e.officer_sig));
  else
    q.bind(index);
}
}  // namespace

void EventStore::bind_bytes(SQLite::Statement& q, int index, const SignedEvent& e) const {
  if (!cipher_) {
    q.bind(index, e.bytes);
    return;
  }
  const std::string sealed = cipher_->seal(e.bytes, e.hash_hex());
  q.bind(index, sealed.data(), static_cast<int>(sealed.size()));  // binds a copy (SQLITE_TRANSIENT)
}

void EventStore::trust_device(const std::string& device_hex, const std::string& label) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_,
                      "INSERT INTO trusted_devices(device, label, trusted_at) VALUES(?, ?, ?) "
                      "ON CONFLICT(device) DO UPDATE SET label=excluded.label, revoked_at=NULL");
  q.bind(1, device_hex);
  q.bind(2, label);
  q.bind(3, HybridClock::system_millis());
  q.exec();
}

void EventStore::revoke_device(const std::string& device_hex, std::optional<std::int64_t> keep_through_seq,
                               std::optional<std::int64_t> revoked_at) {
  std::lock_guard lock(mutex_);
  // A device revoked before this store heard of it is recorded too: its events must not be
  // accepted later as those of an unknown-but-trusted device.
  SQLite::Statement q(
      db_,
      "INSERT INTO trusted_devices(device, label, trusted_at, revoked_at, revoked_after_seq) "
      "VALUES(?1, '', ?2, COALESCE(?4, ?2), ?3) ON CONFLICT(device) DO UPDATE SET "
      "revoked_at=COALESCE(?4, revoked_at, excluded.revoked_at), revoked_after_seq=excluded.revoked_after_seq");
  q.bind(1, device_hex);
  q.bind(2, HybridClock::system_millis());
  if (keep_through_seq)
    q.bind(3, *keep_through_seq);
  else
    q.bind(3);
  if (revoked_at)
    q.bind(4, *revoked_at);
  else
    q.bind(4);
  q.exec();
}

bool EventStore::admits(const std::string& device_hex, std::int64_t seq) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_,
                      "SELECT 1 FROM trusted_devices WHERE device=? AND "
                      "(revoked_at IS NULL OR (revoked_after_seq IS NOT NULL AND ? <= revoked_after_seq))");
  q.bind(1, device_hex);
  q.bind(2, seq);
  return q.executeStep();
}

// Trusted: it would admit any seq (a revoked device's cut-off is always a real seq).
bool EventStore::is_trusted(const std::string& device_hex) { return admits(device_hex, INT64_MAX); }

void EventStore::insert(const SignedEvent& e) {
  SQLite::Statement q(db_,
                      "INSERT INTO events(device, seq, hash, prev, hlc, time, type, officer, bytes, sig, stored_at, "
                      "officer_sig) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
  q.bind(1, e.event.device);
  q.bind(2, e.event.seq);
  q.bind(3, e.hash_hex());
  q.bind(4, e.event.prev);
  q.bind(5, e.event.hlc);
  q.bind(6, e.event.time);
  q.bind(7, e.event.type);
  q.bind(8, e.event.officer);
  bind_bytes(q, 9, e);
  q.bind(10, to_hex(e.sig));
  q.bind(11, HybridClock::system_millis());
  bind_officer_sig(q, 12, e);
  q.exec();
}

SignedEvent EventStore::append(const KeyPair& device_key, const std::string& officer, const std::string& type,
                               Json body, std::vector<std::string> blobs, const OfficerSigner& signer) {
  std::lock_guard lock(mutex_);
  const std::string device = device_key.public_hex();
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);  // see "Write transactions" above
  {
    // Own key: trusted on first use, but a revocation received from the bureau stays.
    SQLite::Statement own(
        db_, "INSERT OR IGNORE INTO trusted_devices(device, label, trusted_at) VALUES(?, 'this device', ?)");
    own.bind(1, device);
    own.bind(2, HybridClock::system_millis());
    own.exec();
  }
  Event e;
  e.fair = fair_;
  e.device = device;
  e.officer = officer;
  e.type = type;
  e.body = std::move(body);
  e.blobs = std::move(blobs);
  if (signer.key) {
    e.v = kEventVersionOfficerSigned;
    e.config = signer.config;
  }
  e.time = clock_.wall_millis();
  e.hlc = clock_.now();
  SQLite::Statement last(db_, "SELECT seq, hash, hlc FROM events WHERE device=? ORDER BY seq DESC LIMIT 1");
  last.bind(1, device);
  if (last.executeStep()) {
    e.seq = last.getColumn(0).getInt64() + 1;
    e.prev = last.getColumn(1).getString();
    // Never behind our own chain even if the clock was set back since the last run.
    if (e.hlc <= last.getColumn(2).getInt64()) {
      clock_.follow(last.getColumn(2).getInt64());
      e.hlc = clock_.now();
    }
  } else {
    e.seq = 1;
  }
  SignedEvent signed_event = sign_event(e, device_key, signer.key);
  insert(signed_event);
  tx.commit();
  return signed_event;
}

ImportResult EventStore::import_one(const SignedEvent& s) {
  const Event& e = s.event;
  auto result = [&](ImportStatus st, std::string detail = {}) {
    return ImportResult{st, e.device, e.seq, std::move(detail)};
  };
  if (s.hash != sha256(as_bytes(s.bytes)) || s.bytes != e.canonical())
    return result(ImportStatus::Malformed, "bytes, hash and fields disagree");
  if (e.fair != fair_) return result(ImportStatus::WrongFair, "event fair " + e.fair + ", this store " + fair_);
  if (!admits(e.device, e.seq))
    return result(ImportStatus::UnknownDevice, "device " + e.device.substr(0, 16) + " seq " + std::to_string(e.seq));
  if (!s.signature_valid()) return result(ImportStatus::BadSignature, "seq " + std::to_string(e.seq));
  if (event_check_)
    if (auto refusal = event_check_(s)) return result(ImportStatus::OfficerRefused, std::move(*refusal));

  SQLite::Statement existing(db_, "SELECT hash FROM events WHERE device=? AND seq=?");
  existing.bind(1, e.device);
  existing.bind(2, e.seq);
  if (existing.executeStep()) {
    const std::string kept = existing.getColumn(0).getString();
    if (kept == s.hash_hex()) return result(ImportStatus::AlreadyHave);
    SQLite::Statement fork(
        db_,
        "INSERT OR IGNORE INTO forks(device, seq, hash, kept_hash, bytes, sig, detected_at, officer_sig) "
        "VALUES(?,?,?,?,?,?,?,?)");
    fork.bind(1, e.device);
    fork.bind(2, e.seq);
    fork.bind(3, s.hash_hex());
    fork.bind(4, kept);
    bind_bytes(fork, 5, s);
    fork.bind(6, to_hex(s.sig));
    fork.bind(7, HybridClock::system_millis());
    bind_officer_sig(fork, 8, s);
    fork.exec();
    return result(ImportStatus::Fork, "kept " + kept.substr(0, 16) + ", rival " + s.hash_hex().substr(0, 16));
  }

  SQLite::Statement last(db_, "SELECT seq, hash, hlc FROM events WHERE device=? ORDER BY seq DESC LIMIT 1");
  last.bind(1, e.device);
  const bool has_last = last.executeStep();
  const std::int64_t head = has_last ? last.getColumn(0).getInt64() : 0;
  if (e.seq != head + 1)
    return result(ImportStatus::Gap, "expected seq " + std::to_string(head + 1) + ", got " + std::to_string(e.seq));
  const std::string expected_prev = has_last ? last.getColumn(1).getString() : kZeroHash;
  if (e.prev != expected_prev)
    return result(ImportStatus::BrokenChain,
                  "prev " + e.prev.substr(0, 16) + " but previous is " + expected_prev.substr(0, 16));
  if (has_last && e.hlc <= last.getColumn(2).getInt64())
    return result(ImportStatus::ClockRegression,
                  "hlc " + std::to_string(e.hlc) + " <= " + std::to_string(last.getColumn(2).getInt64()));
  if (keep_apart_check_) {
    if (auto reason = keep_apart_check_(s)) {
      insert(s);  // its clock is not adopted: nothing it claims moves this store
      SQLite::Statement mark(db_, "UPDATE events SET kept_apart=? WHERE device=? AND seq=?");
      mark.bind(1, *reason);
      mark.bind(2, e.device);
      mark.bind(3, e.seq);
      mark.exec();
      return result(ImportStatus::KeptApart, std::move(*reason));
    }
  }
  insert(s);
  clock_.observe(e.hlc);
  return result(ImportStatus::Stored);
}

ImportResult EventStore::import(const SignedEvent& e) { return import_batch(std::span(&e, 1)).front(); }

std::vector<ImportResult> EventStore::import_batch(std::span<const SignedEvent> events) {
  return import_batch(events, {});
}

std::vector<ImportResult> EventStore::import_batch(
    std::span<const SignedEvent> events, const std::function<void(const std::vector<ImportResult>&)>& before_commit) {
  std::lock_guard lock(mutex_);
  // A device whose events the batch lists out of seq order is refused whole: its sender is
  // confused, and storing part of it would only turn the rest into gaps.
  std::map<std::string, std::int64_t> last_seq;
  std::set<std::string> disordered;
  for (const auto& s : events) {
    auto [it, fresh] = last_seq.try_emplace(s.event.device, s.event.seq);
    if (!fresh) {
      if (s.event.seq <= it->second) disordered.insert(s.event.device);
      it->second = s.event.seq;
    }
  }
  std::vector<ImportResult> results;
  results.reserve(events.size());
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);  // see "Write transactions" above
  for (const auto& s : events) {
    if (disordered.contains(s.event.device))
      results.push_back({ImportStatus::OutOfOrder, s.event.device, s.event.seq, "batch lists seqs out of order"});
    else
      results.push_back(import_one(s));
  }
  if (before_commit) before_commit(results);
  tx.commit();
  return results;
}

std::int64_t EventStore::head_seq(const std::string& device) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT COALESCE(MAX(seq), 0) FROM events WHERE device=?");
  q.bind(1, device);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::map<std::string, std::int64_t> EventStore::heads() {
  std::lock_guard lock(mutex_);
  std::map<std::string, std::int64_t> out;
  SQLite::Statement q(db_, "SELECT device, MAX(seq) FROM events GROUP BY device");
  while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
  return out;
}

std::optional<SignedEvent> EventStore::row_to_event(SQLite::Statement& q) const {
  // Columns: bytes, sig, hash, officer_sig. Stored rows were verified on the way in;
  // verify_chain re-checks all.
  return assemble_signed(plain_bytes(q.getColumn(0).getString(), q.getColumn(2).getString()),
                         q.getColumn(1).getString(), nullptr, q.getColumn(3).getString());
}

std::vector<SignedEvent> EventStore::read(const std::string& device, std::int64_t from, std::int64_t to) {
  std::lock_guard lock(mutex_);
  std::vector<SignedEvent> out;
  SQLite::Statement q(db_,
                      "SELECT bytes, sig, hash, officer_sig FROM events WHERE device=? AND seq BETWEEN ? AND ? "
                      "ORDER BY seq");
  q.bind(1, device);
  q.bind(2, from);
  q.bind(3, to);
  while (q.executeStep())
    if (auto e = row_to_event(q)) out.push_back(std::move(*e));
  return out;
}

std::optional<SignedEvent> EventStore::find(const std::string& device, std::int64_t seq) {
  auto events = read(device, seq, seq);
  if (events.empty()) return std::nullopt;
  return std::move(events.front());
}

namespace {
// Events of a revoked device after its cut-off (columns of `events` as e, trusted_devices as t).
constexpr const char* kSetAside = kSetAsideCondition;
}  // namespace

std::vector<SignedEvent> EventStore::read_fold_order(const std::string& where) {
  std::lock_guard lock(mutex_);
  return read_fold_order(db_, where);
}

std::vector<SignedEvent> EventStore::read_fold_order(SQLite::Database& db, const std::string& where) const {
  std::vector<SignedEvent> out;
  SQLite::Statement q(
      db,
      "SELECT e.bytes, e.sig, e.hash, e.officer_sig FROM events e LEFT JOIN trusted_devices t ON t.device = e.device " +
          where + " ORDER BY e.hlc, e.device, e.seq");
  while (q.executeStep())
    if (auto e = row_to_event(q)) out.push_back(std::move(*e));
  return out;
}

namespace {
// The working view: without the events set aside by a revocation or kept apart.
std::string working_where() { return std::string("WHERE NOT (") + kSetAside + ") AND e.kept_apart IS NULL"; }
}  // namespace

std::vector<SignedEvent> EventStore::all_in_fold_order() { return read_fold_order(""); }

std::vector<SignedEvent> EventStore::working_in_fold_order() { return read_fold_order(working_where()); }

EventStore::WorkingSnapshot EventStore::working_snapshot() const {
  // Read-write so that the WAL index (-shm) can be used; query_only keeps this connection from
  // ever writing. Only this thread uses it.
  SQLite::Database db(db_.getFilename(), SQLite::OPEN_READWRITE);
  db.setBusyTimeout(10000);
  db.exec("PRAGMA query_only=1");
  WorkingSnapshot out;
  // One read transaction: the events and the count are of the same commit.
  db.exec("BEGIN");
  out.events = read_fold_order(db, working_where());
  out.stored = db.execAndGet("SELECT COUNT(*) FROM events").getInt64();
  db.exec("COMMIT");
  return out;
}

std::vector<KeptApartEvent> EventStore::kept_apart() {
  std::lock_guard lock(mutex_);
  std::vector<KeptApartEvent> out;
  SQLite::Statement q(db_,
                      "SELECT device, seq, kept_apart FROM events WHERE kept_apart IS NOT NULL ORDER BY device, seq");
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getString()});
  return out;
}

std::vector<SetAsideDevice> EventStore::set_aside() {
  std::lock_guard lock(mutex_);
  std::vector<SetAsideDevice> out;
  SQLite::Statement q(db_,
                      std::string("SELECT t.device, t.label, t.revoked_after_seq, COUNT(*), t.revoked_at FROM events e "
                                  "JOIN trusted_devices t ON t.device = e.device WHERE ") +
                          kSetAside + " GROUP BY t.device ORDER BY t.label, t.device");
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64(),
                   q.getColumn(3).getInt64(), q.getColumn(4).getInt64()});
  return out;
}

std::int64_t EventStore::event_count() {
  std::lock_guard lock(mutex_);
  return db_.execAndGet("SELECT COUNT(*) FROM events").getInt64();
}

std::vector<ForkRecord> EventStore::forks() {
  std::lock_guard lock(mutex_);
  std::vector<ForkRecord> out;
  SQLite::Statement q(db_,
                      "SELECT bytes, sig, hash, officer_sig, device, seq, kept_hash, detected_at FROM forks "
                      "ORDER BY detected_at");
  while (q.executeStep()) {
    auto rival = row_to_event(q);
    if (!rival) continue;
    out.push_back({q.getColumn(4).getString(), q.getColumn(5).getInt64(), q.getColumn(6).getString(), std::move(*rival),
                   q.getColumn(7).getInt64()});
  }
  return out;
}

ChainCheck EventStore::verify_chain(const std::string& device) {
  std::lock_guard lock(mutex_);
  ChainCheck check;
  auto fail = [&](std::int64_t seq, const std::string& what) {
    check.ok = false;
    check.problem = "device " + device.substr(0, 16) + " seq " + std::to_string(seq) + ": " + what;
    return check;
  };
  auto key = public_key_from_hex(device);
  if (!key) return fail(0, "device id is not a public key");
  SQLite::Statement q(db_, "SELECT seq, hash, bytes, sig, officer_sig FROM events WHERE device=? ORDER BY seq");
  q.bind(1, device);
  std::string prev_hash = kZeroHash;
  std::int64_t expected = 1, prev_hlc = 0;
  while (q.executeStep()) {
    const std::int64_t seq = q.getColumn(0).getInt64();
    const std::string stored_hash = q.getColumn(1).getString();
    if (seq != expected) return fail(seq, "gap: expected seq " + std::to_string(expected));
    std::string bytes;
    try {
      bytes = plain_bytes(q.getColumn(2).getString(), stored_hash);
    } catch (const std::exception& e) {
      return fail(seq, e.what());
    }
    std::string why;
    auto s = assemble_signed(bytes, q.getColumn(3).getString(), &why, q.getColumn(4).getString());
    if (!s) return fail(seq, "stored event is malformed: " + why);
    if (s->hash_hex() != stored_hash) return fail(seq, "stored bytes do not match the recorded hash");
    if (s->event.device != device || s->event.seq != seq) return fail(seq, "event names another device or seq");
    if (!verify_signature(*key, as_bytes(bytes), s->sig)) return fail(seq, "signature does not verify");
    if (s->event.prev != prev_hash) return fail(seq, "prev does not match the previous event's hash");
    if (s->event.fair != fair_) return fail(seq, "event belongs to fair " + s->event.fair);
    if (seq > 1 && s->event.hlc <= prev_hlc) return fail(seq, "hlc goes backwards");
    prev_hash = stored_hash;
    prev_hlc = s->event.hlc;
    ++expected;
    ++check.events;
  }
  return check;
}

}  // namespace fg
