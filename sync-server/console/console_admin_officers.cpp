// /admin/officers (admins): the roster as `fairguard-relay officers list` shows it, a form to add
// an officer and a button to disable one. Both take the command's steps: the entry made by
// make_officer (admin/officer_entry.h: the same checks, the PIN's verifier and keys), then
// RelayData::add_officer / disable_officer, which sign a new configuration version that the
// stations fetch at their next sync. The PIN is only ever stored as its derived values.
#include "admin/officer_entry.h"
#include "console/console_app.h"
#include "console/page_parts.h"

namespace fg::relay::console {

namespace {

std::string hidden(const char* name, const std::string& value) {
  return std::string("<input type=\"hidden\" name=\"") + name + "\" value=\"" + escape_html(value) + "\">";
}

}  // namespace

HttpResponse ConsoleApp::officers_page(Context& c, const Who& who, const Outcome& outcome) {
  const Lang l = c.lang;
  const std::string csrf = who.session ? who.session->csrf : "";
  std::string body = "<section><h2>" + escape_html(tr(l, "Roster")) + "</h2><table class=\"officers\"><tr>" +
                     head(l, "Officer id") + head(l, "Name") + head(l, "Role") + head(l, "Status") +
                     head(l, "Credential") + head(l, "Added") + head(l, "Action") + "</tr>";
  const auto officers = data_.relay().officers();
  for (const auto& o : officers) {
    const Officer& f = o.officer;
    body += "<tr>" + cell(f.id) + cell(f.name) + cell(tr(l, f.supervisor ? "supervisor" : "officer")) +
            (f.disabled ? "<td class=\"bad\">" + escape_html(tr(l, "disabled")) + "</td>" : cell(tr(l, "active"))) +
            cell(f.credential ? f.credential->number + " → " + f.credential->expires : std::string(tr(l, "none"))) +
            cell(local_time(o.added_at, data_.settings().timezone)) + "<td>";
    if (!f.disabled)
      body += "<form method=\"post\" action=\"/admin/officers/disable\" class=\"inline\">" + hidden("csrf", csrf) +
              hidden("id", f.id) + "<button>" + escape_html(tr(l, "Disable")) + "</button></form>";
    body += "</td></tr>";
  }
  if (officers.empty()) body += "<tr><td colspan=\"7\">" + escape_html(tr(l, "None.")) + "</td></tr>";
  body += "</table></section><section><h2>" + escape_html(tr(l, "Add an officer")) +
          "</h2><form method=\"post\" action=\"/admin/officers/add\" class=\"admin\">" + hidden("csrf", csrf) +
          "<label>" + escape_html(tr(l, "Officer id")) +
          " <input name=\"id\" required maxlength=\"32\"></label><label>" + escape_html(tr(l, "Name")) +
          " <input name=\"name\" required maxlength=\"200\"></label><label>" + escape_html(tr(l, "PIN (digits)")) +
          " " + std::to_string(data_.settings().pin_min_length) +
          "-12 <input name=\"pin\" type=\"password\" inputmode=\"numeric\" autocomplete=\"new-password\" required "
          "maxlength=\"12\"></label><label class=\"check\"><input type=\"checkbox\" name=\"supervisor\" value=\"1\"> " +
          escape_html(tr(l, "Supervisor (may reset a locked station)")) + "</label><label>" +
          escape_html(tr(l, "Credential number (optional)")) +
          " <input name=\"credential\" maxlength=\"64\"></label><label>" +
          escape_html(tr(l, "Credential valid until")) + " <input name=\"expires\" type=\"date\"></label><button>" +
          escape_html(tr(l, "Add the officer")) + "</button></form></section>";
  return admin_page(c, who, "Officers", outcome, body);
}

HttpResponse ConsoleApp::change_officers(Context& c, const Who& who, const std::string& action) {
  const auto form = request_form(c.request);
  auto field = [&form](const char* name) { return form.contains(name) ? form.at(name) : std::string(); };
  const std::string id = field("id");
  const auto on_record = [&] { record(c, who, "officer." + action, "", id); };
  try {
    if (action == "disable") {
      data_.relay().disable_officer(id, on_record);
    } else {
      std::optional<OfficerCredential> credential;
      if (!field("credential").empty() || !field("expires").empty())
        credential = OfficerCredential{field("credential"), field("expires")};
      const Officer officer = make_officer(id, field("name"), field("pin"), data_.settings().pin_min_length,
                                           field("supervisor") == "1", credential);
      data_.relay().add_officer(officer, on_record);
    }
  } catch (const std::exception& e) {  // a bad field, a duplicate or unknown id, not on record
    return officers_page(c, who, not_done(c, e));
  }
  return officers_page(c, who, changed(std::string(tr(c.lang, action == "add" ? "added" : "disabled")) + " " + id));
}

}  // namespace fg::relay::console
