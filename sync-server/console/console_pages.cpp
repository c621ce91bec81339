// The console's HTML pages: fair overview and case list. Every value goes through
// escape_html; the markup around it is literal.
#include <algorithm>
#include <set>
#include <vector>

#include "cases/case_queries.h"
#include "console/case_list_page.h"
#include "console/case_query.h"
#include "console/console_app.h"
#include "console/page_parts.h"
#include "console/roles.h"

namespace fg::relay::console {

HttpResponse ConsoleApp::overview(Context& c, const Who& who) {
  const Lang l = c.lang;
  const std::string& zone = data_.settings().timezone;
  std::string body = "<section><h2>" + escape_html(tr(l, "Stations")) + "</h2><table><tr>" + head(l, "Code") +
                     head(l, "Name") + head(l, "Last sync") + head(l, "State") + "</tr>";
  for (const auto& s : data_.stations()) {
    body += "<tr>" + cell(s.code) + cell(s.name) + cell(time_or(s.last_sync_at, zone, tr(l, "never")));
    body += s.revoked_at ? "<td class=\"bad\">" + escape_html(tr(l, "revoked")) + " " +
                               escape_html(local_time(*s.revoked_at, zone)) + "</td>"
                         : cell(tr(l, "active"));
    body += "</tr>";
  }
  body += "</table>";
  if (may(who.role, Permission::Administer))
    body += "<p class=\"actions\">" + link("/stations/enrol", tr(l, "Enrol a station")) + "</p>";
  body += "</section>";

  const FoldResult& fold = data_.fold();
  body += "<section><h2>" + escape_html(tr(l, "Cases by status")) + "</h2><table><tr>" + head(l, "Status") +
          head(l, "Count") + "</tr>";
  for (const auto& [state, count] : count_by_state(fold)) {
    const std::string url = "/cases?status=" + std::string(to_string(state));
    body += "<tr><td><a href=\"" + escape_html(url) + "\">" + escape_html(state_name(l, state)) + "</a></td>" +
            cell(std::to_string(count)) + "</tr>";
  }
  body += "</table></section>";

  // Cases waiting for a defence, the earliest deadline first; passed ones marked.
  std::vector<const Case*> waiting;
  for (const Case& k : fold.cases)
    if (k.state == CaseState::NoticeServed && k.defence_deadline) waiting.push_back(&k);
  std::sort(waiting.begin(), waiting.end(),
            [](const Case* a, const Case* b) { return *a->defence_deadline < *b->defence_deadline; });
  body += "<section><h2>" + escape_html(tr(l, "Defence deadlines")) + "</h2>";
  if (waiting.empty()) {
    body += "<p>" + escape_html(tr(l, "None.")) + "</p>";
  } else {
    const std::int64_t now = now_();
    body += "<table><tr>" + head(l, "Case") + head(l, "Booth") + head(l, "Deadline") + head(l, "State") + "</tr>";
    for (const Case* k : waiting) {
      const bool overdue = now > *k->defence_deadline;
      body += "<tr><td>" + link("/cases/" + url_encode(k->number), k->number) + "</td>" + cell(k->booth) +
              cell(local_time(*k->defence_deadline, zone)) +
              (overdue ? "<td class=\"bad\">" + escape_html(tr(l, "overdue")) + "</td>" : cell(tr(l, "due"))) + "</tr>";
    }
    body += "</table>";
  }
  body += "</section>";
  return page(c, who, std::string(tr(l, "Overview")), body);
}

HttpResponse ConsoleApp::case_list(Context& c, const Who& who) {
  std::string why;
  auto q = parse_case_query(c.query, &why);
  if (!q) return page(c, who, std::string(tr(c.lang, "Cases")), "<p class=\"error\">" + escape_html(why) + "</p>", 400);
  const CaseListView view{c.lang, data_.settings().timezone, data_.halls(), data_.stations(),
                          now_(), &data_.reviews().latest()};
  return page(c, who, std::string(tr(c.lang, "Cases")), case_list_body(data_.fold(), *q, view));
}

}  // namespace fg::relay::console
