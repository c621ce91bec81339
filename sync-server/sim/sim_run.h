#pragma once
// The simulator's run: enrol the stations that are not yet, let each take its complaints,
// then two sync rounds (the first pushes, the second brings everyone the others' events).
#include <cstdint>
#include <filesystem>
#include <map>
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
  bool send_accepted_head = true;  // false: play stations from before accepted heads
  bool json = false;
  std::string complainant_name;  // non-empty: every complaint names this complainant
  int open_complaints = 0;       // the last N of each station stop at notice.served
  // Play the fair (sim_fair.h): its days and hours, every path; else every complaint takes
  // the same twelve steps at the machine's clock (load tests, the console's tests).
  bool play_fair = false;
  std::string start;          // first day of the played fair (YYYY-MM-DD); empty: the fair's own
  std::string stickers_file;  // booth stickers (fairguard-relay labels --text) scanned at the booths
  std::map<std::string, std::string> officer_pins;  // id -> PIN: the stations sign as the officer (v2)
};

struct SimStationResult {
  std::string name, code;
  std::int64_t events = 0;  // in the station's store at the end
  std::vector<sync::SyncReport> rounds;
  std::string error;  // a sync that failed
};

struct SimRunResult {
  std::vector<SimStationResult> stations;
  std::map<std::string, int> paths;  // a played fair: cases per path (plan_summary)
  std::string first_day;             // a played fair: its first day
  bool ok = true;
  Json to_json() const;
};

// Progress lines go to `text` when not null. Throws on a bad setup (no payload left, ...).
SimRunResult run_simulation(const SimRunOptions& o, std::ostream* text);

}  // namespace fg::relay
