#pragma once
// coverage.json: the bureau's signed statement, in a case bundle, of what it held when it
// exported the case (docs/receipts.md, "What a case bundle's coverage rests on"): for every
// station with events at the relay, its chain head (seq and event hash) and the seqs of its
// events that name the case. fairguard-verify refuses a case bundle that lacks any of those
// events (a case's last event, e.g. case.closed, left out and the manifest re-signed) or holds
// an event of the case the statement does not list. The head hash commits to the station's
// whole chain up to it, so any station holding its chain can refute a false statement.
//
// Canonical JSON:
//   {"case":"CF138-S01-0001","fair":"CF138","format":"fairguard-coverage-v1",
//    "stations":[{"case_seqs":[2,3,4,7],"device":"<64 hex>","head":"<64 hex>","seq":9},...],
//    "time":<ms, the manifest's "created">}
// stations sorted by device, unique; case_seqs strictly rising, each 1..seq; head is the
// SHA-256 of the station's event at seq.
// coverage.sig: 64-byte Ed25519 signature by the bureau key over kCoverageDomain + coverage.json.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/canonical.h"
#include "ledger/event.h"

namespace fg {

inline constexpr std::string_view kCoverageFormat = "fairguard-coverage-v1";
inline constexpr std::string_view kCoverageDomain = "fairguard-bundle-coverage-v1\n";
// Bounds as read: a fair has at most kMaxDevices stations; a case's events across all of them
// stay far below this.
inline constexpr std::size_t kMaxCoverageStations = 10'000;
inline constexpr std::size_t kMaxCoverageCaseSeqs = 1'000'000;

struct StationCoverage {
  std::string device;                   // key hex
  std::int64_t seq = 0;                 // the chain head at export
  std::string head;                     // its event hash, hex
  std::vector<std::int64_t> case_seqs;  // its events naming the case, rising
};

struct CaseCoverage {
  std::string fair;
  std::string case_number;
  std::int64_t time = 0;
  std::vector<StationCoverage> stations;  // by device
};

// Whether the event's body names the case (body "case_number", docs/workflow.md).
bool names_case(const Event& e, std::string_view case_number);

// The statement for `case_number` from every event the relay holds (any order).
CaseCoverage case_coverage(const std::string& fair, const std::string& case_number, std::int64_t time,
                           std::span<const SignedEvent> all_events);

Json coverage_to_json(const CaseCoverage& c);
// Exactly the fields above, within the bounds; nullopt and the reason otherwise.
std::optional<CaseCoverage> coverage_from_json(const Json& j, std::string* why = nullptr);

}  // namespace fg
