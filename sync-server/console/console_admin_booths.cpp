// /admin/booths (admins): the booth list by hall, and the upload of a new one as the organisers
// hand it over. The file is read by the reader of `fairguard-relay booths import`
// (admin/booth_csv.h: the same bounds and checks) and imported by the same step
// (import_booths): every bad row is listed by its line number and then nothing is imported.
#include <map>

#include "admin/admin_commands.h"
#include "admin/booth_csv.h"
#include "console/console_app.h"
#include "console/console_server.h"
#include "console/page_parts.h"

namespace fg::relay::console {

HttpResponse ConsoleApp::booths_page(Context& c, const Who& who, const Outcome& outcome) {
  const Lang l = c.lang;
  std::map<std::string, std::size_t> by_hall;
  const auto booths = data_.relay().booths();
  for (const auto& b : booths) ++by_hall[b.hall];
  std::string body = "<section><h2>" + escape_html(tr(l, "Booth list")) + "</h2><p>" + escape_html(tr(l, "Booths")) +
                     ": " + std::to_string(booths.size()) + "</p><table class=\"booths\"><tr>" + head(l, "Hall") +
                     head(l, "Count") + "</tr>";
  for (const auto& [hall, count] : by_hall) body += "<tr>" + cell(hall) + cell(std::to_string(count)) + "</tr>";
  body += "</table></section><section><h2>" + escape_html(tr(l, "Import a booth list")) + "</h2><p>" +
          escape_html(tr(l,
                         "A UTF-8 CSV file with the header booth,hall,exhibitor,delegation,industry. It replaces the "
                         "whole list; if any row is wrong, nothing is imported and each wrong row is shown by its "
                         "line.")) +
          "</p><form method=\"post\" action=\"" + std::string(kUploadPath) +
          "\" enctype=\"multipart/form-data\" class=\"admin\"><input type=\"hidden\" name=\"csrf\" value=\"" +
          escape_html(who.session ? who.session->csrf : "") + "\"><label>" + escape_html(tr(l, "CSV file")) +
          " <input name=\"csv\" type=\"file\" accept=\".csv,text/csv\" required></label><button>" +
          escape_html(tr(l, "Import")) + "</button></form></section>";
  return admin_page(c, who, "Booths", outcome, body);
}

HttpResponse ConsoleApp::import_booth_list(Context& c, const Who& who) {
  const auto form = request_form(c.request);
  const auto file = form.find("csv");
  if (file == form.end() || file->second.empty()) return booths_page(c, who, refused({"choose a CSV file to import"}));
  const BoothCsv parsed = parse_booth_csv(file->second, data_.settings().halls);
  if (!parsed.ok()) return booths_page(c, who, refused(parsed.errors));
  std::string what;
  try {
    import_booths(data_.relay(), parsed, [&] {
      // Inside the import's transaction: config_version() is the version it makes.
      what = std::to_string(parsed.booths.size()) + " booths, " + std::to_string(count_halls(parsed.booths)) +
             " halls, configuration version " + std::to_string(data_.relay().config_version());
      record(c, who, "booths.import", "", what);
    });
  } catch (const std::exception& e) {
    return booths_page(c, who, not_done(c, e));
  }
  return booths_page(c, who, changed(what));
}

}  // namespace fg::relay::console
