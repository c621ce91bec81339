#pragma once
// Case numbers made offline without collisions: <FAIR>-<STATION>-<NNNN>, e.g. CF138-S03-0042.
// Each station counts its own cases from 1 and station codes are unique within a fair, so two
// tablets can never make the same number. Fair id and station code are [A-Z0-9]+; the counter
// is zero-padded to 4 digits and grows past 9999 without padding.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ledger/event.h"

namespace fg {

struct CaseNumber {
  std::string fair;
  std::string station;
  std::int64_t counter = 0;
  bool operator==(const CaseNumber&) const = default;
};

constexpr std::int64_t kMaxCaseCounter = 999'999'999;

// True for a non-empty code of upper-case ASCII letters and digits.
bool valid_case_code(std::string_view code);

// Throws std::invalid_argument naming the bad part (fair, station or counter out of 1..max).
std::string format_case_number(const CaseNumber& n);
// nullopt unless text is exactly what format_case_number would write (so numbers compare as text).
std::optional<CaseNumber> parse_case_number(std::string_view text);

// The number after `last_counter` (0 when the station has made none yet).
CaseNumber next_case_number(std::string_view fair, std::string_view station, std::int64_t last_counter);

// Highest counter used in the case.opened events of `fair`/`station` among `events`: lets a
// station that lost its counter (reinstalled app) resume from its own synced events.
std::int64_t highest_counter(std::span<const SignedEvent> events, std::string_view fair, std::string_view station);

// Orders by fair, station, then counter numerically; unparseable numbers after, as text.
bool case_number_less(std::string_view a, std::string_view b);

}  // namespace fg
