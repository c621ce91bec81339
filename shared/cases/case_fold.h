#pragma once
// The case fold: every case of a fair as a deterministic function of the set of its events
// (docs/workflow.md). Input order does not matter: the fold drops exact duplicates (same hash)
// and sorts by (hlc, device, seq, hash) itself, so any permutation of the same events, or two
// stations' sets merged in any order, give an identical result. Nothing is dropped: invalid
// events stay in their case's timeline, flagged with a reason. The fold trusts its input's
// signatures and chains; the EventStore verifies them on import.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cases/case.h"
#include "ledger/event.h"

namespace fg {

struct FoldResult {
  std::vector<Case> cases;                 // ordered by case number (case_number_less)
  std::vector<TimelineEntry> unassigned;   // events naming no case, of an unknown type, or of another fair
  std::int64_t events = 0;                 // distinct events folded

  const Case* find(std::string_view number) const;
  bool operator==(const FoldResult&) const = default;
};

// fair: when not empty, events of any other fair are put in `unassigned`.
FoldResult fold_cases(std::span<const SignedEvent> events, std::string_view fair = {});

}  // namespace fg
