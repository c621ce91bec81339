#include "today_summary.h"

#include <algorithm>

#include "ledger/json_fields.h"

namespace fg {
namespace {

TodayCase row_of(const Case& c) {
  TodayCase r;
  r.number = c.number;
  r.state = c.state;
  r.booth = c.respondent_booth();
  r.complainant = string_at(c.complainant, "name");
  r.received = c.received.value_or(0);
  // Same rule as the dashboard: the countdown matters only while the respondent may answer.
  if (c.state == CaseState::NoticeServed) r.deadline = c.defence_deadline.value_or(0);
  return r;
}

}  // namespace

const std::vector<CaseState>& today_state_order() {
  static const std::vector<CaseState> order = {CaseState::Draft,    CaseState::Filed,        CaseState::Accepted,
                                               CaseState::Rejected, CaseState::NoticeServed, CaseState::DefenceReceived,
                                               CaseState::Decided,  CaseState::Withdrawn,    CaseState::Transferred,
                                               CaseState::Closed,   CaseState::None};
  return order;
}

TodaySummary summarize_today(const FoldResult& fold, const TodayQuery& query) {
  TodaySummary s;
  std::vector<TodayCase> due;
  for (const Case& c : fold.cases) {
    ++s.overall[c.state];
    ++s.overall_total;
    const std::int64_t received = c.received.value_or(0);
    if (received >= query.day_start && received < query.day_end) {
      ++s.today[c.state];
      ++s.today_total;
    }
    TodayCase row = row_of(c);
    if (row.deadline > 0 && row.deadline <= query.now + query.due_window) due.push_back(row);
    if (!query.officer.empty()) {
      std::int64_t last = -1;
      for (const TimelineEntry& t : c.timeline)
        if (t.officer == query.officer) last = std::max(last, t.time);
      if (last >= 0) {
        row.last_action = last;
        s.mine.push_back(std::move(row));
      }
    }
  }
  // Earliest deadline first (the most overdue on top); the case number breaks ties so the
  // order is the same on every station.
  std::sort(due.begin(), due.end(), [](const TodayCase& a, const TodayCase& b) {
    return a.deadline != b.deadline ? a.deadline < b.deadline : a.number < b.number;
  });
  s.due_total = static_cast<int>(due.size());
  if (due.size() > query.due_limit) due.resize(query.due_limit);
  s.due_soon = std::move(due);
  std::sort(s.mine.begin(), s.mine.end(), [](const TodayCase& a, const TodayCase& b) {
    return a.last_action != b.last_action ? a.last_action > b.last_action : a.number > b.number;
  });
  return s;
}

}  // namespace fg
