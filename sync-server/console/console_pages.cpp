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

namespace {

// What the bureau must look at: stations whose chain forked, revoked stations that tried to
// sync again (a lost tablet in someone's hands), cases where stations disagree (a decisive step taken at
// two stations at once), cases holding events that failed their checks, and events that name no case. Each case links
// to its page, where the timeline says which events and why.
std::string alerts_section(Lang l, const FoldResult& fold, const std::vector<ForkRow>& forks,
                           const std::vector<RevokedAttemptRow>& revoked, const std::string& zone) {
  std::vector<const Case*> conflicts, invalid;
  for (const Case& k : fold.cases) {
    if (!k.conflicts.empty()) conflicts.push_back(&k);
    if (k.invalid_events() > 0) invalid.push_back(&k);
  }
  std::string out = "<section><h2>" + escape_html(tr(l, "Alerts")) + "</h2>";
  if (forks.empty() && revoked.empty() && conflicts.empty() && invalid.empty() && fold.unassigned.empty())
    return out + "<p>" + escape_html(tr(l, "None.")) + "</p></section>";
  out += "<ul class=\"alerts\">";
  auto cases = [&](std::string_view what, const std::vector<const Case*>& list) {
    if (list.empty()) return;
    out += "<li class=\"bad\">" + escape_html(tr(l, what)) + " (" + std::to_string(list.size()) + "):";
    for (const Case* k : list) out += " " + link("/cases/" + url_encode(k->number), k->number);
    out += "</li>";
  };
  for (const ForkRow& f : forks)
    out += "<li class=\"bad\">" + escape_html(tr(l, "A station signed two different events with one number")) + ": " +
           escape_html(f.station) + " #" + std::to_string(f.seq) + " (" + escape_html(local_time(f.detected_at, zone)) +
           ")</li>";
  for (const RevokedAttemptRow& r : revoked)
    out += "<li class=\"bad\">" + escape_html(tr(l, "Revoked station")) + " " +
           escape_html(r.station + " (" + r.name + ")") + " " + escape_html(tr(l, "tried to connect")) + " " +
           std::to_string(r.attempts) + " " + escape_html(tr(l, r.attempts == 1 ? "time" : "times")) + ", " +
           escape_html(tr(l, "last at")) + " " + escape_html(local_time(r.last_at, zone)) + " " +
           escape_html(tr(l, "from")) + " " + escape_html(r.last_address) + "</li>";
  cases("Cases in conflict between stations", conflicts);
  cases("Cases with invalid events", invalid);
  if (!fold.unassigned.empty())
    out += "<li class=\"bad\">" + escape_html(tr(l, "Events that name no case of this fair")) + ": " +
           std::to_string(fold.unassigned.size()) + "</li>";
  return out + "</ul></section>";
}

}  // namespace

HttpResponse ConsoleApp::overview(Context& c, const Who& who) {
  // The live part is fetched again every few seconds by live.js (the only script) while the
  // page is open: the same HTML as here, from /live/overview.
  const std::string body = "<p id=\"live-stale\" class=\"error\" hidden>" +
                           escape_html(tr(c.lang,
                                          "Not up to date: the relay cannot be reached, or you were "
                                          "signed out. Reload the page.")) +
                           "</p><div data-live=\"/live/overview\">" + overview_live(c, who) + "</div>";
  return page(c, who, std::string(tr(c.lang, "Overview")), body);
}

HttpResponse ConsoleApp::live_overview(Context& c, const Who& who) {
  HttpResponse r;
  r.content_type = "text/html; charset=utf-8";
  r.body = overview_live(c, who);
  return r;
}

std::string ConsoleApp::overview_live(Context& c, const Who& who) {
  const Lang l = c.lang;
  const std::string& zone = data_.settings().timezone;
  const FoldResult& fold = data_.fold();
  std::string body = "<p class=\"asof\">" + escape_html(tr(l, "As of")) + " " + escape_html(local_time(now_(), zone)) +
                     "</p><section><h2>" + escape_html(tr(l, "Stations")) + "</h2><table><tr>" + head(l, "Code") +
                     head(l, "Name") + head(l, "Last sync") + head(l, "Events received") + head(l, "State") + "</tr>";
  for (const auto& s : data_.stations()) {
    body += "<tr>" + cell(s.code) + cell(s.name) + cell(time_or(s.last_sync_at, zone, tr(l, "never"))) +
            cell(std::to_string(s.events));
    body += s.revoked_at ? "<td class=\"bad\">" + escape_html(tr(l, "revoked")) + " " +
                               escape_html(local_time(*s.revoked_at, zone)) + "</td>"
                         : cell(tr(l, "active"));
    body += "</tr>";
  }
  body += "</table>";
  if (may(who.role, Permission::Administer))
    body += "<p class=\"actions\">" + link("/stations/enrol", tr(l, "Enrol a station")) + "</p>";
  body += "</section>";
  body += alerts_section(l, fold, data_.forks(), data_.revoked_attempts(), zone);

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
  return body;
}

HttpResponse ConsoleApp::case_list(Context& c, const Who& who) {
  std::string why;
  auto q = parse_case_query(c.query, &why);
  if (!q) return page(c, who, std::string(tr(c.lang, "Cases")), "<p class=\"error\">" + escape_html(why) + "</p>", 400);
  const CaseListView view{c.lang, data_.settings().timezone, data_.halls(),        data_.stations(),
                          now_(), &data_.reviews().latest(), data_.officer_names()};
  return page(c, who, std::string(tr(c.lang, "Cases")), case_list_body(data_.fold(), *q, view));
}

}  // namespace fg::relay::console
