#include "console/case_query.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace fg::relay::console {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string text_field(const Json& object, const char* key) {
  if (!object.is_object()) return {};
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool matches(const Case& c, const std::string& needle) {
  if (needle.empty()) return true;
  const std::initializer_list<std::string> fields{c.number,           c.booth,         c.hall, complainant_name(c),
                                                  respondent_name(c), c.right_number()};
  return std::ranges::any_of(fields,
                             [&](const std::string& field) { return lower(field).find(needle) != std::string::npos; });
}

}  // namespace

std::string complainant_name(const Case& c) { return text_field(c.complainant, "name"); }
std::string respondent_name(const Case& c) { return text_field(c.respondent, "exhibitor"); }

std::optional<CaseQuery> parse_case_query(const std::map<std::string, std::string>& query) {
  CaseQuery q;
  if (auto it = query.find("status"); it != query.end() && !it->second.empty()) {
    q.status = case_state_from_string(it->second);
    if (!q.status) return std::nullopt;
  }
  if (auto it = query.find("q"); it != query.end()) q.text = it->second.substr(0, kMaxQueryText);
  if (auto it = query.find("page"); it != query.end() && !it->second.empty()) {
    const auto& s = it->second;
    std::size_t page = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), page);
    if (ec != std::errc() || end != s.data() + s.size() || page < 1 || page > 1'000'000) return std::nullopt;
    q.page = page;
  }
  return q;
}

CasePage select_cases(const FoldResult& fold, const CaseQuery& q) {
  const std::string needle = lower(q.text);
  std::vector<const Case*> all;
  for (const Case& c : fold.cases)
    if ((!q.status || c.state == *q.status) && matches(c, needle)) all.push_back(&c);
  CasePage page;
  page.total = all.size();
  page.pages = std::max<std::size_t>(1, (all.size() + kCasesPerPage - 1) / kCasesPerPage);
  const std::size_t first = (q.page - 1) * kCasesPerPage;
  for (std::size_t i = first; i < all.size() && i < first + kCasesPerPage; ++i) page.cases.push_back(all[i]);
  return page;
}

}  // namespace fg::relay::console
