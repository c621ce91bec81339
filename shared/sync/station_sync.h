#pragma once
// The station's side of a sync (docs/sync-protocol.md), over any Transport: hello and
// challenge, enrolment or authentication, push of the station's own events and blobs, pull
// of the fair configuration and the other stations' events (and, if wanted, their blobs).
// Socket-free: the TLS client is one Transport, tests may use another.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "blobs/blob_store.h"
#include "crypto/keys.h"
#include "fairconfig/fair_config.h"
#include "ledger/store.h"
#include "sync/messages.h"
#include "sync/receipt_store.h"
#include "sync/transport.h"

namespace fg::sync {

// What a station keeps after enrolment (station.json beside its store): where the relay is,
// the pinned certificate, and what the relay told it at enrolment.
struct StationProfile {
  std::string host;
  std::uint16_t port = 0;
  std::string cert_sha256;
  std::string fair;
  std::string station_code;
  std::string bureau_key;  // hex; later configurations must verify with this key

  Json to_json() const;
  static StationProfile from_json(const Json& j);  // throws std::invalid_argument
  void save(const std::filesystem::path& file) const;  // atomic (temp + rename)
  static StationProfile load(const std::filesystem::path& file);
};

struct SyncReport;

struct SyncOptions {
  bool push = true;         // push own events and blobs
  bool pull = true;         // pull the other stations' events
  bool fetch_blobs = true;  // fetch blobs other stations' events reference
  std::string client_name = "fairguard-station";
  std::string label;        // station name offered at enrolment
  std::function<void(const std::string&)> log;  // progress lines, optional
  // If set, kept up to date while the sync runs, so that a caller still knows what the relay
  // acknowledged when a cut ends the sync with an exception.
  SyncReport* progress = nullptr;
  // If set, receipts are checked and kept here (docs/receipts.md): every ack's proofs, and a
  // tree request after the pushes that checks the relay's log still extends the last head.
  ReceiptStore* receipts = nullptr;
  // If set, called on the sync's thread after each acknowledged event batch and each blob
  // chunk sent or received, so a UI can show how far a large upload is (throttle there).
  std::function<void(const SyncReport&)> on_progress;
  // The sha256 of the signed configuration the station holds already: when the relay
  // announces the same one, it is not fetched again (SyncResult::config stays empty).
  std::string have_config_sha256;
};

struct SyncReport {
  std::int64_t events_sent = 0;
  std::int64_t events_acked = 0;     // relay confirmed stored (now or before)
  std::int64_t events_refused = 0;   // relay refused (detail in problems)
  std::int64_t relay_head = 0;       // the relay's head seq for this device at the end
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
  // Receipts (only with SyncOptions::receipts).
  std::int64_t receipts_stored = 0;    // verified receipts stored in this sync
  std::int64_t receipts_pending = 0;   // own events the relay holds whose receipt is not checked yet
  std::int64_t receipts_total = 0;     // own events in the bureau log, proof checked (all syncs)
  std::uint64_t tree_size = 0;         // the last tree head accepted
  std::string tree_check;              // "first", "consistent", "bad_signature", "rewrote_history", "" (not checked)
  std::string log_alert;               // set when this sync found the bureau's log rewritten or forged
  std::vector<std::string> problems;
  Json to_json() const;
};

struct SyncContext {
  EventStore& store;
  BlobStore& blobs;
  const KeyPair& key;
  std::string cert_sha256;                 // pinned fingerprint, hex (bound into the auth proof)
  std::optional<std::string> token;        // set: enrol with it; unset: authenticate
  std::string bureau_key;                  // expected bureau key; empty at enrolment
  SyncOptions options;
};

struct SyncResult {
  Welcome welcome;
  std::optional<FairConfig> config;
  SyncReport report;
};

// Runs one whole sync. Throws SyncError: with the relay's error code when it refused, or a
// local code ("protocol", "bad_config", ...) when the relay's answer is unacceptable.
SyncResult run_sync(Transport& t, SyncContext ctx);

}  // namespace fg::sync
