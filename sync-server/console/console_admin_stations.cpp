// /admin/stations (admins): every station with its state, and a revoke button for each active
// one. Revoking takes the step `fairguard-relay revoke` takes (RelayData::revoke_device, no
// cut-off: what the relay holds now still counts, anything later is set aside). The sync server
// reads the device before every message of a session, so a station syncing at that moment is
// cut off at its next message, as with the command.
#include "console/console_app.h"
#include "console/page_parts.h"

namespace fg::relay::console {

HttpResponse ConsoleApp::stations_page(Context& c, const Who& who, const Outcome& outcome) {
  const Lang l = c.lang;
  const std::string& zone = data_.settings().timezone;
  const std::string csrf = who.session ? who.session->csrf : "";
  std::string body = "<p>" +
                     escape_html(tr(l,
                                    "Revoking a station is for good: the relay refuses it from then on and ends a "
                                    "sync it is in; its events so far still count, later ones are set aside.")) +
                     "</p><table class=\"stations\"><tr>" + head(l, "Code") + head(l, "Name") + head(l, "Enrolled") +
                     head(l, "Last sync") + head(l, "State") + head(l, "Action") + "</tr>";
  for (const auto& s : data_.stations()) {
    body += "<tr>" + cell(s.code) + cell(s.name) + cell(local_time(s.enrolled_at, zone)) +
            cell(time_or(s.last_sync_at, zone, tr(l, "never")));
    if (s.revoked_at) {
      body += "<td class=\"bad\">" + escape_html(tr(l, "revoked")) + " " +
              escape_html(local_time(*s.revoked_at, zone)) + "</td><td></td></tr>";
      continue;
    }
    body += cell(tr(l, "active")) +
            "<td><form method=\"post\" action=\"/admin/stations/revoke\" class=\"inline\"><input type=\"hidden\" "
            "name=\"csrf\" value=\"" +
            escape_html(csrf) + "\"><input type=\"hidden\" name=\"station\" value=\"" + escape_html(s.code) +
            "\"><label><input type=\"checkbox\" name=\"confirm\" value=\"1\" required> " +
            escape_html(tr(l, "for good")) + "</label> <button>" + escape_html(tr(l, "Revoke")) +
            "</button></form></td></tr>";
  }
  body += "</table>";
  return admin_page(c, who, "Stations", outcome, body);
}

HttpResponse ConsoleApp::revoke_station(Context& c, const Who& who) {
  const auto form = request_form(c.request);
  const std::string code = form.contains("station") ? form.at("station") : std::string();
  if (!form.contains("confirm") || form.at("confirm") != "1")
    return stations_page(c, who, refused({"tick the box to confirm the revocation of " + code}));
  // Station codes only: a form names the station by the code the page shows, never by a key.
  const bool is_code = code.size() >= 2 && code.size() <= 8 && code[0] == 'S' &&
                       code.find_first_not_of("0123456789", 1) == std::string::npos;
  DeviceRecord revoked;
  try {
    if (!is_code) throw std::invalid_argument("'" + code + "' is not a station code like S03");
    revoked = data_.relay().revoke_device(code, {}, [&] { record(c, who, "station.revoke", "", code); });
  } catch (const std::exception& e) {  // unknown, revoked already, or not on record
    return stations_page(c, who, not_done(c, e));
  }
  return stations_page(c, who, changed(revoked.code + " (" + revoked.station + ")"));
}

}  // namespace fg::relay::console
