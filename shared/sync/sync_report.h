#pragma once
// What one sync did (run_sync's result and progress): counts, receipts, problems.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/canonical.h"

namespace fg::sync {

struct SyncReport {
  std::int64_t events_sent = 0;
  std::int64_t events_acked = 0;    // relay confirmed stored (now or before)
  std::int64_t events_refused = 0;  // relay refused (detail in problems)
  std::int64_t relay_head = 0;      // the relay's head seq for this device at the end
  std::int64_t finished_at = 0;     // ms UTC by the station's clock, when the sync completed
  std::int64_t blobs_sent = 0;
  std::uint64_t blob_bytes_sent = 0;
  std::uint64_t blob_bytes_to_send = 0;  // what the relay lacks, known before the first chunk
  std::int64_t events_received = 0;
  std::int64_t events_imported = 0;  // newly stored here
  std::int64_t blobs_received = 0;
  std::uint64_t blob_bytes_received = 0;
  std::int64_t config_version = 0;
  std::uint64_t config_bytes = 0;    // configuration bytes fetched in this sync (0: unchanged)
  std::int64_t config_fetch_ms = 0;  // how long fetching them took
  // This station's clock minus the relay's (ms; > 0: the station is ahead), measured at the
  // welcome assuming it was sent in the middle of the round trip, so it is off by at most
  // half of clock_round_trip_ms. Unset when the relay sent no time (an older relay).
  std::optional<std::int64_t> clock_offset_ms;
  std::int64_t clock_round_trip_ms = 0;
  // Receipts (only with SyncOptions::receipts).
  std::int64_t receipts_stored = 0;      // verified receipts stored in this sync
  std::int64_t cosignatures_kept = 0;    // witnesses' cosignatures kept in this sync (docs/witness.md)
  std::int64_t receipts_pending = 0;     // own events the relay holds whose receipt is not checked yet
  std::int64_t receipts_total = 0;       // own events in the bureau log, proof checked (all syncs)
  std::uint64_t tree_size = 0;           // the last tree head accepted
  std::uint64_t accepted_head_sent = 0;  // size of the accepted head this sync told the relay (0: none)
  std::string accepted_head_refused;     // why the relay did not keep it (empty: kept, or none sent)
  std::string tree_check;                // "first", "consistent", "bad_signature", "rewrote_history", "" (not checked)
  std::string log_alert;                 // set when this sync found the bureau's log rewritten or forged
  std::string log_retired;               // set when this sync moved to a new log the bureau announced
  std::int64_t alerts_cleared = 0;       // log alerts that retirement explained
  std::vector<std::string> problems;
  Json to_json() const;
};

}  // namespace fg::sync
