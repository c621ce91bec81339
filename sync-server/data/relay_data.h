#pragma once
// The relay's data folder (docs/relay-admin.md):
//   DIR/relay.json       fair and listen address (RelaySettings)
//   DIR/bureau.key       Ed25519, signs the fair configuration (roster, booths, devices)
//   DIR/log.key          Ed25519, signs transparency-log tree heads
//   DIR/tls/cert.pem     self-signed EC P-256 certificate, pinned by its SHA-256 fingerprint
//   DIR/tls/key.pem      its key (0600)
//   DIR/relay.db         SQLite: EventStore tables + relay_* tables (devices, tokens, booths...)
//   DIR/blobs/           BlobStore
// One RelayData per process; methods are safe to call from several threads. Several
// processes (serve and admin commands) may use one folder at once: SQLite WAL + busy timeout.
#include <SQLiteCpp/Database.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "blobs/blob_store.h"
#include "crypto/keys.h"
#include "data/relay_settings.h"
#include "fairconfig/fair_config.h"
#include "ledger/store.h"

namespace SQLite {
class Transaction;
}

namespace fg {
class TransparencyLog;
}

namespace fg::relay {

struct DeviceRecord {
  std::string key;                           // Ed25519 public key, lowercase hex
  std::string station;                       // name given to `enroll --station`
  std::string code;                          // S01, S02...
  std::int64_t enrolled_at = 0;              // ms UTC
  std::optional<std::int64_t> revoked_at;    // ms UTC
  std::optional<std::int64_t> last_sync_at;  // ms UTC
  // Set by a revocation: events after this seq are set aside (EventStore::set_aside).
  std::optional<std::int64_t> revoked_after_seq;
  bool revoked() const { return revoked_at.has_value(); }
};

// Where a revocation draws its line: the device's events after it are set aside.
struct RevokeCutoff {
  enum class Kind {
    Now,       // everything the relay holds now still counts; anything later is set aside
    AfterSeq,  // "everything since the last known good event": events after seq `value`
    Since,     // events the relay received at or after `value` (ms UTC, the relay's own clock)
  };
  Kind kind = Kind::Now;
  std::int64_t value = 0;
};

// Runs inside a change's transaction, after its writes and before its commit: the console
// writes the change's access-log record there, so that a change it cannot record (the hook
// throws) is rolled back and never stays without its record.
using BeforeCommit = std::function<void()>;

// What a revocation with a cut-off would do now (RelayData::preview_revocation).
struct RevocationPreview {
  DeviceRecord device;
  std::int64_t keeps_through = 0;  // its events up to this seq still count
  std::int64_t set_aside = 0;      // how many the relay holds after it, seq first..last
  std::int64_t first = 0, last = 0;
};

struct IssuedToken {
  std::string token;  // give to the station once (QR code); only its hash is stored
  std::string station;
  std::int64_t expires_at = 0;  // ms UTC
};

enum class EnrolError {
  UnknownToken,           // no such token was issued (typo, other relay)
  TokenUsed,              // the token already enrolled a device
  TokenExpired,           // issue a new one with `fairguard-relay enroll`
  BadDeviceKey,           // not 64 lowercase hex of an Ed25519 public key
  DeviceAlreadyEnrolled,  // this key is enrolled already (token left unused)
  DeviceRevoked,          // this key was revoked: it never comes back
};
const char* describe(EnrolError e);

struct EnrolResult {
  std::optional<DeviceRecord> device;  // set on success
  EnrolError error{};
  std::string detail;
  explicit operator bool() const { return device.has_value(); }
};

// One finished (or failed) sync session, for the log and `status`.
struct SyncRecord {
  std::string device;
  std::int64_t started_at = 0;
  std::int64_t finished_at = 0;
  std::int64_t events_in = 0, events_out = 0, blobs_in = 0, blobs_out = 0;
  std::string outcome = "ok";  // "ok" or why it ended
};

// One version of the signed fair configuration, shared by every session that serves it.
struct SignedConfig {
  std::string wire;    // what the stations verify with the bureau public key
  std::string sha256;  // of `wire`, hex: names it in welcome and config-get
  std::int64_t version = 0;
};

struct OfficerRecord {
  Officer officer;
  std::int64_t added_at = 0;
};

class RelayData {
 public:
  // Makes a new data folder: keys, certificate, database, blob folder. Refuses a folder that
  // exists and is not empty. Throws std::invalid_argument for bad settings and
  // std::runtime_error otherwise; on failure removes what it made.
  static void create(const std::filesystem::path& dir, RelaySettings settings);

  // Opens an existing data folder; throws std::runtime_error saying what is missing.
  explicit RelayData(const std::filesystem::path& dir);
  ~RelayData();
  RelayData(const RelayData&) = delete;
  RelayData& operator=(const RelayData&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  const RelaySettings& settings() const { return settings_; }
  // Re-reads relay.json (serve, on SIGHUP): a new name, venue, days, time zone, halls or PIN
  // minimum takes effect at once as a new configuration version, which stations fetch at
  // their next sync. The listen address changes only at a restart; the fair id never. Returns
  // the names of the fields that changed (empty: none). Throws std::runtime_error, keeping the
  // settings as they were, when the file is unreadable, invalid or names another fair.
  std::vector<std::string> reload_settings();
  const std::string& fair_id() const { return settings_.fair_id; }
  const KeyPair& bureau_key() const { return *bureau_key_; }
  const KeyPair& log_key() const { return *log_key_; }
  std::filesystem::path cert_path() const { return dir_ / "tls" / "cert.pem"; }
  std::filesystem::path tls_key_path() const { return dir_ / "tls" / "key.pem"; }
  const std::string& cert_fingerprint() const { return fingerprint_; }

  // Opened on first use (the event store and the relay tables share relay.db).
  EventStore& events();
  BlobStore& blobs();
  // The transparency log, on the EventStore's connection (same transactions, same thread
  // rules: use it where the EventStore is used).
  TransparencyLog& log();

  // Devices.
  std::optional<DeviceRecord> find_device(std::string_view key_hex);
  // Takes a key hex or a station code (S03).
  std::optional<DeviceRecord> find_device_by_key_or_code(std::string_view id);
  // Enrolled and not revoked: the sync server admits only these.
  bool device_allowed(std::string_view key_hex);
  std::vector<DeviceRecord> devices();
  IssuedToken issue_enrolment_token(const std::string& station, std::chrono::minutes valid,
                                    const BeforeCommit& before_commit = {});
  // Atomic: either the token is marked used and the device registered with the next station
  // code (and trusted by the event store), or nothing changes.
  EnrolResult consume_enrolment_token(std::string_view token, std::string_view device_key_hex);
  // The checks of consume_enrolment_token without changing anything: nullopt when the token
  // would enrol this key now, else the refusal. The sync checks at enrol and spends at confirm.
  std::optional<EnrolResult> check_enrolment_token(std::string_view token, std::string_view device_key_hex);
  // Throws std::runtime_error if no such device or already revoked, std::invalid_argument
  // for a negative cut-off.
  DeviceRecord revoke_device(std::string_view key_or_code, RevokeCutoff cutoff = {},
                             const BeforeCommit& before_commit = {});
  // The same checks and cut-off as revoke_device, changing nothing: the console shows it before
  // an admin confirms. Throws as revoke_device does.
  RevocationPreview preview_revocation(std::string_view key_or_code, RevokeCutoff cutoff);
  void record_sync(const SyncRecord& s);
  // A revoked device proved its key and was refused (relay_revoked_attempts: its count, first
  // and last time, last address). Only the sync server calls it; the console lists them.
  void record_revoked_attempt(const std::string& key_hex, const std::string& address);
  std::vector<SyncRecord> sync_log(std::string_view device = {}, int limit = 100);
  std::int64_t open_token_count();

  // Booths: the whole list is replaced at once (one transaction).
  void replace_booths(const std::vector<Booth>& booths, const BeforeCommit& before_commit = {});
  std::vector<Booth> booths();

  // Officers. add/disable throw std::runtime_error on a duplicate / unknown id.
  void add_officer(const Officer& officer, const BeforeCommit& before_commit = {});
  void disable_officer(const std::string& id, const BeforeCommit& before_commit = {});
  // Changes of an existing officer (throw std::runtime_error for an unknown id, or an enable of
  // one who is not disabled). A new PIN replaces every column derived from it (the verifier and
  // the box key; docs/relay-admin.md, officers set-pin).
  void enable_officer(const std::string& id, const BeforeCommit& before_commit = {});
  void set_officer_pin(const Officer& officer, const BeforeCommit& before_commit = {});
  void set_officer_credential(const std::string& id, const std::optional<OfficerCredential>& credential,
                              const BeforeCommit& before_commit = {});
  std::vector<OfficerRecord> officers();

  // When `fairguard-relay backup` last finished a copy of this folder (ms UTC), for /metrics;
  // kept in DIR/last-backup.
  std::optional<std::int64_t> last_backup_at();
  void record_backup(std::int64_t at_ms);

  // The configuration version grows with every change to booths, officers or devices.
  std::int64_t config_version();
  FairConfig fair_config();
  // The wire form the stations verify with the bureau public key. Signed once per version
  // (issued_at is when that version was first signed), so equal versions give equal bytes.
  std::string signed_fair_config() { return signed_fair_config_shared()->wire; }
  // The same, without a copy: a sync session keeps the version it announced while the
  // station fetches it in chunks, even if the configuration changes meanwhile.
  std::shared_ptr<const SignedConfig> signed_fair_config_shared();
  // A configuration this relay's bureau key signed, by the SHA-256 of its wire form (what a
  // version-2 event names in `config`): nullopt when this relay never signed one with it.
  std::optional<std::string> signed_config_by_sha256(std::string_view sha256);
  // Why a version-2 event does not hold against the configuration it names (unknown to this
  // relay, or fairconfig/event_signers.h), nullopt when it holds or is version 1. The event
  // store runs it on every import (EventStore::set_event_check).
  std::optional<std::string> officer_refusal(const SignedEvent& e);

  // Retires the transparency log (a restore from a backup older than heads the stations hold):
  // a new log key (DIR/log.key), the same leaves under it, the old log's last head kept, and a
  // new configuration version announcing the retirement. Run while no `serve` uses the folder
  // (it would go on signing with the old key). Throws std::runtime_error.
  LogRetirement retire_log();
  // Every retirement of this fair's log, oldest first (they go into the configuration).
  std::vector<LogRetirement> log_retirements();

  // Tests inject a clock (ms UTC); defaults to the system clock.
  void set_clock(std::function<std::int64_t()> now_ms) { now_ = std::move(now_ms); }
  std::int64_t now_ms() const { return now_(); }

 private:
  void bump_config_version();  // inside the caller's transaction
  // bump_config_version, the hook, then the commit: the end of every configuration change.
  void commit_config_change(SQLite::Transaction& tx, const BeforeCommit& before_commit);
  void finish_log_retirement();  // on open: completes or drops one cut off mid-way
  // Why `token` cannot enrol `key` (nullopt: it can); the station name in `station`.
  std::optional<EnrolResult> token_refusal(std::string_view token, const std::string& key, std::string* station);
  std::int64_t cutoff_seq(const std::string& device, RevokeCutoff cutoff);
  void reconcile_event_store_trust();

  std::filesystem::path dir_;
  RelaySettings settings_;
  std::unique_ptr<KeyPair> bureau_key_;
  std::unique_ptr<KeyPair> log_key_;
  std::string fingerprint_;
  std::recursive_mutex mutex_;
  SQLite::Database db_;
  std::unique_ptr<EventStore> events_;
  std::unique_ptr<BlobStore> blobs_;
  std::unique_ptr<TransparencyLog> log_;
  std::function<std::int64_t()> now_;
  std::shared_ptr<const SignedConfig> signed_config_;
  // Configurations named by events, verified and parsed once (a few per fair).
  std::mutex checked_configs_mutex_;  // a leaf lock: taken inside the event store's import
  std::map<std::string, std::shared_ptr<const FairConfig>, std::less<>> checked_configs_;
};

}  // namespace fg::relay
