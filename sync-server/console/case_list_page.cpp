// The case list's page body (/cases): the filter form, the count, one page of cases, the
// page links. Every value goes through escape_html; the markup around it is literal.
#include "console/case_list_page.h"

#include "console/http_message.h"
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

// A short word that must not break into one character a line in a narrow Chinese column.
std::string word_cell(std::string_view text) { return "<td class=\"word\">" + escape_html(text) + "</td>"; }

// The roster as suggestions for the officer filter (an id no longer on it can still be typed).
std::string officer_list(const std::map<std::string, std::string>& officers) {
  std::string out = "<datalist id=\"officers\">";
  for (const auto& [id, name] : officers)
    out += "<option value=\"" + escape_html(id) + "\">" + escape_html(name) + "</option>";
  return out + "</datalist>";
}

}  // namespace

std::string case_list_body(const FoldResult& fold, const CaseQuery& q, const CaseListView& view) {
  const Lang l = view.lang;
  const std::string& zone = view.zone;
  const CasePage found = select_cases(fold, q, view.now_ms, view.reviews);

  std::vector<std::pair<std::string, std::string>> states, halls, stations, sorts, reviews, rights;
  for (const auto& r : right_types()) rights.emplace_back(r, field_label(l, r));
  for (int i = static_cast<int>(CaseState::Draft); i <= static_cast<int>(CaseState::Closed); ++i) {
    const auto s = static_cast<CaseState>(i);
    states.emplace_back(to_string(s), state_name(l, s));
  }
  for (const auto& h : view.halls) halls.emplace_back(h, h);
  for (const auto& s : view.stations) stations.emplace_back(s.code, s.code + " " + s.name);
  for (auto m : {ReviewMark::Reviewed, ReviewMark::FollowUp})
    reviews.emplace_back(to_string(m), review_mark_name(l, m));
  reviews.emplace_back("none", std::string(tr(l, "Not marked")));
  for (const char* key : {"number", "received", "deadline", "booth", "status"})
    sorts.emplace_back(key, std::string(tr(l, std::string("sort by ") + key)));
  const std::string all(tr(l, "All"));
  std::string body =
      "<form method=\"get\" action=\"/cases\" class=\"filter\"><label>" + escape_html(tr(l, "Status")) + " " +
      select_box("status", all, states, q.status ? to_string(*q.status) : "") + "</label> <label>" +
      escape_html(tr(l, "Hall")) + " " + select_box("hall", all, halls, q.hall) + "</label> <label>" +
      escape_html(tr(l, "Station")) + " " + select_box("station", all, stations, q.station) + "</label> <label>" +
      escape_html(tr(l, "Booth")) + " <input name=\"booth\" value=\"" + escape_html(q.booth) +
      "\" maxlength=\"32\" size=\"8\"></label> <label>" + escape_html(tr(l, "Right type")) + " " +
      select_box("right_type", all, rights, q.right_type) + "</label> <label>" + escape_html(tr(l, "Officer")) +
      " <input name=\"officer\" value=\"" + escape_html(q.officer) +
      "\" maxlength=\"32\" size=\"10\" list=\"officers\">" + officer_list(view.officers) +
      "</label> <label><input type=\"checkbox\" name=\"overdue\" value=\"1\"" + (q.overdue ? " checked" : "") + "> " +
      escape_html(tr(l, "Defence overdue")) + "</label> <label>" + escape_html(tr(l, "Review")) + " " +
      select_box("review", all, reviews, to_string(q.review)) + "</label> <label>" + escape_html(tr(l, "Search")) +
      " <input name=\"q\" value=\"" + escape_html(q.text) + "\" maxlength=\"200\"></label> <label>" +
      escape_html(tr(l, "Sort")) + " <select name=\"sort\">";
  for (const auto& [value, label] : sorts)
    body += "<option value=\"" + value + "\"" + (value == to_string(q.sort) ? " selected" : "") + ">" +
            escape_html(label) + "</option>";
  body += "</select><select name=\"dir\"><option value=\"asc\">" + escape_html(tr(l, "ascending")) +
          "</option><option value=\"desc\"" + (q.descending ? " selected" : "") + ">" +
          escape_html(tr(l, "descending")) + "</option></select></label> <button>" + escape_html(tr(l, "Filter")) +
          "</button></form>";
  body += "<p>" + std::to_string(found.total) + " " + escape_html(tr(l, "cases")) + " · " + escape_html(tr(l, "Page")) +
          " " + std::to_string(q.page) + " / " + std::to_string(found.pages) + "</p>";
  body += "<table><tr>" + head(l, "Case") + head(l, "Status") + head(l, "Booth") + head(l, "Complainant") +
          head(l, "Respondent") + head(l, "Right") + head(l, "Received") + head(l, "Deadline") + head(l, "Review") +
          "</tr>";
  for (const Case* k : found.cases) {
    std::string mark;
    if (view.reviews)
      if (auto it = view.reviews->find(k->number); it != view.reviews->end()) mark = review_mark_name(l, it->second);
    body += "<tr><td>" + link("/cases/" + url_encode(k->number), k->number) + "</td>" +
            word_cell(state_name(l, k->state)) + cell(k->booth) + cell(complainant_name(*k)) +
            cell(respondent_name(*k)) + cell(k->right_type() + " " + k->right_number()) +
            cell(time_or(k->received, zone, "")) + cell(time_or(k->defence_deadline, zone, "")) + word_cell(mark) +
            "</tr>";
  }
  body += "</table><nav class=\"pages\">";
  if (q.page > 1) body += "<a href=\"" + list_url(q, q.page - 1) + "\">" + escape_html(tr(l, "Previous")) + "</a> ";
  if (q.page < found.pages)
    body += "<a href=\"" + list_url(q, q.page + 1) + "\">" + escape_html(tr(l, "Next")) + "</a>";
  body += "</nav>";
  return body;
}

}  // namespace fg::relay::console
