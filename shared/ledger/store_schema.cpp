#include "ledger/store_schema.h"

namespace fg {

const std::vector<std::string>& store_migrations() {
  static const std::vector<std::string> steps = {
      // 1: events, forks kept as evidence, trusted devices.
      R"sql(
CREATE TABLE ledger_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE events(
  device TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL, prev TEXT NOT NULL,
  hlc INTEGER NOT NULL, time INTEGER NOT NULL, type TEXT NOT NULL, officer TEXT NOT NULL,
  bytes TEXT NOT NULL, sig TEXT NOT NULL, stored_at INTEGER NOT NULL,
  PRIMARY KEY(device, seq)) WITHOUT ROWID;
CREATE INDEX events_fold_order ON events(hlc, device, seq);
CREATE INDEX events_by_hash ON events(hash);
CREATE TABLE forks(
  device TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL, kept_hash TEXT NOT NULL,
  bytes TEXT NOT NULL, sig TEXT NOT NULL, detected_at INTEGER NOT NULL,
  PRIMARY KEY(device, seq, hash));
CREATE TABLE trusted_devices(
  device TEXT PRIMARY KEY, label TEXT NOT NULL DEFAULT '', trusted_at INTEGER NOT NULL, revoked_at INTEGER);
)sql",
      // 2: the form of the stored event bytes is recorded: 'plain' (canonical JSON, the relay)
      // or a record cipher's name (the station: sealed bytes, ledger/record_cipher.h). The
      // store converts 'plain' rows when first opened with a cipher. A version-1 program must
      // not open a version-2 store: it would read sealed bytes as JSON.
      R"sql(
INSERT OR IGNORE INTO ledger_meta(key, value) VALUES('records', 'plain');
)sql",
      // 3: a revocation's cut-off (the bureau's signed choice): a revoked device's events up to
      // this seq still count; those after it are kept as evidence but set aside from the
      // working view (fold, report). NULL: revoked without a cut-off, nothing set aside.
      R"sql(
ALTER TABLE trusted_devices ADD COLUMN revoked_after_seq INTEGER;
)sql",
      // 4: event format version 2: the officer's signature (hex) beside the device's; NULL for
      // version-1 events.
      R"sql(
ALTER TABLE events ADD COLUMN officer_sig TEXT;
ALTER TABLE forks ADD COLUMN officer_sig TEXT;
)sql",
      // 5: a station keeps apart another station's version-2 event whose officer signature
      // does not hold against the configuration it names: stored as evidence, out of the
      // working view; the column holds why (NULL for every other event).
      R"sql(
ALTER TABLE events ADD COLUMN kept_apart TEXT;
)sql",
  };
  return steps;
}

}  // namespace fg
