// Review marks (docs/console.md, "Review"): the case page's section listing a case's marks
// with the form reviewers use, and POST /cases/{number}/review, which stores a mark in the
// relay's console_reviews table, signed by the bureau key (bundle/review_statement.h), and
// records it in the access log in the same step; and the marks' rows in the case's timeline.
#include "admin/booth_csv.h"  // valid_utf8
#include "console/console_app.h"
#include "console/page_parts.h"
#include "console/roles.h"

namespace fg::relay::console {

std::string ConsoleApp::review_section(const Context& c, const Who& who, const Case& k) {
  const Lang l = c.lang;
  std::string out = "<section id=\"review\"><h2>" + escape_html(tr(l, "Review")) + "</h2>";
  const auto marks = data_.reviews().of_case(k.number);
  if (marks.empty()) {
    out += "<p>" + escape_html(tr(l, "Not reviewed yet.")) + "</p>";
  } else {
    out += "<table class=\"reviews\"><tr>" + head(l, "Time") + head(l, "User") + head(l, "Mark") + head(l, "Note") +
           "</tr>";
    for (const Review& r : marks)
      out +=
          "<tr>" + cell(local_time(r.at, data_.settings().timezone)) + cell(r.user) +
          (r.mark == ReviewMark::Reviewed ? cell(review_mark_name(l, r.mark))
                                          : "<td class=\"bad\">" + escape_html(review_mark_name(l, r.mark)) + "</td>") +
          "<td class=\"note\">" + escape_html(r.note) + "</td></tr>";
    out += "</table>";
  }
  if (may(who.role, Permission::Review) && who.session) {
    out += "<form method=\"post\" action=\"" + escape_html("/cases/" + url_encode(k.number) + "/review") +
           "\" class=\"review\"><input type=\"hidden\" name=\"csrf\" value=\"" + escape_html(who.session->csrf) +
           "\"><label>" + escape_html(tr(l, "Mark")) + " <select name=\"mark\">";
    for (auto m : {ReviewMark::Reviewed, ReviewMark::FollowUp})
      out += std::string("<option value=\"") + to_string(m) + "\">" + escape_html(review_mark_name(l, m)) + "</option>";
    out += "</select></label><label>" + escape_html(tr(l, "Note")) +
           " <textarea name=\"note\" rows=\"3\" maxlength=\"" + std::to_string(kMaxReviewNote) +
           "\"></textarea></label><button>" + escape_html(tr(l, "Save the mark")) + "</button></form>";
  }
  return out + "</section>";
}

std::string ConsoleApp::review_timeline_row(Lang l, const Review& r, const std::string& zone) {
  const std::string mark = escape_html(review_mark_name(l, r.mark));
  return "<tr class=\"bureau\">" + cell(local_time(r.at, zone)) + cell(tr(l, "Bureau review mark")) +
         cell(tr(l, "Bureau")) + cell(r.user) +
         (r.mark == ReviewMark::Reviewed ? "<td>" + mark + "</td>" : "<td class=\"bad\">" + mark + "</td>") +
         "<td class=\"note\" colspan=\"2\" title=\"" + escape_html(tr(l, "signed by the bureau key")) + "\">" +
         escape_html(r.note) + "</td></tr>";
}

HttpResponse ConsoleApp::review_case(Context& c, const Who& who) {
  if (!may(who.role, Permission::Review)) return forbidden(c, who);
  const std::string number = url_decode(std::string_view(c.path).substr(7, c.path.size() - 7 - 7));
  const Case* k = number.find('/') == std::string::npos ? data_.fold().find(number) : nullptr;
  if (!k || number.empty()) return page(c, who, std::string(tr(c.lang, "Not found")), "", 404);
  const auto form = parse_form(c.request.body);
  const auto mark_field = form.find("mark");
  const auto mark = mark_field == form.end() ? std::nullopt : review_mark_from_string(mark_field->second);
  if (!mark) return plain_text(400, "mark must be reviewed or follow_up");
  const std::string note = form.contains("note") ? form.at("note") : std::string();
  // A signed statement is canonical JSON, which holds UTF-8 text only.
  if (!valid_utf8(note)) return plain_text(400, std::string(tr(c.lang, "the note must be UTF-8 text")));
  if (note.size() > kMaxReviewNote)
    return plain_text(400, "the note is " + std::to_string(note.size()) + " bytes; at most " +
                               std::to_string(kMaxReviewNote) + " are kept");
  // The access log's record is written inside the mark's transaction: no mark without it.
  data_.reviews().add({.case_number = k->number, .mark = *mark, .note = note, .user = who.user, .at = now_()},
                      [&] { record(c, who, "case.review", k->number, to_string(*mark)); });
  HttpResponse r;
  r.status = 303;
  r.headers.emplace_back("Location", "/cases/" + url_encode(k->number) + "#review");
  return r;
}

}  // namespace fg::relay::console
