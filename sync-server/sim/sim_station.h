#pragma once
// A headless station for the simulator, the relay tests and the benchmark: its own key,
// EventStore and BlobStore in one folder, enrolled with a payload, taking complaints through
// the real event workflow (cases/event_types.h) and syncing with the real TLS client.
//
//   DIR/device.key      Ed25519 seed (0600)
//   DIR/station.json    StationProfile after enrolment
//   DIR/events.db       EventStore
//   DIR/receipts.db     ReceiptStore (receipts and tree heads checked at each sync)
//   DIR/blobs/          BlobStore
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "blobs/blob_store.h"
#include "crypto/keys.h"
#include "ledger/store.h"
#include "sync/station_sync.h"

namespace fg::relay {

class SimStation {
 public:
  // Opens the station in `dir`, making its key on first use. `fair` must match a saved profile.
  SimStation(std::filesystem::path dir, const std::string& fair);

  const std::filesystem::path& dir() const { return dir_; }
  const KeyPair& key() const { return *key_; }
  EventStore& store() { return *store_; }
  BlobStore& blobs() { return *blobs_; }
  sync::ReceiptStore& receipts() { return *receipts_; }
  bool enrolled() const { return profile_.has_value(); }
  const sync::StationProfile& profile() const { return *profile_; }
  std::string code() const { return profile_ ? profile_->station_code : std::string("S00"); }

  // Enrols with an FGE1 payload and runs the first sync. Throws sync::SyncError.
  sync::SyncResult enrol(const std::string& payload, sync::SyncOptions options = {});
  // Authenticated sync with the saved profile. Throws sync::SyncError.
  sync::SyncResult sync(sync::SyncOptions options = {}, std::chrono::milliseconds timeout = std::chrono::seconds(60));

  // Reach the relay at another address from now on (not saved): tests put a proxy between.
  void use_relay_at(const std::string& host, std::uint16_t port) {
    profile_->host = host;
    profile_->port = port;
  }

  // One complaint from intake to closure: 12 events, one of them citing a random photo of
  // `photo_kb` KiB (0: no photo). Deterministic content for a given rng state and fair
  // configuration (sim_content.h: booths and officers from it once a sync brought one).
  // A non-empty `complainant_name` replaces the generated one (the console's hostile-text tests);
  // `until_notice` stops after notice.served (9 events, not 12), leaving a defence deadline open.
  void take_complaint(std::mt19937_64& rng, int photo_kb, const std::string& complainant_name = {},
                      bool until_notice = false);
  std::int64_t cases_taken() const { return cases_; }
  // Photos as greyscale PNGs of random pixels (about the same size), which a browser shows.
  void photos_as_png(bool on) { photo_png_ = on; }

  // The officers' PINs (id -> PIN): with them the station signs as the officer too (event
  // format v2) once the roster publishes every enabled officer's sign_pk, as a tablet does.
  void set_officer_pins(std::map<std::string, std::string> pins) { pins_ = std::move(pins); }

  // The one place the simulator makes a station event: signed by this station's key in the
  // officer's name, at the station's clock (set_clock). Every path of the simulator goes here.
  // Version 2 when the officer's key is at hand (set_officer_pins); throws std::runtime_error
  // when a PIN given does not derive the roster's sign_pk.
  SignedEvent record(const std::string& officer, std::string_view type, Json body, std::vector<std::string> blobs = {});
  // A random evidence photo of `photo_kb` KiB (PNG with photos_as_png) in the blob store: its hash.
  std::string put_photo(std::mt19937_64& rng, int photo_kb);
  // The station's wall clock reads `ms` (UTC) from now on: the simulated fair's time.
  void set_clock(std::int64_t ms);
  // The next case number of this station ("CF138-S02-0007").
  std::string next_case_number();
  // The booth's signed sticker (its text) when the station holds one (load_stickers).
  const std::string* sticker_of(const std::string& booth) const;
  // Keeps the stickers of a file (one FGB1 text a line) that verify with the bureau key of the
  // station's profile and name this fair; returns how many. Throws if the file cannot be read.
  int load_stickers(const std::filesystem::path& file);
  // The signed configuration of the last sync (booths, roster), when one came.
  const FairConfig* fair_config() const { return fair_ ? &*fair_ : nullptr; }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<KeyPair> key_;
  std::unique_ptr<EventStore> store_;
  std::unique_ptr<BlobStore> blobs_;
  std::unique_ptr<sync::ReceiptStore> receipts_;
  std::optional<sync::StationProfile> profile_;
  // The officer's signing key for the configuration in force, derived once per sign_pk.
  const KeyPair* officer_key(const std::string& officer);
  void take_config(const sync::SyncResult& result);

  std::optional<FairConfig> fair_;  // the signed configuration of the last sync: booths, roster
  std::string fair_sha256_;         // of its signed text: what a v2 event names in `config`
  std::map<std::string, std::string> pins_;
  std::map<std::string, std::unique_ptr<KeyPair>> officer_keys_;  // sign_pk -> key
  std::int64_t cases_ = 0;
  bool photo_png_ = false;
  std::map<std::string, std::string> stickers_;  // booth -> verified sticker text
};

}  // namespace fg::relay
