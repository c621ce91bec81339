// The read-only JSON API under /api/v1/ (docs/console.md, "API"). Times are ISO 8601 UTC.
#include <map>

#include "cases/case_queries.h"
#include "console/case_query.h"
#include "console/console_app.h"

namespace fg::relay::console {

namespace {

Json time_json(const std::optional<std::int64_t>& ms) { return ms ? Json(iso_utc(*ms)) : Json(nullptr); }

HttpResponse json_response(int status, const Json& j) {
  HttpResponse r;
  r.status = status;
  r.content_type = "application/json";
  // Stored text may hold invalid UTF-8 (a station's bytes): replaced, never a failed page.
  r.body = j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
  return r;
}

}  // namespace

HttpResponse ConsoleApp::api(Context& c, const Who& who, const std::string& path) {
  const auto& s = data_.settings();
  if (path == "/api/v1/fair") {
    const FoldResult& fold = data_.fold();
    Json by_status = Json::object();
    for (const auto& [state, count] : count_by_state(fold)) by_status[to_string(state)] = count;
    return json_response(200, {{"fair", s.fair_id},
                               {"name", s.name},
                               {"venue", s.venue},
                               {"from", s.from},
                               {"to", s.to},
                               {"timezone", s.timezone},
                               {"halls", s.halls},
                               {"events", fold.events},
                               {"cases", fold.cases.size()},
                               {"cases_by_status", by_status},
                               {"overdue_defences", overdue_defences(fold, now_())}});
  }
  if (path == "/api/v1/stations") {
    Json list = Json::array();
    for (const auto& st : data_.stations())
      list.push_back({{"code", st.code},
                      {"name", st.name},
                      {"key", st.key},
                      {"enrolled_at", iso_utc(st.enrolled_at)},
                      {"last_sync_at", time_json(st.last_sync_at)},
                      {"revoked_at", time_json(st.revoked_at)}});
    return json_response(200, {{"stations", list}});
  }
  if (path == "/api/v1/cases") {
    std::string why;
    auto q = parse_case_query(c.query, &why);
    if (!q) return json_response(400, {{"error", why}});
    const ReviewMarks& marks = data_.reviews().latest();
    const CasePage found = select_cases(data_.fold(), *q, now_(), &marks);
    Json list = Json::array();
    for (const Case* k : found.cases) {
      const auto mark = marks.find(k->number);
      list.push_back({{"number", k->number},
                      {"status", to_string(k->state)},
                      {"station", k->station},
                      {"booth", k->booth},
                      {"hall", k->hall},
                      {"complainant", complainant_name(*k)},
                      {"respondent", respondent_name(*k)},
                      {"right_type", k->right_type()},
                      {"right_number", k->right_number()},
                      {"received", time_json(k->received)},
                      {"defence_deadline", time_json(k->defence_deadline)},
                      {"outcome", k->outcome},
                      {"review", mark == marks.end() ? Json(nullptr) : Json(to_string(mark->second))}});
    }
    return json_response(200, {{"page", q->page},
                               {"pages", found.pages},
                               {"per_page", kCasesPerPage},
                               {"total", found.total},
                               {"cases", list}});
  }
  if (path.starts_with("/api/v1/cases/")) {
    const std::string number = url_decode(path.substr(14));
    const Case* k = number.find('/') == std::string::npos ? data_.fold().find(number) : nullptr;
    if (!k) return json_response(404, {{"error", "no such case"}});
    record(c, who, "case.view", k->number, "api");
    return json_response(200, case_json(*k));
  }
  return json_response(404, {{"error", "no such API path"}});
}

Json ConsoleApp::case_json(const Case& k) {
  std::map<std::string, std::string> station_of;  // device key -> station code
  for (const auto& st : data_.stations()) station_of[st.key] = st.code;
  auto station = [&](const std::string& device) {
    auto it = station_of.find(device);
    return it == station_of.end() ? Json(nullptr) : Json(it->second);
  };
  Json evidence = Json::array();
  for (const EvidenceItem& e : k.evidence)
    evidence.push_back({{"id", e.id},
                        {"fields", e.fields},
                        {"officer", e.officer},
                        {"station", station(e.source.device)},
                        {"current", e.current()},
                        {"corrects", e.corrects}});
  Json events = Json::array();
  for (const TimelineEntry& t : k.timeline)
    events.push_back({{"hash", t.ref.hash},
                      {"device", t.ref.device},
                      {"seq", t.ref.seq},
                      {"station", station(t.ref.device)},
                      {"officer", t.officer},
                      {"time", iso_utc(t.time)},
                      {"type", t.type},
                      {"valid", t.valid},
                      {"late", t.late},
                      {"conflict", t.conflict},
                      {"reason", t.reason},
                      {"state_after", t.state_after == CaseState::None ? "" : to_string(t.state_after)}});
  Json reviews = Json::array();
  // The bureau's marks, newest first, each with its signed statement (review_statement.h).
  for (const Review& r : data_.reviews().of_case(k.number))
    reviews.push_back({{"id", r.id},
                       {"mark", to_string(r.mark)},
                       {"note", r.note},
                       {"user", r.user},
                       {"at", iso_utc(r.at)},
                       {"by", "bureau"},
                       {"statement", data_.reviews().statement(r).to_json()}});
  return {{"number", k.number},
          {"status", to_string(k.state)},
          {"station", k.station},
          {"booth", k.booth},
          {"hall", k.hall},
          {"complainant", k.complainant},
          {"right", k.right},
          {"respondent", k.respondent},
          {"product", k.product},
          {"grounds", k.grounds},
          {"received", time_json(k.received)},
          {"accepted", time_json(k.accepted)},
          {"notice_served", time_json(k.served)},
          {"defence_deadline", time_json(k.defence_deadline)},
          {"decided", time_json(k.decided)},
          {"closed", time_json(k.closed)},
          {"outcome", k.outcome},
          {"measures", k.measures},
          {"sanction", k.sanction},
          {"reason", k.reason},
          {"conflicts", k.conflicts.size()},
          {"evidence", evidence},
          {"events", events},
          {"reviews", reviews}};
}

}  // namespace fg::relay::console
