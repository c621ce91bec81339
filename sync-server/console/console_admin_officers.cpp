// /admin/officers (admins): the roster as `fairguard-relay officers list` shows it, a form to add
// an officer, a button to disable or enable one, and forms for a new PIN and a changed
// credential. Each takes its command's steps: the entry made by make_officer
// (admin/officer_entry.h: the same checks, the PIN's verifier and keys), change_officer_pin and
// change_officer_credential (admin/admin_commands.h, those of `officers set-pin | credential`),
// then the RelayData change, which signs a new configuration version that the stations fetch at
// their next sync. The PIN is only ever stored as its derived values, and never logged.
#include "admin/admin_commands.h"
#include "admin/officer_entry.h"
#include "console/console_app.h"
#include "console/page_parts.h"

namespace fg::relay::console {

namespace {

std::string hidden(const char* name, const std::string& value) {
  return std::string("<input type=\"hidden\" name=\"") + name + "\" value=\"" + escape_html(value) + "\">";
}

std::string button_form(const char* action, const std::string& csrf, const std::string& id, std::string_view label) {
  return std::string("<form method=\"post\" action=\"") + action + "\" class=\"inline\">" + hidden("csrf", csrf) +
         hidden("id", id) + "<button>" + escape_html(label) + "</button></form>";
}

// A form of the officers page that names an officer of the roster (a list to choose from).
std::string officer_form(Lang l, const char* action, const std::string& csrf,
                         const std::vector<OfficerRecord>& officers, const std::string& fields,
                         std::string_view button) {
  std::string out = std::string("<form method=\"post\" action=\"") + action + "\" class=\"admin\">" +
                    hidden("csrf", csrf) + "<label>" + escape_html(tr(l, "Officer id")) + " <select name=\"id\">";
  for (const auto& o : officers)
    out += "<option value=\"" + escape_html(o.officer.id) + "\">" + escape_html(o.officer.id + " " + o.officer.name) +
           "</option>";
  return out + "</select></label>" + fields + "<button>" + escape_html(tr(l, button)) + "</button></form>";
}

std::string pin_input(Lang l, const char* name, std::string_view label, int min_length) {
  return "<label>" + escape_html(tr(l, label)) + " " + std::to_string(min_length) + "-12 <input name=\"" + name +
         "\" type=\"password\" inputmode=\"numeric\" autocomplete=\"new-password\" required maxlength=\"12\"></label>";
}

}  // namespace

HttpResponse ConsoleApp::officers_page(Context& c, const Who& who, const Outcome& outcome) {
  const Lang l = c.lang;
  const std::string csrf = who.session ? who.session->csrf : "";
  const int min_pin = data_.settings().pin_min_length;
  std::string body = "<section><h2>" + escape_html(tr(l, "Roster")) + "</h2><table class=\"officers\"><tr>" +
                     head(l, "Officer id") + head(l, "Name") + head(l, "Role") + head(l, "Status") +
                     head(l, "Credential") + head(l, "Added") + head(l, "Action") + "</tr>";
  const auto officers = data_.relay().officers();
  for (const auto& o : officers) {
    const Officer& f = o.officer;
    body += "<tr>" + cell(f.id) + cell(f.name) + cell(tr(l, f.supervisor ? "supervisor" : "officer")) +
            (f.disabled ? "<td class=\"bad\">" + escape_html(tr(l, "disabled")) + "</td>" : cell(tr(l, "active"))) +
            cell(f.credential ? f.credential->number + " → " + f.credential->expires : std::string(tr(l, "none"))) +
            cell(local_time(o.added_at, data_.settings().timezone)) + "<td>" +
            (f.disabled ? button_form("/admin/officers/enable", csrf, f.id, tr(l, "Enable"))
                        : button_form("/admin/officers/disable", csrf, f.id, tr(l, "Disable"))) +
            "</td></tr>";
  }
  if (officers.empty()) body += "<tr><td colspan=\"7\">" + escape_html(tr(l, "None.")) + "</td></tr>";
  body += "</table></section>";
  if (!officers.empty()) {
    body += "<section><h2>" + escape_html(tr(l, "Set a new PIN")) + "</h2><p>" +
            escape_html(tr(l, "The old PIN stops working at each station's next sync.")) + "</p>" +
            officer_form(l, "/admin/officers/pin", csrf, officers,
                         pin_input(l, "pin", "New PIN (digits)", min_pin) + pin_input(l, "pin2", "PIN again", min_pin),
                         "Set the PIN") +
            "</section><section><h2>" + escape_html(tr(l, "Change a credential")) + "</h2>" +
            officer_form(l, "/admin/officers/credential", csrf, officers,
                         "<label>" + escape_html(tr(l, "Credential number")) +
                             " <input name=\"credential\" maxlength=\"64\"></label><label>" +
                             escape_html(tr(l, "Credential valid until")) +
                             " <input name=\"expires\" type=\"date\"></label><label class=\"check\"><input "
                             "type=\"checkbox\" name=\"remove\" value=\"1\"> " +
                             escape_html(tr(l, "Take the credential off the roster")) + "</label>",
                         "Change the credential") +
            "</section>";
  }
  body += "<section><h2>" + escape_html(tr(l, "Add an officer")) +
          "</h2><form method=\"post\" action=\"/admin/officers/add\" class=\"admin\">" + hidden("csrf", csrf) +
          "<label>" + escape_html(tr(l, "Officer id")) +
          " <input name=\"id\" required maxlength=\"32\"></label><label>" + escape_html(tr(l, "Name")) +
          " <input name=\"name\" required maxlength=\"200\"></label>" + pin_input(l, "pin", "PIN (digits)", min_pin) +
          "<label class=\"check\"><input type=\"checkbox\" name=\"supervisor\" value=\"1\"> " +
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
  std::string object = id;  // what the access log says was changed (never a PIN)
  const auto on_record = [&] { record(c, who, "officer." + action, "", object); };
  std::optional<OfficerCredential> credential;
  if (!field("credential").empty() || !field("expires").empty())
    credential = OfficerCredential{field("credential"), field("expires")};
  RelayData& relay = data_.relay();
  try {
    if (action == "disable") {
      relay.disable_officer(id, on_record);
    } else if (action == "enable") {
      relay.enable_officer(id, on_record);
    } else if (action == "set_pin") {
      if (field("pin") != field("pin2")) throw std::invalid_argument("the two PINs differ");
      change_officer_pin(relay, id, field("pin"), on_record);
    } else if (action == "credential") {
      if (field("remove") == "1") {
        if (credential) throw std::invalid_argument("give a new credential or tick the box to remove it, not both");
      } else if (!credential) {
        throw std::invalid_argument("give the credential number and the last day it is valid");
      }
      object += credential ? ": " + credential->number + " valid to " + credential->expires : ": removed";
      change_officer_credential(relay, id, credential, on_record);
    } else {
      const Officer officer = make_officer(id, field("name"), field("pin"), data_.settings().pin_min_length,
                                           field("supervisor") == "1", credential);
      relay.add_officer(officer, on_record);
    }
  } catch (const std::exception& e) {  // a bad field, a duplicate or unknown id, not on record
    return officers_page(c, who, not_done(c, e));
  }
  static const std::map<std::string, const char*> done = {{"add", "added"},
                                                          {"disable", "disabled"},
                                                          {"enable", "enabled"},
                                                          {"set_pin", "new PIN for"},
                                                          {"credential", "credential changed:"}};
  return officers_page(c, who, changed(std::string(tr(c.lang, done.at(action))) + " " + object));
}

}  // namespace fg::relay::console
