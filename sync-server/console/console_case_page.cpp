// The case page (/cases/{number}): every fact the stations recorded, the timeline with who,
// when and which station, the evidence with thumbnails, the case's papers and its bundle.
// Every value goes through escape_html; the markup around it is literal.
#include <algorithm>
#include <map>

#include "cases/case_queries.h"
#include "console/console_app.h"
#include "blobs/blob_store.h"
#include "console/content_type.h"
#include "console/page_parts.h"
#include "console/roles.h"
#include "documents/document_kind.h"
#include "tlog/receipt.h"
#include "tlog/transparency_log.h"

namespace fg::relay::console {

namespace {

// One recorded value as text: times (keys ending in _at) in the fair's zone, lists joined.
std::string value_text(const std::string& key, const Json& v, const std::string& zone) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "✓" : "✗";
  if (v.is_number_integer() && key.ends_with("_at")) return local_time(v.get<std::int64_t>(), zone);
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v) out += (out.empty() ? "" : ", ") + value_text(key, item, zone);
    return out;
  }
  return v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A section with the recorded fields of one party or thing, as a two-column table.
std::string fields_section(Lang l, std::string_view title, const Json& fields, const std::string& zone) {
  std::string out = "<section><h2>" + escape_html(tr(l, title)) + "</h2>";
  if (!fields.is_object() || fields.empty()) return out + "<p>" + escape_html(tr(l, "None.")) + "</p></section>";
  out += "<table class=\"facts\">";
  for (const auto& [key, value] : fields.items())
    out += "<tr><th>" + escape_html(field_label(l, key)) + "</th>" + cell(value_text(key, value, zone)) + "</tr>";
  return out + "</table></section>";
}

std::string short_hash(const std::string& hash) { return hash.substr(0, 16); }

// The papers this case has had issued: those whose issuing event is in its working timeline.
std::vector<DocumentKind> issued_papers(const Case& k) {
  std::vector<DocumentKind> out;
  for (auto kind : {DocumentKind::Acceptance, DocumentKind::Rejection, DocumentKind::Notice, DocumentKind::Decision})
    for (const auto& t : k.timeline)
      if (t.valid && t.type == issuing_event_type(kind)) {
        out.push_back(kind);
        break;
      }
  return out;
}

}  // namespace

HttpResponse ConsoleApp::case_page(Context& c, const Who& who, const Case& k) {
  record(c, who, "case.view", k.number);
  const Lang l = c.lang;
  const std::string& zone = data_.settings().timezone;
  const bool open_evidence = may(who.role, Permission::OpenEvidence);
  const std::string base = "/cases/" + url_encode(k.number);
  std::map<std::string, std::string> station_of;  // device key -> station code
  for (const auto& s : data_.stations()) station_of[s.key] = s.code;
  const auto officers = data_.officer_names();
  auto officer = [&](const std::string& id) {
    auto it = officers.find(id);
    return it == officers.end() ? id : it->second + " (" + id + ")";
  };
  // Each event's place in the transparency log (its leaf index) and the newest signed head,
  // which covers every leaf below its size: what a bundle's inclusion proofs prove.
  TransparencyLog& log = data_.relay().log();
  const auto log_head = log.latest_head();
  auto leaf = [&](const std::string& event_hash) -> std::string {
    const auto digest = digest_from_hex(event_hash);
    const auto index = digest ? log.index_of(*digest) : std::nullopt;
    return index ? "#" + std::to_string(*index) : "–";
  };
  auto station = [&](const std::string& device) {
    auto it = station_of.find(device);
    return it == station_of.end() ? short_hash(device) : it->second;
  };

  std::string body = "<section><table class=\"facts\">";
  auto fact = [&](std::string_view name, const std::string& value) {
    if (!value.empty()) body += "<tr><th>" + escape_html(tr(l, name)) + "</th>" + cell(value) + "</tr>";
  };
  fact("Status", state_name(l, k.state));
  fact("Station", k.station);
  fact("Booth", k.booth + (k.hall.empty() ? "" : " · " + std::string(tr(l, "hall")) + " " + k.hall));
  fact("Received", time_or(k.received, zone, ""));
  fact("Accepted", time_or(k.accepted, zone, ""));
  fact("Notice served", time_or(k.served, zone, ""));
  fact("Defence deadline", time_or(k.defence_deadline, zone, ""));
  fact("Decided", time_or(k.decided, zone, ""));
  fact("Closed", time_or(k.closed, zone, ""));
  fact("Outcome", k.outcome);
  fact("Sanction", k.sanction);
  fact("Reason", k.reason);
  body += "</table>";
  if (open_evidence)
    body += "<p class=\"actions\">" + link(base + "/bundle.zip", tr(l, "Download the evidence bundle (zip)")) + "</p>";
  body += "</section>";

  body += fields_section(l, "Complainant", k.complainant, zone);
  body += fields_section(l, "Right", k.right, zone);
  body += fields_section(l, "Respondent", k.respondent, zone);
  body += fields_section(l, "Product", k.product, zone);
  if (!k.grounds.empty()) body += fields_section(l, "Grounds", k.grounds, zone);

  // Evidence: each item with its SHA-256; thumbnails (the stored file, scaled by the page)
  // for those who may open evidence.
  body += "<section><h2>" + escape_html(tr(l, "Evidence")) + "</h2>";
  if (k.evidence.empty()) body += "<p>" + escape_html(tr(l, "None.")) + "</p>";
  if (!open_evidence && !k.evidence.empty())
    body += "<p>" + escape_html(tr(l, "Evidence files open for reviewers and administrators.")) + "</p>";
  body += "<ul class=\"evidence\">";
  for (const EvidenceItem& e : k.evidence) {
    const std::string blob = e.fields.is_object() && e.fields.contains("blob") && e.fields["blob"].is_string()
                                 ? e.fields["blob"].get<std::string>()
                                 : std::string();
    body += "<li>";
    if (open_evidence && !blob.empty()) {
      // A photo as a small copy made by the relay (the link opens the file itself); anything
      // else as a link naming its type.
      const std::string url = base + "/evidence/" + blob;
      const BlobStore& blobs = data_.relay().blobs();
      const FileType type = blobs.encrypted() ? FileType{"image/jpeg", true} : sniff_file_type_of(blobs.path_of(blob));
      if (type.content_type == "image/jpeg" || type.content_type == "image/png")
        body += "<a href=\"" + escape_html(url) + "\"><img class=\"thumb\" src=\"" +
                escape_html(base + "/thumbnail/" + blob) + "\" alt=\"" + escape_html(tr(l, "Evidence")) + " " +
                escape_html(short_hash(blob)) + "\"></a>";
      else
        body += "<p>" + link(url, std::string(tr(l, "Open the file")) + " (" + type.content_type + ")") + "</p>";
    }
    body += "<table class=\"facts\">";
    for (const char* key : {"kind", "captured_at", "booth", "note", "text"})
      if (e.fields.is_object() && e.fields.contains(key))
        body += "<tr><th>" + escape_html(field_label(l, key)) + "</th>" + cell(value_text(key, e.fields[key], zone)) +
                "</tr>";
    body += "<tr><th>" + escape_html(tr(l, "Officer")) + "</th>" + cell(officer(e.officer)) + "</tr>";
    body += "<tr><th>" + escape_html(tr(l, "Station")) + "</th>" + cell(station(e.source.device)) + "</tr>";
    body += "<tr><th>" + escape_html(tr(l, "Log leaf")) + "</th>" + cell(leaf(e.source.hash)) + "</tr>";
    if (!blob.empty()) body += "<tr><th>SHA-256</th><td><code>" + escape_html(blob) + "</code></td></tr>";
    if (!e.current())
      body += "<tr><th>" + escape_html(tr(l, "State")) + "</th><td class=\"bad\">" +
              escape_html(tr(l, "corrected by a later item")) + "</td></tr>";
    body += "</table></li>";
  }
  body += "</ul></section>";

  // Papers (made again from the events, as `fairguard-relay document` does).
  body += "<section><h2>" + escape_html(tr(l, "Papers")) + "</h2>";
  const auto papers = issued_papers(k);
  if (papers.empty()) body += "<p>" + escape_html(tr(l, "None.")) + "</p>";
  body += "<ul>";
  for (auto kind : papers) {
    const std::string name(document_kind_name(kind));
    body += "<li>" + (open_evidence ? link(base + "/paper/" + name + ".pdf", tr(l, name)) : escape_html(tr(l, name))) +
            "</li>";
  }
  body += "</ul></section>";

  if (!k.conflicts.empty()) {
    body += "<section><h2>" + escape_html(tr(l, "Conflicts between stations")) + "</h2><ul>";
    for (const Conflict& x : k.conflicts)
      body += "<li>" + escape_html(x.held_action) + " (" + escape_html(station(x.held.device)) + ") ↔ " +
              escape_html(x.rival_action) + " (" + escape_html(station(x.rival.device)) + ")</li>";
    body += "</ul></section>";
  }

  body += review_section(c, who, k);

  body += "<section><h2>" + escape_html(tr(l, "Timeline")) + "</h2>";
  if (log_head && log_head->head.size > 0)
    body += "<p>" +
            escape_html(tr(l,
                           "Log leaf: the event's place in the bureau's transparency log. The newest "
                           "signed tree head covers leaves #0 to")) +
            " #" + std::to_string(log_head->head.size - 1) + " (" + escape_html(tr(l, "signed")) + " " +
            escape_html(local_time(log_head->head.time, zone)) + ").</p>";
  body += "<table><tr>" + head(l, "Time") + head(l, "Event") + head(l, "Station") + head(l, "Officer") +
          head(l, "State") + head(l, "Event hash") + head(l, "Log leaf") + "</tr>";
  // The bureau's review marks among the stations' events, by time (each its own signed
  // statement: it changes no event).
  auto marks = data_.reviews().of_case(k.number);
  std::reverse(marks.begin(), marks.end());  // oldest first
  auto next_mark = marks.begin();
  for (const TimelineEntry& t : k.timeline) {
    for (; next_mark != marks.end() && next_mark->at < t.time; ++next_mark)
      body += review_timeline_row(l, *next_mark, zone);
    std::string state = t.state_after == CaseState::None ? "" : state_name(l, t.state_after);
    body +=
        "<tr>" + cell(local_time(t.time, zone)) + cell(t.type) + cell(station(t.ref.device)) + cell(officer(t.officer));
    if (!t.valid || t.late || t.conflict)
      body += "<td class=\"bad\">" + escape_html(state) + " " + escape_html(t.reason) + "</td>";
    else
      body += cell(state);
    body += "<td><code title=\"" + escape_html(t.ref.hash) + "\">" + escape_html(short_hash(t.ref.hash)) +
            "</code></td>" + cell(leaf(t.ref.hash)) + "</tr>";
  }
  for (; next_mark != marks.end(); ++next_mark) body += review_timeline_row(l, *next_mark, zone);
  body += "</table></section>";

  if (may(who.role, Permission::ReadAccessLog))
    body += "<p>" + link("/access-log?case=" + url_encode(k.number), tr(l, "Who opened this case")) + "</p>";
  return page(c, who, std::string(tr(l, "Case")) + " " + k.number, body);
}

}  // namespace fg::relay::console
