#include "cases/case_queries.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace fg {

std::vector<CaseSummary> case_list(const FoldResult& fold) {
  std::vector<CaseSummary> rows;
  rows.reserve(fold.cases.size());
  for (const Case& c : fold.cases) {
    rows.push_back(CaseSummary{c.number, c.state, c.booth, c.hall, c.respondent_booth(), c.right_type(),
                               c.right_number(), c.received, c.served, c.defence_deadline, c.decided, c.outcome,
                               static_cast<int>(c.conflicts.size()), c.invalid_events(), c.defence_late()});
  }
  return rows;
}

std::map<CaseState, int> count_by_state(const FoldResult& fold) {
  std::map<CaseState, int> counts;
  for (const Case& c : fold.cases) ++counts[c.state];
  return counts;
}

std::vector<std::string> overdue_defences(const FoldResult& fold, std::int64_t now_ms) {
  std::vector<std::string> out;
  for (const Case& c : fold.cases)
    if (c.state == CaseState::NoticeServed && c.defence_deadline && now_ms > *c.defence_deadline)
      out.push_back(c.number);
  return out;
}

std::string normalise_right_number(std::string_view number) {
  std::string out;
  for (char ch : number)
    if (std::isalnum(static_cast<unsigned char>(ch)))
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (out.rfind("ZL", 0) == 0) out.erase(0, 2);
  return out;
}

std::vector<DuplicateGroup> find_duplicates(const FoldResult& fold) {
  // fold.cases is in case-number order, so each group's list comes out in that order too.
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::string>> groups;
  for (const Case& c : fold.cases) {
    std::string id = c.complainant_id(), right = normalise_right_number(c.right_number()), booth = c.respondent_booth();
    if (id.empty() || right.empty() || booth.empty()) continue;
    groups[{id, right, booth}].push_back(c.number);
  }
  std::vector<DuplicateGroup> out;
  for (auto& [key, numbers] : groups)
    if (numbers.size() > 1)
      out.push_back(DuplicateGroup{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::move(numbers)});
  return out;
}

std::vector<std::string> cases_at_booth(const FoldResult& fold, std::string_view booth) {
  std::vector<std::string> out;
  if (booth.empty()) return out;
  for (const Case& c : fold.cases)
    if (c.booth == booth || c.respondent_booth() == booth) out.push_back(c.number);
  return out;
}

namespace {
std::string respondent_key(const Case& c) {
  std::string key;
  auto it = c.respondent.find("exhibitor");
  if (it != c.respondent.end() && it->is_string())
    for (char ch : it->get_ref<const std::string&>())
      if (!std::isspace(static_cast<unsigned char>(ch)))
        key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return key.empty() ? "booth:" + c.respondent_booth() : "name:" + key;
}
}  // namespace

std::vector<RepeatRespondent> repeat_respondents(const FoldResult& fold) {
  std::map<std::string, RepeatRespondent> by_key;
  for (const Case& c : fold.cases) {
    if (!c.accepted || c.respondent_booth().empty()) continue;
    RepeatRespondent& r = by_key[respondent_key(c)];
    if (r.respondent.empty()) {
      auto it = c.respondent.find("exhibitor");
      r.respondent = it != c.respondent.end() && it->is_string() ? it->get<std::string>() : c.respondent_booth();
    }
    r.booths.push_back(c.respondent_booth());
    r.cases.push_back(c.number);
  }
  std::vector<RepeatRespondent> out;
  for (auto& [key, r] : by_key) {
    if (r.cases.size() < 2) continue;
    std::sort(r.booths.begin(), r.booths.end());
    r.booths.erase(std::unique(r.booths.begin(), r.booths.end()), r.booths.end());
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace fg
