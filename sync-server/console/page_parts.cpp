#include "console/page_parts.h"

#include <algorithm>

#include "fairconfig/fair_time.h"

namespace fg::relay::console {

std::string cell(std::string_view text) { return "<td>" + escape_html(text) + "</td>"; }
std::string head(Lang l, std::string_view english) { return "<th>" + escape_html(tr(l, english)) + "</th>"; }
std::string local_time(std::int64_t ms, const std::string& zone) { return format_fair_time(ms, zone, true); }
std::string time_or(const std::optional<std::int64_t>& ms, const std::string& zone, std::string_view none) {
  return ms ? local_time(*ms, zone) : std::string(none);
}
std::string state_name(Lang l, CaseState s) {
  std::string name(tr(l, to_string(s)));
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}
std::string review_mark_name(Lang l, ReviewMark m) {
  return std::string(tr(l, m == ReviewMark::Reviewed ? "Reviewed" : "Needs follow-up"));
}
std::string link(const std::string& url, std::string_view text) {
  return "<a href=\"" + escape_html(url) + "\">" + escape_html(text) + "</a>";
}

}  // namespace fg::relay::console
