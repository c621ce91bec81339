// The console's HTML pages: fair overview and case list. Every value goes through
// escape_html; the markup around it is literal.
#include <algorithm>
#include <set>
#include <vector>

#include "cases/case_queries.h"
#include "console/case_query.h"
#include "console/console_app.h"
#include "console/page_parts.h"

namespace fg::relay::console {

namespace {

// The list's URL for these filters and page (each value URL-encoded, the whole escaped).
std::string list_url(const CaseQuery& q, std::size_t page) {
  return escape_html("/cases?" + case_query_string(q, page));
}

// <select name=...> with "" (all) first, then each value; the chosen one selected.
std::string select_box(const char* name, const std::string& all_label,
                       const std::vector<std::pair<std::string, std::string>>& options, const std::string& chosen) {
  std::string out =
      std::string("<select name=\"") + name + "\"><option value=\"\">" + escape_html(all_label) + "</option>";
  for (const auto& [value, label] : options)
    out += "<option value=\"" + escape_html(value) + "\"" + (value == chosen ? " selected" : "") + ">" +
           escape_html(label) + "</option>";
  return out + "</select>";
}

}  // namespace

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
  body += "</table></section>";

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
  const Lang l = c.lang;
  const std::string& zone = data_.settings().timezone;
  std::string why;
  auto q = parse_case_query(c.query, &why);
  if (!q) return page(c, who, std::string(tr(l, "Cases")), "<p class=\"error\">" + escape_html(why) + "</p>", 400);
  const FoldResult& fold = data_.fold();
  const CasePage found = select_cases(fold, *q, now_());

  std::vector<std::pair<std::string, std::string>> states, halls, stations, sorts;
  for (int i = static_cast<int>(CaseState::Draft); i <= static_cast<int>(CaseState::Closed); ++i) {
    const auto s = static_cast<CaseState>(i);
    states.emplace_back(to_string(s), state_name(l, s));
  }
  std::set<std::string> hall_names(data_.settings().halls.begin(), data_.settings().halls.end());
  for (const Case& k : fold.cases)
    if (!k.hall.empty()) hall_names.insert(k.hall);
  for (const auto& h : hall_names) halls.emplace_back(h, h);
  for (const auto& s : data_.stations()) stations.emplace_back(s.code, s.code + " " + s.name);
  for (const char* key : {"number", "received", "deadline", "booth", "status"})
    sorts.emplace_back(key, std::string(tr(l, std::string("sort by ") + key)));
  const std::string all(tr(l, "All"));
  std::string body =
      "<form method=\"get\" action=\"/cases\" class=\"filter\"><label>" + escape_html(tr(l, "Status")) + " " +
      select_box("status", all, states, q->status ? to_string(*q->status) : "") + "</label> <label>" +
      escape_html(tr(l, "Hall")) + " " + select_box("hall", all, halls, q->hall) + "</label> <label>" +
      escape_html(tr(l, "Station")) + " " + select_box("station", all, stations, q->station) +
      "</label> <label><input type=\"checkbox\" name=\"overdue\" value=\"1\"" + (q->overdue ? " checked" : "") + "> " +
      escape_html(tr(l, "Defence overdue")) + "</label> <label>" + escape_html(tr(l, "Search")) +
      " <input name=\"q\" value=\"" + escape_html(q->text) + "\" maxlength=\"200\"></label> <label>" +
      escape_html(tr(l, "Sort")) + " <select name=\"sort\">";
  for (const auto& [value, label] : sorts)
    body += "<option value=\"" + value + "\"" + (value == to_string(q->sort) ? " selected" : "") + ">" +
            escape_html(label) + "</option>";
  body += "</select><select name=\"dir\"><option value=\"asc\">" + escape_html(tr(l, "ascending")) +
          "</option><option value=\"desc\"" + (q->descending ? " selected" : "") + ">" +
          escape_html(tr(l, "descending")) + "</option></select></label> <button>" + escape_html(tr(l, "Filter")) +
          "</button></form>";
  body += "<p>" + std::to_string(found.total) + " " + escape_html(tr(l, "cases")) + " · " + escape_html(tr(l, "Page")) +
          " " + std::to_string(q->page) + " / " + std::to_string(found.pages) + "</p>";
  body += "<table><tr>" + head(l, "Case") + head(l, "Status") + head(l, "Booth") + head(l, "Complainant") +
          head(l, "Respondent") + head(l, "Right") + head(l, "Received") + head(l, "Deadline") + "</tr>";
  for (const Case* k : found.cases)
    body += "<tr><td>" + link("/cases/" + url_encode(k->number), k->number) + "</td>" + cell(state_name(l, k->state)) +
            cell(k->booth) + cell(complainant_name(*k)) + cell(respondent_name(*k)) +
            cell(k->right_type() + " " + k->right_number()) + cell(time_or(k->received, zone, "")) +
            cell(time_or(k->defence_deadline, zone, "")) + "</tr>";
  body += "</table><nav class=\"pages\">";
  if (q->page > 1) body += "<a href=\"" + list_url(*q, q->page - 1) + "\">" + escape_html(tr(l, "Previous")) + "</a> ";
  if (q->page < found.pages)
    body += "<a href=\"" + list_url(*q, q->page + 1) + "\">" + escape_html(tr(l, "Next")) + "</a>";
  body += "</nav>";
  return page(c, who, std::string(tr(l, "Cases")), body);
}

}  // namespace fg::relay::console
