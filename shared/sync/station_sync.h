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
#include "fairconfig/config_shelf.h"
#include "fairconfig/fair_config.h"
#include "ledger/store.h"
#include "sync/messages.h"
#include "sync/receipt_store.h"
#include "sync/station_profile.h"
#include "sync/sync_report.h"
#include "sync/transport.h"

namespace fg::sync {

struct SyncOptions {
  bool push = true;         // push own events and blobs
  bool pull = true;         // pull the other stations' events
  bool fetch_blobs = true;  // fetch blobs other stations' events reference
  std::string client_name = "fairguard-station";
  std::string label;                            // station name offered at enrolment
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
  // The station's wall clock (ms UTC) compared with the relay's at the welcome; the system
  // clock when unset. Tests play a tablet whose clock is wrong.
  std::function<std::int64_t()> wall_clock;
  // If set (the station app), the configurations the station holds: before the pulled events
  // are imported, every configuration a version-2 event of another station names and the
  // shelf lacks is fetched from the relay (config-get), verified with the bureau key and put
  // there, so that the store's checks (EventStore::set_keep_apart_check) can judge the event.
  ConfigShelf* configs = nullptr;
  // With receipts: the first tree request carries the newest head this station accepted,
  // signed with its key, for the bureau's bundles (docs/receipts.md, "Accepted heads").
  // Off: the station behaves as one from before (tests of older stations).
  bool send_accepted_head = true;
};

struct SyncContext {
  EventStore& store;
  BlobStore& blobs;
  const KeyPair& key;
  std::string cert_sha256;           // pinned fingerprint, hex (bound into the auth proof)
  std::optional<std::string> token;  // set: enrol with it; unset: authenticate
  std::string bureau_key;            // expected bureau key; empty at enrolment
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
