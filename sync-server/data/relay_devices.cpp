// RelayData: enrolment tokens, devices, revocation and the sync log.
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <stdexcept>
#include <utility>

#include "crypto/sha256.h"
#include "data/relay_data.h"
#include "fairconfig/enrolment_payload.h"

namespace fg::relay {

namespace {

std::optional<std::int64_t> nullable(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}

DeviceRecord read_device(SQLite::Statement& q) {
  return DeviceRecord{q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                      q.getColumn(3).getInt64(),  nullable(q.getColumn(4)),   nullable(q.getColumn(5)),
                      nullable(q.getColumn(6))};
}

constexpr const char* kDeviceColumns =
    "SELECT key, station, code, enrolled_at, revoked_at, last_sync_at, revoked_after_seq FROM relay_devices";

std::string token_hash(std::string_view token) {
  std::string upper(token);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  return sha256_hex(as_bytes(upper));
}

}  // namespace

const char* describe(EnrolError e) {
  switch (e) {
    case EnrolError::UnknownToken:
      return "unknown enrolment token";
    case EnrolError::TokenUsed:
      return "enrolment token was already used";
    case EnrolError::TokenExpired:
      return "enrolment token has expired: ask the bureau for a new one";
    case EnrolError::BadDeviceKey:
      return "device key is not 64 lowercase hex characters of an Ed25519 public key";
    case EnrolError::DeviceAlreadyEnrolled:
      return "this device is already enrolled";
    case EnrolError::DeviceRevoked:
      return "this device was revoked and cannot enrol again";
  }
  return "unknown enrolment error";
}

std::optional<DeviceRecord> RelayData::find_device(std::string_view key_hex) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, std::string(kDeviceColumns) + " WHERE key=?");
  q.bind(1, std::string(key_hex));
  if (!q.executeStep()) return std::nullopt;
  return read_device(q);
}

std::optional<DeviceRecord> RelayData::find_device_by_key_or_code(std::string_view id) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, std::string(kDeviceColumns) + " WHERE key=?1 OR upper(code)=upper(?1)");
  q.bind(1, std::string(id));
  if (!q.executeStep()) return std::nullopt;
  return read_device(q);
}

bool RelayData::device_allowed(std::string_view key_hex) {
  auto d = find_device(key_hex);
  return d && !d->revoked();
}

std::vector<DeviceRecord> RelayData::devices() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, std::string(kDeviceColumns) + " ORDER BY CAST(substr(code, 2) AS INTEGER)");
  std::vector<DeviceRecord> out;
  while (q.executeStep()) out.push_back(read_device(q));
  return out;
}

IssuedToken RelayData::issue_enrolment_token(const std::string& station, std::chrono::minutes valid,
                                             const BeforeCommit& before_commit) {
  if (station.empty()) throw std::invalid_argument("station name is empty");
  if (valid.count() < 0) throw std::invalid_argument("validity must not be negative");
  std::lock_guard lock(mutex_);
  IssuedToken t{new_enrolment_token(), station, now_ms() + valid.count() * 60'000};
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement q(db_, "INSERT INTO relay_tokens(token_hash, station, created_at, expires_at) VALUES(?,?,?,?)");
  q.bind(1, token_hash(t.token));
  q.bind(2, station);
  q.bind(3, now_ms());
  q.bind(4, t.expires_at);
  q.exec();
  if (before_commit) before_commit();
  tx.commit();
  return t;
}

std::int64_t RelayData::open_token_count() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM relay_tokens WHERE used_at IS NULL AND expires_at > ?");
  q.bind(1, now_ms());
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::optional<EnrolResult> RelayData::token_refusal(std::string_view token, const std::string& key,
                                                    std::string* station) {
  auto fail = [](EnrolError e, std::string detail = {}) {
    EnrolResult out;
    out.error = e;
    out.detail = std::move(detail);
    return std::optional<EnrolResult>(std::move(out));
  };
  if (!public_key_from_hex(key)) return fail(EnrolError::BadDeviceKey);
  SQLite::Statement t(db_, "SELECT station, expires_at, used_at FROM relay_tokens WHERE token_hash=?");
  t.bind(1, token_hash(token));
  if (!t.executeStep()) return fail(EnrolError::UnknownToken);
  *station = t.getColumn(0).getString();
  const std::int64_t expires_at = t.getColumn(1).getInt64();
  if (!t.getColumn(2).isNull()) return fail(EnrolError::TokenUsed, "used at " + iso_utc(t.getColumn(2).getInt64()));
  if (now_ms() >= expires_at) return fail(EnrolError::TokenExpired, "expired at " + iso_utc(expires_at));
  SQLite::Statement existing(db_, "SELECT code, revoked_at FROM relay_devices WHERE key=?");
  existing.bind(1, key);
  if (existing.executeStep()) {
    if (!existing.getColumn(1).isNull()) return fail(EnrolError::DeviceRevoked, existing.getColumn(0).getString());
    return fail(EnrolError::DeviceAlreadyEnrolled, "as " + existing.getColumn(0).getString());
  }
  return std::nullopt;
}

std::optional<EnrolResult> RelayData::check_enrolment_token(std::string_view token, std::string_view device_key_hex) {
  std::lock_guard lock(mutex_);
  std::string station;
  return token_refusal(token, std::string(device_key_hex), &station);
}

EnrolResult RelayData::consume_enrolment_token(std::string_view token, std::string_view device_key_hex) {
  const std::string key(device_key_hex);
  std::lock_guard lock(mutex_);
  EnrolResult out;
  {
    // IMMEDIATE: take the write lock before reading, so two stations presenting the same
    // token at once (or serve and an admin command) cannot both succeed.
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    std::string station;
    if (auto refused = token_refusal(token, key, &station)) return std::move(*refused);
    const std::int64_t now = now_ms();
    const std::int64_t next =
        db_.execAndGet("SELECT COALESCE(MAX(CAST(substr(code, 2) AS INTEGER)), 0) + 1 FROM relay_devices").getInt64();
    char code[24];
    std::snprintf(code, sizeof code, "S%02lld", static_cast<long long>(next));
    SQLite::Statement ins(db_, "INSERT INTO relay_devices(key, station, code, enrolled_at) VALUES(?,?,?,?)");
    ins.bind(1, key);
    ins.bind(2, station);
    ins.bind(3, code);
    ins.bind(4, now);
    ins.exec();
    SQLite::Statement used(db_, "UPDATE relay_tokens SET used_at=?, used_by=? WHERE token_hash=?");
    used.bind(1, now);
    used.bind(2, key);
    used.bind(3, token_hash(token));
    used.exec();
    bump_config_version();
    tx.commit();
    DeviceRecord enrolled;
    enrolled.key = key;
    enrolled.station = station;
    enrolled.code = code;
    enrolled.enrolled_at = now;
    out.device = std::move(enrolled);
  }
  if (events_) events_->trust_device(key, out.device->code + " " + out.device->station);
  return out;
}

std::int64_t RelayData::cutoff_seq(const std::string& device, RevokeCutoff cutoff) {
  if (cutoff.value < 0) throw std::invalid_argument("a revocation cut-off must not be negative");
  switch (cutoff.kind) {
    case RevokeCutoff::Kind::AfterSeq:
      return cutoff.value;
    case RevokeCutoff::Kind::Now:
      return events().head_seq(device);
    case RevokeCutoff::Kind::Since: {
      // stored_at is the relay's clock when the event arrived: the device cannot forge it.
      SQLite::Statement q(events().database(),
                          "SELECT COALESCE(MAX(seq), 0) FROM events WHERE device=? AND stored_at < ?");
      q.bind(1, device);
      q.bind(2, cutoff.value);
      q.executeStep();
      return q.getColumn(0).getInt64();
    }
  }
  return 0;
}

DeviceRecord RelayData::revoke_device(std::string_view key_or_code, RevokeCutoff cutoff,
                                      const BeforeCommit& before_commit) {
  std::lock_guard lock(mutex_);
  auto d = find_device_by_key_or_code(key_or_code);
  if (!d) throw std::runtime_error("no enrolled device with key or station code '" + std::string(key_or_code) + "'");
  const std::int64_t after = cutoff_seq(d->key, cutoff);
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  d = find_device(d->key);  // again inside the write lock: another process may have revoked it
  if (d->revoked())
    throw std::runtime_error("device " + d->code + " (" + d->station + ") was already revoked at " +
                             iso_utc(*d->revoked_at));
  d->revoked_at = now_ms();
  d->revoked_after_seq = after;
  SQLite::Statement q(db_, "UPDATE relay_devices SET revoked_at=?, revoked_after_seq=? WHERE key=?");
  q.bind(1, *d->revoked_at);
  q.bind(2, after);
  q.bind(3, d->key);
  q.exec();
  commit_config_change(tx, before_commit);
  if (events_) events_->revoke_device(d->key, after, d->revoked_at);
  return *d;
}

RevocationPreview RelayData::preview_revocation(std::string_view key_or_code, RevokeCutoff cutoff) {
  std::lock_guard lock(mutex_);
  auto d = find_device_by_key_or_code(key_or_code);
  if (!d) throw std::runtime_error("no enrolled device with key or station code '" + std::string(key_or_code) + "'");
  if (d->revoked())
    throw std::runtime_error("device " + d->code + " (" + d->station + ") was already revoked at " +
                             iso_utc(*d->revoked_at));
  RevocationPreview p{*d, cutoff_seq(d->key, cutoff)};
  SQLite::Statement q(events().database(),
                      "SELECT count(*), COALESCE(min(seq), 0), COALESCE(max(seq), 0) FROM events WHERE device=? AND "
                      "seq > ?");
  q.bind(1, d->key);
  q.bind(2, p.keeps_through);
  q.executeStep();
  p.set_aside = q.getColumn(0).getInt64();
  p.first = q.getColumn(1).getInt64();
  p.last = q.getColumn(2).getInt64();
  return p;
}

void RelayData::record_revoked_attempt(const std::string& key_hex, const std::string& address) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_,
                      "INSERT INTO relay_revoked_attempts(device, attempts, first_at, last_at, last_address) "
                      "VALUES(?1, 1, ?2, ?2, ?3) ON CONFLICT(device) DO UPDATE SET attempts = attempts + 1, "
                      "last_at = excluded.last_at, last_address = excluded.last_address");
  q.bind(1, key_hex);
  q.bind(2, now_ms());
  q.bind(3, address.substr(0, 64));
  q.exec();
}

void RelayData::record_sync(const SyncRecord& s) {
  std::lock_guard lock(mutex_);
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement q(db_,
                      "INSERT INTO relay_sync_log(device, started_at, finished_at, events_in, events_out, blobs_in, "
                      "blobs_out, outcome) VALUES(?,?,?,?,?,?,?,?)");
  q.bind(1, s.device);
  q.bind(2, s.started_at);
  q.bind(3, s.finished_at);
  q.bind(4, s.events_in);
  q.bind(5, s.events_out);
  q.bind(6, s.blobs_in);
  q.bind(7, s.blobs_out);
  q.bind(8, s.outcome);
  q.exec();
  SQLite::Statement u(db_, "UPDATE relay_devices SET last_sync_at=? WHERE key=?");
  u.bind(1, s.finished_at);
  u.bind(2, s.device);
  u.exec();
  tx.commit();
}

std::vector<SyncRecord> RelayData::sync_log(std::string_view device, int limit) {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_,
                      "SELECT device, started_at, finished_at, events_in, events_out, blobs_in, blobs_out, outcome "
                      "FROM relay_sync_log WHERE ?1 = '' OR device = ?1 ORDER BY id DESC LIMIT ?2");
  q.bind(1, std::string(device));
  q.bind(2, limit);
  std::vector<SyncRecord> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                   q.getColumn(3).getInt64(), q.getColumn(4).getInt64(), q.getColumn(5).getInt64(),
                   q.getColumn(6).getInt64(), q.getColumn(7).getString()});
  return out;
}

}  // namespace fg::relay
