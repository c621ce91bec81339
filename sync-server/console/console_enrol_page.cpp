// /stations/enrol (admins): enrol a station tablet from the console. The form asks for the
// station's name; the answer is the one-time enrolment QR code, the same payload
// `fairguard-relay enroll` prints (admin/admin_enroll.cpp's issue_enrolment), drawn as inline
// SVG and written out as text. The token is shown once and kept only as its hash, as the
// command does; the issue is on record in the access log before the page leaves.
#include <algorithm>

#include "admin/admin_commands.h"
#include "admin/qr_code.h"
#include "console/console_app.h"
#include "console/page_parts.h"
#include "console/roles.h"
#include "fairconfig/enrolment_payload.h"

namespace fg::relay::console {

namespace {

constexpr std::size_t kMaxStationName = 64;
constexpr int kDefaultValidMinutes = 60;

// nullopt when the name is usable: 1 to 64 bytes, no control characters.
std::optional<std::string> check_station_name(const std::string& name) {
  if (name.empty() || name.size() > kMaxStationName) return "the station name must be 1 to 64 bytes";
  if (std::any_of(name.begin(), name.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20; }))
    return "the station name must not hold control characters";
  return std::nullopt;
}

}  // namespace

HttpResponse ConsoleApp::enrol_page(Context& c, const Who& who, const std::string& error, int status) {
  if (!may(who.role, Permission::Administer)) return forbidden(c, who);
  const Lang l = c.lang;
  std::string body;
  if (!error.empty()) body += "<p class=\"error\">" + escape_html(error) + "</p>";
  body += "<p>" +
          escape_html(tr(l,
                         "A one-time enrolment code for a new station tablet: the officer scans it on the tablet's "
                         "enrolment page. It works once, until it expires.")) +
          "</p>";
  body +=
      "<form method=\"post\" action=\"/stations/enrol\" class=\"enrol\"><input type=\"hidden\" name=\"csrf\" "
      "value=\"" +
      escape_html(who.session ? who.session->csrf : "") + "\"><label>" + escape_html(tr(l, "Station name")) +
      " <input name=\"station\" required maxlength=\"64\"></label><label>" +
      escape_html(tr(l, "Address the tablets connect to (empty: the relay's)")) +
      " <input name=\"host\" maxlength=\"253\"></label><label>" + escape_html(tr(l, "Valid for (minutes)")) +
      " <input name=\"minutes\" type=\"number\" min=\"1\" max=\"10080\" value=\"" +
      std::to_string(kDefaultValidMinutes) + "\"></label><button>" + escape_html(tr(l, "Issue the enrolment code")) +
      "</button></form>";
  return admin_page(c, who, "Enrol a station", Outcome{{}, {}, status}, body);
}

HttpResponse ConsoleApp::enrol_station(Context& c, const Who& who) {
  if (!may(who.role, Permission::Administer)) return forbidden(c, who);
  const Lang l = c.lang;
  const auto form = parse_form(c.request.body);
  auto field = [&form](const char* name) { return form.contains(name) ? form.at(name) : std::string(); };
  const std::string station = field("station"), host = field("host"), minutes_text = field("minutes");
  if (auto bad = check_station_name(station)) return enrol_page(c, who, *bad, 400);
  if (auto bad = host.empty() ? std::nullopt : check_host(host)) return enrol_page(c, who, "host: " + *bad, 400);
  int minutes = kDefaultValidMinutes;
  if (!minutes_text.empty()) {
    const bool digits = minutes_text.size() <= 5 && minutes_text.find_first_not_of("0123456789") == std::string::npos;
    minutes = digits ? std::stoi(minutes_text) : 0;
    if (minutes < 1 || minutes > 7 * 24 * 60) return enrol_page(c, who, "minutes must be from 1 to 10080", 400);
  }
  const HostPort listen =
      sync_listen_ ? *sync_listen_ : parse_host_port(data_.settings().listen).value_or(HostPort{"0.0.0.0", 0});
  IssuedEnrolment issued;
  try {
    // The token is stored only with its access-log record (written inside its transaction).
    issued = issue_enrolment(data_.relay(), listen, station, host, 0, minutes,
                             [&] { record(c, who, "station.enrol", "", station); });
  } catch (const std::exception& e) {  // no address to tell the tablets, or not on record: say so, keep serving
    const Outcome why = not_done(c, e);
    return enrol_page(c, who, why.errors.front(), why.status);
  }
  const std::string& zone = data_.settings().timezone;
  std::string body = "<section class=\"enrolment\"><table class=\"facts\"><tr><th>" +
                     escape_html(tr(l, "Station name")) + "</th>" + cell(station) + "</tr><tr><th>" +
                     escape_html(tr(l, "Valid until")) + "</th>" + cell(local_time(issued.token.expires_at, zone)) +
                     "</tr></table>" + qr_svg(issued.payload, "qr") + "<p>" + escape_html(tr(l, "Enrolment code")) +
                     "</p><p><code class=\"payload\">" + escape_html(issued.payload) + "</code></p><p>" +
                     escape_html(tr(l,
                                    "Shown once: the relay keeps only its hash. Scan it on the new tablet now, or "
                                    "issue another.")) +
                     "</p><p class=\"actions\">" + link("/stations/enrol", tr(l, "Enrol another station")) +
                     "</p></section>";
  return page(c, who, std::string(tr(l, "Enrol a station")), body);
}

}  // namespace fg::relay::console
