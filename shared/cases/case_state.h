#pragma once
// The states of a complaint case and which event moves a case from which state to which
// (docs/workflow.md "States and transitions").
#include <optional>
#include <string_view>

namespace fg {

enum class CaseState {
  None,  // no valid case.opened yet (events that name an unopened case land here, flagged)
  Draft,
  Filed,
  Accepted,
  Rejected,
  NoticeServed,
  DefenceReceived,
  Decided,
  Withdrawn,
  Transferred,
  Closed,
};

const char* to_string(CaseState s);
std::optional<CaseState> case_state_from_string(std::string_view text);

// What a valid event of `type` does in `from`: the state after it, or nullopt when the event
// is not valid in `from`. Unknown types give nullopt. (Late defence after a decision is the
// fold's own rule, not a transition.)
std::optional<CaseState> transition(CaseState from, std::string_view type);

}  // namespace fg
