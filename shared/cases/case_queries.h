#pragma once
// Fair-wide views over a fold for the dashboard and the reports.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cases/case_fold.h"

namespace fg {

struct CaseSummary {
  std::string number;
  CaseState state = CaseState::None;
  std::string booth;  // booth of the complaint
  std::string hall;
  std::string respondent_booth;  // respondent booth, else the case booth
  std::string right_type;
  std::string right_number;
  std::optional<std::int64_t> received, served, defence_deadline, decided;
  std::string outcome;
  int conflicts = 0;
  int invalid_events = 0;
  bool defence_late = false;
  bool operator==(const CaseSummary&) const = default;
};

// One row per case, in case-number order.
std::vector<CaseSummary> case_list(const FoldResult& fold);

// How many cases are in each state.
std::map<CaseState, int> count_by_state(const FoldResult& fold);

// Cases still open whose defence deadline has passed at `now_ms` without a defence.
std::vector<std::string> overdue_defences(const FoldResult& fold, std::int64_t now_ms);

// A right number reduced to letters and digits, upper case, without a leading "ZL", so that
// "ZL 2019 1 0123456.7" and "201910123456.7" compare equal.
std::string normalise_right_number(std::string_view number);

struct DuplicateGroup {
  std::string complainant_id;
  std::string right_number;  // normalised
  std::string respondent_booth;
  std::vector<std::string> cases;  // two or more, in case-number order
  bool operator==(const DuplicateGroup&) const = default;
};

// Cases with the same complainant id, right number and respondent booth within the fair (a
// duplicate is generally refused). Cases lacking any of the three are not compared.
std::vector<DuplicateGroup> find_duplicates(const FoldResult& fold);

// Cases whose complaint or respondent booth is `booth` (what an officer sees after scanning a
// booth sticker on an inspection round), in case-number order.
std::vector<std::string> cases_at_booth(const FoldResult& fold, std::string_view booth);

// Respondents named in more than one accepted case (repeat respondents: the report lists them
// and escalating sanctions depend on them). A respondent is its exhibitor name (spaces and
// case ignored), else its booth.
struct RepeatRespondent {
  std::string respondent;           // exhibitor name as first recorded, else the booth
  std::vector<std::string> booths;  // sorted, distinct
  std::vector<std::string> cases;   // two or more, in case-number order
  bool operator==(const RepeatRespondent&) const = default;
};
std::vector<RepeatRespondent> repeat_respondents(const FoldResult& fold);

}  // namespace fg
