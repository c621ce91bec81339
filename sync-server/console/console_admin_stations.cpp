// /admin/stations (admins): every station with its state, and a form to revoke one. Revoking
// takes the step `fairguard-relay revoke` takes (RelayData::revoke_device), with its cut-off:
// what the relay holds now (the default), everything after a seq (`--after-seq`), or what
// arrived since a time (`--since`); a first button shows what the cut-off would set aside
// (RelayData::preview_revocation) without changing anything. The sync server reads the device
// before every message of a session, so a station syncing at that moment is cut off at its
// next message, as with the command. A revoked station's row says what still counts.
#include "console/console_app.h"
#include "console/page_parts.h"

namespace fg::relay::console {

namespace {

std::string form_value(const std::map<std::string, std::string>& form, const char* name) {
  const auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

// The cut-off the form asks for (`cutoff` now | after_seq | since, with `seq` or `since`),
// read as the command reads --after-seq and --since; throws std::invalid_argument.
RevokeCutoff cutoff_from(const std::map<std::string, std::string>& form) {
  const std::string kind = form_value(form, "cutoff");
  if (kind.empty() || kind == "now") return {};
  if (kind == "after_seq") {
    const std::string seq = form_value(form, "seq");
    if (seq.empty() || seq.size() > 15 || seq.find_first_not_of("0123456789") != std::string::npos)
      throw std::invalid_argument("the seq to keep through must be a whole number (0 sets aside every event)");
    return {RevokeCutoff::Kind::AfterSeq, std::stoll(seq)};
  }
  if (kind == "since") {
    const std::string since = form_value(form, "since");
    const auto at = parse_iso_utc(since);
    if (!at) throw std::invalid_argument("'" + since + "' is not a UTC time like 2026-10-16T14:00:00Z");
    return {RevokeCutoff::Kind::Since, *at};
  }
  throw std::invalid_argument("the cut-off must be now, after_seq or since");
}

// The cut-off as the access log records it: the command's own options.
std::string cutoff_text(const RevokeCutoff& cut) {
  switch (cut.kind) {
    case RevokeCutoff::Kind::AfterSeq:
      return " --after-seq " + std::to_string(cut.value);
    case RevokeCutoff::Kind::Since:
      return " --since " + iso_utc(cut.value);
    case RevokeCutoff::Kind::Now:
      break;
  }
  return "";
}

std::string option(const std::string& value, std::string_view label, const std::string& chosen) {
  return "<option value=\"" + escape_html(value) + "\"" + (value == chosen ? " selected" : "") + ">" +
         escape_html(label) + "</option>";
}

}  // namespace

HttpResponse ConsoleApp::stations_page(Context& c, const Who& who, const Outcome& outcome, const std::string& preview) {
  const Lang l = c.lang;
  const std::string& zone = data_.settings().timezone;
  const std::string csrf = who.session ? who.session->csrf : "";
  std::map<std::string, std::int64_t> keeps_through;
  for (const auto& d : data_.relay().devices())
    if (d.revoked_after_seq) keeps_through[d.code] = *d.revoked_after_seq;
  std::map<std::string, std::int64_t> set_aside;
  for (const auto& s : data_.relay().events().set_aside()) set_aside[s.device] = s.events;
  std::string body = "<p>" +
                     escape_html(tr(l,
                                    "Revoking a station is for good: the relay refuses it from then on and ends a "
                                    "sync it is in; its events up to the cut-off still count, later ones are set "
                                    "aside.")) +
                     "</p><table class=\"stations\"><tr>" + head(l, "Code") + head(l, "Name") + head(l, "Enrolled") +
                     head(l, "Last sync") + head(l, "Events") + head(l, "State") + "</tr>";
  std::string choices;
  const auto stations = data_.stations();
  const auto posted = c.request.method == "POST" ? request_form(c.request) : std::map<std::string, std::string>{};
  for (const auto& s : stations) {
    body += "<tr>" + cell(s.code) + cell(s.name) + cell(local_time(s.enrolled_at, zone)) +
            cell(time_or(s.last_sync_at, zone, tr(l, "never"))) + cell(std::to_string(s.events));
    if (s.revoked_at) {
      std::string state = std::string(tr(l, "revoked")) + " " + local_time(*s.revoked_at, zone);
      if (keeps_through.contains(s.code))
        state += "; " + std::string(tr(l, "counts up to seq")) + " " + std::to_string(keeps_through[s.code]) + ", " +
                 std::to_string(set_aside[s.key]) + " " + std::string(tr(l, "set aside"));
      body += "<td class=\"bad\">" + escape_html(state) + "</td></tr>";
      continue;
    }
    body += cell(tr(l, "active")) + "</tr>";
    choices += option(s.code, s.code + " " + s.name, form_value(posted, "station"));
  }
  body += "</table>";
  if (!preview.empty()) body += "<p class=\"preview\">" + escape_html(preview) + "</p>";
  if (!choices.empty()) {
    const std::string kind = form_value(posted, "cutoff");
    body += "<section><h2>" + escape_html(tr(l, "Revoke a station")) +
            "</h2><form method=\"post\" action=\"/admin/stations/revoke\" class=\"admin\"><input type=\"hidden\" "
            "name=\"csrf\" value=\"" +
            escape_html(csrf) + "\"><label>" + escape_html(tr(l, "Station")) + " <select name=\"station\">" + choices +
            "</select></label><label>" + escape_html(tr(l, "Cut-off")) + " <select name=\"cutoff\">" +
            option("now", tr(l, "what the relay holds now still counts"), kind) +
            option("after_seq", tr(l, "events after a seq are set aside"), kind) +
            option("since", tr(l, "events received since a time are set aside"), kind) + "</select></label><label>" +
            escape_html(tr(l, "Keep through seq")) +
            " <input name=\"seq\" inputmode=\"numeric\" maxlength=\"15\" value=\"" +
            escape_html(form_value(posted, "seq")) + "\"></label><label>" +
            escape_html(tr(l, "Since (UTC, like 2026-10-16T14:00:00Z)")) +
            " <input name=\"since\" maxlength=\"32\" value=\"" + escape_html(form_value(posted, "since")) +
            "\"></label><button name=\"preview\" value=\"1\" formnovalidate>" +
            escape_html(tr(l, "Show what is set aside")) +
            "</button><label class=\"check\"><input type=\"checkbox\" name=\"confirm\" value=\"1\" required> " +
            escape_html(tr(l, "for good")) + "</label><button>" + escape_html(tr(l, "Revoke")) +
            "</button></form></section>";
  }
  return admin_page(c, who, "Stations", outcome, body);
}

HttpResponse ConsoleApp::revoke_station(Context& c, const Who& who) {
  const auto form = request_form(c.request);
  const std::string code = form_value(form, "station");
  const bool preview = form_value(form, "preview") == "1";
  if (!preview && form_value(form, "confirm") != "1")
    return stations_page(c, who, refused({"tick the box to confirm the revocation of " + code}));
  // Station codes only: a form names the station by the code the page shows, never by a key.
  const bool is_code = code.size() >= 2 && code.size() <= 8 && code[0] == 'S' &&
                       code.find_first_not_of("0123456789", 1) == std::string::npos;
  try {
    if (!is_code) throw std::invalid_argument("'" + code + "' is not a station code like S03");
    const RevokeCutoff cut = cutoff_from(form);
    if (preview) {
      const auto p = data_.relay().preview_revocation(code, cut);
      const Lang l = c.lang;
      std::string text = code + ": " + std::string(tr(l, "its events up to seq")) + " " +
                         std::to_string(p.keeps_through) + " " + std::string(tr(l, "still count;")) + " " +
                         std::to_string(p.set_aside) + " " +
                         std::string(tr(l, "event(s) the relay holds are set aside"));
      if (p.set_aside > 0) text += " (seq " + std::to_string(p.first) + "–" + std::to_string(p.last) + ")";
      return stations_page(c, who, {}, text + ". " + std::string(tr(l, "Nothing was changed yet.")));
    }
    const auto revoked =
        data_.relay().revoke_device(code, cut, [&] { record(c, who, "station.revoke", "", code + cutoff_text(cut)); });
    return stations_page(c, who, changed(revoked.code + " (" + revoked.station + ")"));
  } catch (const std::exception& e) {  // a bad cut-off, unknown, revoked already, or not on record
    return stations_page(c, who, not_done(c, e));
  }
}

}  // namespace fg::relay::console
