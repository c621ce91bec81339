#pragma once
// The case list's filters, sorting and paging, shared by the page and the API (docs/console.md,
// "Case list"): status (a state name), hall, station (code), booth (case-insensitive), right
// type, officer (signed one of the case's events), overdue (waiting for a defence past its
// deadline), text (case-insensitive, in the case number, booth, hall, complainant,
// respondent and right number), a sort key and direction, and a 1-based page of kCasesPerPage.
// Parsing is bounded: every value has a length limit and a closed set or range, and anything
// else is refused (400), never guessed.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cases/case_fold.h"
#include "console/review_mark.h"

namespace fg::relay::console {

inline constexpr std::size_t kCasesPerPage = 50;
inline constexpr std::size_t kMaxQueryText = 200;   // longer search text is cut
inline constexpr std::size_t kMaxFilterValue = 32;  // hall, station, booth, right type, officer: longer is refused

// review=: reviewed, follow_up (the case's latest mark) or none (never marked).
enum class ReviewFilter { Any, Reviewed, FollowUp, None };
const char* to_string(ReviewFilter f);  // "" for Any

enum class CaseSort { Number, Received, Deadline, Booth, Status };
const char* to_string(CaseSort s);
std::optional<CaseSort> case_sort_from_string(std::string_view text);

struct CaseQuery {
  std::optional<CaseState> status;
  std::string text, hall, station, booth, right_type, officer;
  bool overdue = false;
  ReviewFilter review = ReviewFilter::Any;
  CaseSort sort = CaseSort::Number;
  bool descending = false;
  std::size_t page = 1;
};
// From ?status=&hall=&station=&booth=&right_type=&officer=&overdue=1&review=&q=&sort=&dir=asc|desc&page=; nullopt (400)
// with the reason in `why` for a value out of its set, range or length.
std::optional<CaseQuery> parse_case_query(const std::map<std::string, std::string>& query, std::string* why = nullptr);
// The query's parameters for a URL (each value URL-encoded), page included.
std::string case_query_string(const CaseQuery& q, std::size_t page);

struct CasePage {
  std::vector<const Case*> cases;  // this page's, in the query's order
  std::size_t total = 0;           // matching the filters, on all pages
  std::size_t pages = 1;
};
// now_ms: the clock the overdue filter compares deadlines with; marks: the review filter's
// (none: every case counts as never marked).
CasePage select_cases(const FoldResult& fold, const CaseQuery& q, std::int64_t now_ms,
                      const ReviewMarks* marks = nullptr);

// The right types a complaint may name, in the order the filter offers them.
const std::vector<std::string>& right_types();

// The text fields the list shows and searches.
std::string complainant_name(const Case& c);
std::string respondent_name(const Case& c);

}  // namespace fg::relay::console
