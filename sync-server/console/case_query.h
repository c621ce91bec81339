#pragma once
// The case list's filters and paging, shared by the page and the API: status (a state name,
// empty for all), text (case-insensitive, in the case number, booth, hall, complainant,
// respondent and right number) and a 1-based page of kCasesPerPage.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cases/case_fold.h"

namespace fg::relay::console {

inline constexpr std::size_t kCasesPerPage = 50;
inline constexpr std::size_t kMaxQueryText = 200;  // longer search text is cut

struct CaseQuery {
  std::optional<CaseState> status;
  std::string text;
  std::size_t page = 1;
};
// From ?status=&q=&page=; an unknown status or a bad page number gives nullopt (400).
std::optional<CaseQuery> parse_case_query(const std::map<std::string, std::string>& query);

struct CasePage {
  std::vector<const Case*> cases;  // this page's, in case-number order
  std::size_t total = 0;           // matching the filters, on all pages
  std::size_t pages = 1;
};
CasePage select_cases(const FoldResult& fold, const CaseQuery& q);

// The text fields the list shows and searches.
std::string complainant_name(const Case& c);
std::string respondent_name(const Case& c);

}  // namespace fg::relay::console
