#include "cases/case_state.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "cases/event_types.h"

namespace fg {

namespace {
constexpr std::array kNames = {
    "none",    "draft",     "filed",       "accepted", "rejected", "notice_served", "defence_received",
    "decided", "withdrawn", "transferred", "closed"};

bool in(CaseState s, std::initializer_list<CaseState> set) { return std::ranges::find(set, s) != set.end(); }

using S = CaseState;
// States in which the details of the complaint may still be recorded or completed.
constexpr std::initializer_list<CaseState> kOpenStates = {S::Draft, S::Filed, S::Accepted, S::NoticeServed,
                                                          S::DefenceReceived};
}  // namespace

const char* to_string(CaseState s) { return kNames[static_cast<std::size_t>(s)]; }

std::optional<CaseState> case_state_from_string(std::string_view text) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (text == kNames[i]) return static_cast<CaseState>(i);
  return std::nullopt;
}

std::optional<CaseState> transition(CaseState from, std::string_view type) {
  namespace ev = events;
  auto to_if = [&](std::initializer_list<CaseState> valid, CaseState to) -> std::optional<CaseState> {
    if (in(from, valid)) return to;
    return std::nullopt;
  };
  auto stay_if = [&](std::initializer_list<CaseState> valid) { return to_if(valid, from); };

  if (type == ev::kCaseOpened) return to_if({S::None}, S::Draft);
  if (type == ev::kCaseFiled) return to_if({S::Draft}, S::Filed);
  if (type == ev::kCaseAccepted) return to_if({S::Filed}, S::Accepted);
  if (type == ev::kCaseRejected) return to_if({S::Filed}, S::Rejected);
  if (type == ev::kNoticeServed) return to_if({S::Accepted}, S::NoticeServed);
  if (type == ev::kDefenceRecorded) return to_if({S::NoticeServed, S::DefenceReceived}, S::DefenceReceived);
  if (type == ev::kDecisionRecorded) return to_if({S::Accepted, S::NoticeServed, S::DefenceReceived}, S::Decided);
  if (type == ev::kCaseWithdrawn) return to_if(kOpenStates, S::Withdrawn);
  if (type == ev::kCaseTransferred) return to_if({S::Accepted, S::NoticeServed, S::DefenceReceived}, S::Transferred);
  if (type == ev::kCaseClosed) return to_if({S::Decided, S::Rejected, S::Withdrawn, S::Transferred}, S::Closed);
  if (type == ev::kComplainantRecorded || type == ev::kRightRecorded || type == ev::kRespondentRecorded ||
      type == ev::kProductRecorded || type == ev::kGroundsRecorded || type == ev::kDocumentAttached)
    return stay_if(kOpenStates);
  if (type == ev::kAdmissibilityChecked) return stay_if({S::Draft, S::Filed});
  if (type == ev::kEvidenceAdded || type == ev::kEvidenceCorrected || type == ev::kAckSigned || type == ev::kAckRefused)
    return stay_if({S::Draft, S::Filed, S::Accepted, S::Rejected, S::NoticeServed, S::DefenceReceived, S::Decided,
                    S::Withdrawn, S::Transferred});
  return std::nullopt;
}

}  // namespace fg
