#include "cases/case_json.h"

namespace fg {

namespace {
Json opt(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }
Json ref(const EventRef& r) { return {{"device", r.device}, {"seq", r.seq}, {"hash", r.hash}}; }
}  // namespace

Json to_json(const TimelineEntry& t) {
  return {{"event", ref(t.ref)}, {"officer", t.officer},
          {"time", t.time},      {"hlc", t.hlc},
          {"type", t.type},      {"valid", t.valid},
          {"late", t.late},      {"conflict", t.conflict},
          {"reason", t.reason},  {"state_after", to_string(t.state_after)}};
}

Json to_json(const Case& c) {
  Json j = {{"case_number", c.number},
            {"state", to_string(c.state)},
            {"fair", c.fair},
            {"station", c.station},
            {"booth", c.booth},
            {"hall", c.hall},
            {"complainant", c.complainant},
            {"right", c.right},
            {"respondent", c.respondent},
            {"product", c.product},
            {"grounds", c.grounds},
            {"admissibility", c.admissibility},
            {"received", opt(c.received)},
            {"accepted", opt(c.accepted)},
            {"served", opt(c.served)},
            {"defence_deadline", opt(c.defence_deadline)},
            {"decided", opt(c.decided)},
            {"closed", opt(c.closed)},
            {"outcome", c.outcome},
            {"measures", c.measures},
            {"sanction", c.sanction},
            {"reason", c.reason}};
  Json& docs = j["documents"] = Json::array();
  for (const auto& d : c.documents)
    docs.push_back({{"kind", d.kind}, {"blob", d.blob}, {"note", d.note}, {"event", ref(d.source)}});
  Json& evidence = j["evidence"] = Json::array();
  for (const auto& e : c.evidence)
    evidence.push_back({{"id", e.id},
                        {"event", ref(e.source)},
                        {"officer", e.officer},
                        {"fields", e.fields},
                        {"corrects", e.corrects},
                        {"corrected_by", e.corrected_by}});
  Json& defences = j["defences"] = Json::array();
  for (const auto& d : c.defences)
    defences.push_back({{"received_at", d.received_at},
                        {"summary", d.summary},
                        {"evidence", d.evidence},
                        {"late", d.late},
                        {"event", ref(d.source)}});
  Json& acks = j["acknowledgements"] = Json::array();
  for (const auto& a : c.acknowledgements) {
    Json& ack = acks.emplace_back(Json{{"party", a.party},
                                       {"signature", a.signature},
                                       {"signer", a.signer},
                                       {"about", a.about},
                                       {"event", ref(a.source)}});
    // Only when present, so that exports of cases without them keep their bytes.
    if (!a.role.empty()) ack["role"] = a.role;
    if (a.refused) {
      ack["refused"] = true;
      ack["photo"] = a.photo;
      ack["witness"] = a.witness;
    }
  }
  Json& conflicts = j["conflicts"] = Json::array();
  for (const auto& x : c.conflicts)
    conflicts.push_back({{"group", x.group},
                         {"held", ref(x.held)},
                         {"held_action", x.held_action},
                         {"rival", ref(x.rival)},
                         {"rival_action", x.rival_action}});
  Json& timeline = j["timeline"] = Json::array();
  for (const auto& t : c.timeline) timeline.push_back(to_json(t));
  return j;
}

Json to_json(const FoldResult& f) {
  Json cases = Json::array();
  for (const auto& c : f.cases) cases.push_back(to_json(c));
  Json unassigned = Json::array();
  for (const auto& t : f.unassigned) unassigned.push_back(to_json(t));
  return {{"events", f.events}, {"cases", std::move(cases)}, {"unassigned", std::move(unassigned)}};
}

Json to_json(const CaseSummary& s) {
  return {{"case_number", s.number},
          {"state", to_string(s.state)},
          {"booth", s.booth},
          {"hall", s.hall},
          {"respondent_booth", s.respondent_booth},
          {"right_type", s.right_type},
          {"right_number", s.right_number},
          {"received", opt(s.received)},
          {"served", opt(s.served)},
          {"defence_deadline", opt(s.defence_deadline)},
          {"decided", opt(s.decided)},
          {"outcome", s.outcome},
          {"conflicts", s.conflicts},
          {"invalid_events", s.invalid_events},
          {"defence_late", s.defence_late}};
}

}  // namespace fg
