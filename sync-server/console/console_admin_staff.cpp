// /admin/staff (admins): the console's accounts as `fairguard-relay staff list` shows them, a
// form to add one and a button to disable one, through the same steps as the command
// (add_staff_member, StaffStore::disable), on a read-write connection opened for the change.
// The console refuses to disable the last active admin (StaffStore::disable's keep_an_admin).
// A disabled account's sessions and token stop at their next request (authenticate()).
#include <SQLiteCpp/Database.h>

#include "console/console_app.h"
#include "console/page_parts.h"

namespace fg::relay::console {

HttpResponse ConsoleApp::staff_page(Context& c, const Who& who, const Outcome& outcome) {
  const Lang l = c.lang;
  const std::string csrf = escape_html(who.session ? who.session->csrf : "");
  std::string body = "<section><h2>" + escape_html(tr(l, "Accounts")) + "</h2><table class=\"staff\"><tr>" +
                     head(l, "User") + head(l, "Role") + head(l, "Status") + head(l, "API token") + head(l, "Added") +
                     head(l, "Action") + "</tr>";
  for (const auto& m : data_.staff().list()) {
    body += "<tr>" + cell(m.user) + cell(tr(l, to_string(m.role))) +
            (m.disabled ? "<td class=\"bad\">" + escape_html(tr(l, "disabled")) + "</td>" : cell(tr(l, "active"))) +
            cell(tr(l, m.has_token ? "yes" : "no")) + cell(local_time(m.added_at, data_.settings().timezone)) + "<td>";
    if (!m.disabled)
      body +=
          "<form method=\"post\" action=\"/admin/staff/disable\" class=\"inline\"><input type=\"hidden\" "
          "name=\"csrf\" value=\"" +
          csrf + "\"><input type=\"hidden\" name=\"user\" value=\"" + escape_html(m.user) + "\"><button>" +
          escape_html(tr(l, "Disable")) + "</button></form>";
    body += "</td></tr>";
  }
  body += "</table></section><section><h2>" + escape_html(tr(l, "Add a staff account")) +
          "</h2><form method=\"post\" action=\"/admin/staff/add\" class=\"admin\"><input type=\"hidden\" "
          "name=\"csrf\" value=\"" +
          csrf + "\"><label>" + escape_html(tr(l, "User")) +
          " <input name=\"user\" required maxlength=\"64\" autocomplete=\"off\"></label><label>" +
          escape_html(tr(l, "Role")) + " <select name=\"role\">";
  for (auto r : {StaffRole::Viewer, StaffRole::Reviewer, StaffRole::Admin})
    body += std::string("<option value=\"") + to_string(r) + "\">" + escape_html(tr(l, to_string(r))) + "</option>";
  body += "</select></label><label>" + escape_html(tr(l, "Password (12 characters or more)")) +
          " <input name=\"password\" type=\"password\" autocomplete=\"new-password\" required minlength=\"12\" "
          "maxlength=\"256\"></label><label>" +
          escape_html(tr(l, "Password again")) +
          " <input name=\"password2\" type=\"password\" autocomplete=\"new-password\" required minlength=\"12\" "
          "maxlength=\"256\"></label><button>" +
          escape_html(tr(l, "Add the account")) + "</button></form></section>";
  return admin_page(c, who, "Staff accounts", outcome, body);
}

HttpResponse ConsoleApp::change_staff(Context& c, const Who& who, const std::string& action) {
  const auto form = request_form(c.request);
  auto field = [&form](const char* name) { return form.contains(name) ? form.at(name) : std::string(); };
  const std::string user = field("user");
  std::string object = user, shown = user;
  try {
    SQLite::Database db((data_.relay().dir() / "relay.db").string(), SQLite::OPEN_READWRITE);
    db.setBusyTimeout(5000);
    StaffStore staff(db);
    const auto on_record = [&] { record(c, who, "staff." + action, "", object); };
    if (action == "disable") {
      staff.disable(user, now_(), true, on_record);
    } else {
      const auto role = staff_role_from_string(field("role"));
      if (!role) throw std::invalid_argument("role must be viewer, reviewer or admin");
      if (field("password") != field("password2")) throw std::invalid_argument("the two passwords differ");
      object += std::string(" (") + to_string(*role) + ")";
      shown += " (" + std::string(tr(c.lang, to_string(*role))) + ")";
      add_staff_member(staff, user, *role, field("password"), now_(), on_record);
    }
  } catch (const std::exception& e) {  // a bad field, a duplicate, an unknown user, the last admin, not on record
    return staff_page(c, who, not_done(c, e));
  }
  return staff_page(c, who, changed(std::string(tr(c.lang, action == "add" ? "added" : "disabled")) + " " + shown));
}

}  // namespace fg::relay::console
