// The administration section (admins, docs/console.md "Administration"): the routes of its
// pages and the frame they share (the section's menu, then what a change did or why it was
// refused). Every POST has passed the CSRF check in route() before it gets here.
#include "console/access_log.h"
#include "console/console_app.h"
#include "console/page_parts.h"
#include "console/roles.h"

namespace fg::relay::console {

HttpResponse ConsoleApp::admin_routes(Context& c, const Who& who) {
  if (!may(who.role, Permission::Administer)) return forbidden(c, who);
  const std::string& p = c.path;
  if (c.request.method == "POST") {
    if (p == "/admin/stations/revoke") return revoke_station(c, who);
    if (p == "/admin/officers/add") return change_officers(c, who, "add");
    if (p == "/admin/officers/disable") return change_officers(c, who, "disable");
    if (p == "/admin/officers/enable") return change_officers(c, who, "enable");
    if (p == "/admin/officers/pin") return change_officers(c, who, "set_pin");
    if (p == "/admin/officers/credential") return change_officers(c, who, "credential");
    if (p == "/admin/booths/import") return import_booth_list(c, who);
    if (p == "/admin/staff/add") return change_staff(c, who, "add");
    if (p == "/admin/staff/disable") return change_staff(c, who, "disable");
    return plain_text(404, "not found");
  }
  if (p == "/admin/stations") return stations_page(c, who);
  if (p == "/admin/officers") return officers_page(c, who);
  if (p == "/admin/booths") return booths_page(c, who);
  if (p == "/admin/staff") return staff_page(c, who);
  return page(c, who, std::string(tr(c.lang, "Not found")), "", 404);
}

Outcome ConsoleApp::not_done(const Context& c, const std::exception& e) {
  if (dynamic_cast<const AccessLogError*>(&e) == nullptr) return refused({e.what()});
  return Outcome{
      {},
      {std::string(tr(c.lang, "The access log could not be written, so the change was undone:")) + " " + e.what()},
      503};
}

HttpResponse ConsoleApp::admin_page(Context& c, const Who& who, std::string_view title, const Outcome& outcome,
                                    const std::string& body) {
  const Lang l = c.lang;
  std::string out = "<nav class=\"admin\">";
  for (const auto& [url, name] :
       {std::pair{"/admin/stations", "Stations"}, std::pair{"/stations/enrol", "Enrol a station"},
        std::pair{"/admin/officers", "Officers"}, std::pair{"/admin/booths", "Booths"},
        std::pair{"/admin/staff", "Staff accounts"}})
    out +=
        c.path.starts_with(url) ? "<strong>" + escape_html(tr(l, name)) + "</strong> " : link(url, tr(l, name)) + " ";
  out += "</nav>";
  if (!outcome.done.empty())
    out += "<p class=\"done\">" + escape_html(tr(l, "Done:")) + " " + escape_html(outcome.done) + "</p>";
  if (!outcome.errors.empty()) {
    out += "<div class=\"error\"><p>" + escape_html(tr(l, "Nothing was changed:")) + "</p><ul>";
    for (const auto& e : outcome.errors) out += "<li>" + escape_html(e) + "</li>";
    out += "</ul></div>";
  }
  return page(c, who, std::string(tr(l, title)), out + body, outcome.status);
}

}  // namespace fg::relay::console
