#pragma once
// The case fold: every case of a fair as a deterministic function of the set of its events
// (docs/workflow.md). Input order does not matter: the fold drops exact duplicates (same hash)
// and sorts by (hlc, device, seq, hash) itself, so any permutation of the same events, or two
// stations' sets merged in any order, give an identical result. Nothing is dropped: invalid
// events stay in their case's timeline, flagged with a reason. The fold trusts its input's
// signatures and chains; the EventStore verifies them on import.
#include <deque>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "cases/case.h"
#include "ledger/event.h"

namespace fg {

struct FoldResult {
  std::vector<Case> cases;                // ordered by case number (case_number_less)
  std::vector<TimelineEntry> unassigned;  // events naming no case, of an unknown type, or of another fair
  std::int64_t events = 0;                // distinct events folded

  const Case* find(std::string_view number) const;
  bool operator==(const FoldResult&) const = default;
};

// fair: when not empty, events of any other fair are put in `unassigned`.
FoldResult fold_cases(std::span<const SignedEvent> events, std::string_view fair = {});

// The same fold kept up to date as events arrive (a station appending, a sync importing): each
// add() re-folds only the cases its new events belong to, since cases fold independently.
// result() always equals fold_cases() over every event added so far, in whatever order and
// batches they came. Keeps its own copy of the events.
class CaseFolder {
 public:
  explicit CaseFolder(std::string fair = {}) : fair_(std::move(fair)) {}
  // Returns how many of `events` were new (an event already added, same hash, is skipped).
  std::size_t add(std::span<const SignedEvent> events);
  const FoldResult& result();

 private:
  std::string fair_;
  std::deque<SignedEvent> events_;  // stable addresses for the per-case lists
  std::set<Digest> seen_;
  std::unordered_map<std::string, std::vector<const SignedEvent*>> by_case_;  // each in fold order
  std::vector<const SignedEvent*> unassigned_;                                // in fold order
  std::set<std::string> dirty_cases_;
  bool dirty_unassigned_ = false;
  FoldResult result_;
};

}  // namespace fg
