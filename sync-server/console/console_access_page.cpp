// /access-log (admins): the newest records of the chain-of-custody log, all or one case's.
#include "console/console_app.h"
#include "console/page_parts.h"
#include "console/roles.h"
#include "ledger/json_fields.h"

namespace fg::relay::console {

namespace {
constexpr std::size_t kShown = 500;
}

HttpResponse ConsoleApp::access_log_page(Context& c, const Who& who) {
  if (!may(who.role, Permission::ReadAccessLog)) return forbidden(c, who);
  const Lang l = c.lang;
  const std::string& zone = data_.settings().timezone;
  std::string case_number;
  if (auto it = c.query.find("case"); it != c.query.end()) case_number = it->second.substr(0, 64);
  record(c, who, "access_log.view", case_number);
  std::string body = "<p>" +
                     escape_html(tr(l,
                                    "Every case view, evidence download and bundle export, newest first; each "
                                    "record signed by the bureau key and chained to the one before.")) +
                     "</p>";
  if (!case_number.empty()) body += "<p>" + escape_html(tr(l, "Case")) + " " + escape_html(case_number) + "</p>";
  body += "<table><tr>" + head(l, "No.") + head(l, "Time") + head(l, "User") + head(l, "Role") + head(l, "Address") +
          head(l, "Action") + head(l, "Case") + head(l, "Object") + "</tr>";
  for (const Json& e : data_.access_log().recent(kShown, case_number)) {
    auto text = [&e](const char* key) { return string_at(e, key); };
    const std::int64_t at = int_at(e, "at", 0);
    const std::int64_t seq = int_at(e, "seq", 0);
    body += "<tr>" + cell(std::to_string(seq)) + cell(local_time(at, zone)) + cell(text("user")) + cell(text("role")) +
            cell(text("address")) + cell(text("action")) + cell(text("case")) + cell(text("object")) + "</tr>";
  }
  body += "</table>";
  return page(c, who, std::string(tr(l, "Access log")), body);
}

}  // namespace fg::relay::console
