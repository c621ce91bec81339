#pragma once
// The simulator's run: enrol the stations that are not yet, let each take its complaints,
// then two sync rounds (the first pushes, the second brings everyone the others' events).
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "ledger/canonical.h"
#include "sync/station_sync.h"

namespace fg::relay {

struct SimRunOptions {
  std::filesystem::path dir;
  std::vector<std::string> payloads;  // consumed in order by stations not yet enrolled
  int stations = 3;
  int complaints = 2;  // per station
  int photo_kb = 200;
  bool photo_png = false;  // photos as PNG images (the console's browser tests)
  std::uint64_t seed = 1;
  int timeout_seconds = 60;
  bool fetch_blobs = true;
  bool json = false;
  std::string complainant_name;  // non-empty: every complaint names this complainant
  int open_complaints = 0;       // the last N of each station stop at notice.served
};

struct SimStationResult {
  std::string name, code;
  std::int64_t events = 0;  // in the station's store at the end
  std::vector<sync::SyncReport> rounds;
  std::string error;  // a sync that failed
};

struct SimRunResult {
  std::vector<SimStationResult> stations;
  bool ok = true;
  Json to_json() const;
};

// Progress lines go to `text` when not null. Throws on a bad setup (no payload left, ...).
SimRunResult run_simulation(const SimRunOptions& o, std::ostream* text);

}  // namespace fg::relay
