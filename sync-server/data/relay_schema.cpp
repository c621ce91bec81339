#include "data/relay_schema.h"

#include <SQLiteCpp/Transaction.h>

#include <stdexcept>
#include <string>
#include <vector>

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
  };
  return steps;
}
}  // namespace

void migrate_relay_schema(SQLite::Database& db) {
  const auto& steps = migrations();
  const int latest = static_cast<int>(steps.size());
  auto stored_version = [&db] {
    return db.tableExists("relay_version")
               ? db.execAndGet("SELECT COALESCE(MAX(version), 0) FROM relay_version").getInt()
               : 0;
  };
  if (stored_version() == latest) return;  // the usual case: no write lock taken
  // IMMEDIATE before reading the version again: `serve` and an admin command opening the same
  // new folder at once must not both run a step.
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  db.exec("CREATE TABLE IF NOT EXISTS relay_version(version INTEGER NOT NULL)");
  const int current = stored_version();
  if (current > latest)
    throw std::runtime_error("relay database schema version " + std::to_string(current) +
                             " is newer than this program supports (" + std::to_string(latest) + ")");
  if (current == latest) return;  // another process migrated meanwhile
  for (int v = current; v < latest; ++v) db.exec(steps[static_cast<std::size_t>(v)]);
  db.exec("DELETE FROM relay_version");
  db.exec("INSERT INTO relay_version(version) VALUES(" + std::to_string(latest) + ")");
  tx.commit();
}

}  // namespace fg::relay
