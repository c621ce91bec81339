#pragma once
// The station's day summary (the "Today" page), computed from the case fold without Qt so that
// it can be checked against an independent count over the events: cases by status for the
// fair day and overall, defence deadlines due soon, and the cases an officer received or acted
// on. Times are ms UTC; the caller gives the fair day's bounds in the fair's time zone.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cases/case_fold.h"

namespace fg {

struct TodayQuery {
  std::int64_t now = 0;
  std::int64_t day_start = 0;                       // first ms of the fair day (local midnight in the fair's zone)
  std::int64_t day_end = 0;                         // first ms of the next day
  std::int64_t due_window = 24LL * 60 * 60 * 1000;  // deadlines up to now + this are "due soon"
  std::size_t due_limit = 20;                       // at most this many due-soon rows (the earliest)
  std::string officer;                              // "my cases": events signed by this officer id
};

struct TodayCase {
  std::string number;
  CaseState state = CaseState::None;
  std::string booth;        // respondent booth, else the case booth
  std::string complainant;  // name
  std::int64_t received = 0;
  std::int64_t deadline = 0;     // defence deadline while the notice is served, else 0
  std::int64_t last_action = 0;  // for "my cases": time of the officer's latest event on it
  bool operator==(const TodayCase&) const = default;
};

struct TodaySummary {
  std::map<CaseState, int> today;    // cases received during the fair day, by state
  std::map<CaseState, int> overall;  // all cases of the fair, by state
  int today_total = 0;
  int overall_total = 0;
  // Cases waiting for a defence whose deadline is overdue or within the window, earliest
  // deadline first, at most due_limit of them; due_total counts them all.
  std::vector<TodayCase> due_soon;
  int due_total = 0;
  // Cases with at least one event signed by the officer (opened it, recorded a step, acted),
  // the officer's latest action first.
  std::vector<TodayCase> mine;
};

TodaySummary summarize_today(const FoldResult& fold, const TodayQuery& query);

// The states in the order the Today page lists them (workflow order).
const std::vector<CaseState>& today_state_order();

}  // namespace fg
