#include "data/relay_schema.h"

#include <stdexcept>
#include <string>
#include <vector>

#include "sqlite/schema_migration.h"

namespace fg::relay {

namespace {
const std::vector<std::string>& migrations() {
  static const std::vector<std::string> steps = {
      // 1: devices, enrolment tokens (hash only), booths, officers, config version, sync log.
      R"sql(
CREATE TABLE relay_meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO relay_meta(key, value) VALUES('config_version', 1);
CREATE TABLE relay_devices(
  key TEXT PRIMARY KEY, station TEXT NOT NULL, code TEXT NOT NULL UNIQUE,
  enrolled_at INTEGER NOT NULL, revoked_at INTEGER, last_sync_at INTEGER);
CREATE TABLE relay_tokens(
  token_hash TEXT PRIMARY KEY, station TEXT NOT NULL, created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL, used_at INTEGER, used_by TEXT);
CREATE TABLE relay_booths(
  position INTEGER NOT NULL, booth TEXT PRIMARY KEY, hall TEXT NOT NULL, exhibitor TEXT NOT NULL,
  delegation TEXT NOT NULL, industry TEXT NOT NULL);
CREATE TABLE relay_officers(
  id TEXT PRIMARY KEY, name TEXT NOT NULL, pin_verifier TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0, added_at INTEGER NOT NULL);
CREATE TABLE relay_sync_log(
  id INTEGER PRIMARY KEY, device TEXT NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL,
  events_in INTEGER NOT NULL, events_out INTEGER NOT NULL, blobs_in INTEGER NOT NULL, blobs_out INTEGER NOT NULL,
  outcome TEXT NOT NULL);
CREATE INDEX relay_sync_log_by_device ON relay_sync_log(device, finished_at);
)sql",
      // 2: officer roles (supervisors reset locked stations) and box keys (at-rest encryption
      // on the stations: docs/station.md). box is the roster's JSON object, NULL for officers
      // added before this version.
      R"sql(
ALTER TABLE relay_officers ADD COLUMN role TEXT NOT NULL DEFAULT 'officer';
ALTER TABLE relay_officers ADD COLUMN box TEXT;
)sql",
      // 3: a revocation's cut-off: the device's events after this seq are set aside (kept as
      // evidence, withheld from stations, out of the report). NULL on devices revoked before.
      R"sql(
ALTER TABLE relay_devices ADD COLUMN revoked_after_seq INTEGER;
)sql",
      // 4: bureau staff of the console (docs/console.md), separate from the officers' roster:
      // an Argon2id verifier of each password, and the SHA-256 of each API token.
      R"sql(
CREATE TABLE relay_staff(
  user TEXT PRIMARY KEY, role TEXT NOT NULL, password_verifier TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0, added_at INTEGER NOT NULL, disabled_at INTEGER);
CREATE TABLE relay_staff_tokens(
  token_hash TEXT PRIMARY KEY, user TEXT NOT NULL, created_at INTEGER NOT NULL);
)sql",
      // 5: officers' enforcement credentials: the roster's JSON object {number, expires}, NULL
      // for officers added without one.
      R"sql(
ALTER TABLE relay_officers ADD COLUMN credential TEXT;
)sql",
      // 6: officers' Ed25519 signing public keys (event format v2, officer signatures), NULL
      // for officers added before them.
      R"sql(
ALTER TABLE relay_officers ADD COLUMN sign_pk TEXT;
)sql",
      // 7: every fair configuration the bureau key signed, as signed: version-2 events name the
      // one in force at their station by SHA-256, and the relay checks each event against it.
      // One row per version: re-serving a version serves the same bytes.
      R"sql(
CREATE TABLE relay_configs(
  sha256 TEXT PRIMARY KEY, version INTEGER NOT NULL UNIQUE, wire TEXT NOT NULL, signed_at INTEGER NOT NULL);
)sql",
      // 8: retired transparency logs (docs/relay-admin.md, "Backup and restore"): each one's
      // key, its last head (signed JSON), the key of the log that replaced it, when; and the
      // heads the retired logs signed and the witnesses' cosignatures of them, kept as evidence
      // (tlog_heads and relay_cosignatures hold the current log's).
      R"sql(
CREATE TABLE relay_log_retirements(
  id INTEGER PRIMARY KEY, old_key TEXT NOT NULL UNIQUE, last_head TEXT NOT NULL, new_key TEXT NOT NULL UNIQUE,
  at INTEGER NOT NULL);
CREATE TABLE relay_retired_heads(
  log_key TEXT NOT NULL, size INTEGER NOT NULL, root BLOB NOT NULL, time INTEGER NOT NULL, sig BLOB NOT NULL,
  PRIMARY KEY(log_key, size));
CREATE TABLE relay_retired_cosignatures(
  log_key TEXT NOT NULL, witness TEXT NOT NULL, size INTEGER NOT NULL, head TEXT NOT NULL, cosignature TEXT NOT NULL,
  received_at INTEGER NOT NULL, PRIMARY KEY(log_key, witness, size));
)sql",
      // 9: each station's newest accepted tree head per log, with its device-signed statement
      // (docs/receipts.md, "Accepted heads"), checked against this log before it is kept.
      R"sql(
CREATE TABLE relay_accepted_heads(
  device TEXT NOT NULL, log_key TEXT NOT NULL, size INTEGER NOT NULL, statement TEXT NOT NULL,
  received_at INTEGER NOT NULL, PRIMARY KEY(device, log_key));
)sql",
      // 10: revoked devices that tried to sync (the console's alerts): one row per device,
      // counted up at each refused attempt, so a tablet that keeps trying cannot fill the disk.
      R"sql(
CREATE TABLE relay_revoked_attempts(
  device TEXT PRIMARY KEY, attempts INTEGER NOT NULL, first_at INTEGER NOT NULL, last_at INTEGER NOT NULL,
  last_address TEXT NOT NULL);
)sql",
  };
  return steps;
}
}  // namespace

void migrate_relay_schema(SQLite::Database& db) {
  sqlite::migrate_schema(db, "relay_version", migrations(), "relay database");
}

}  // namespace fg::relay
