#include "report/report_output.h"

#include "report/csv_cell.h"

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>
#include <sstream>

#include "ledger/json_fields.h"

namespace fg::report {

namespace {

Json opt(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }
Json opt(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

// A group with no value is `unknown` in every output, so cases.csv adds up to figures.json.
std::string or_unknown(const std::string& group) { return group.empty() ? "unknown" : group; }

Json groups(const std::map<std::string, GroupCounts>& m) {
  Json out = Json::object();
  for (const auto& [k, g] : m)
    out[or_unknown(k)] = {{"received", g.received}, {"accepted", g.accepted}, {"found_infringing", g.found_infringing}};
  return out;
}

std::string number(double v) {
  char buf[64];
  if (v == static_cast<double>(static_cast<std::int64_t>(v)) && std::abs(v) < 1e15)
    std::snprintf(buf, sizeof buf, "%" PRId64, static_cast<std::int64_t>(v));
  else
    std::snprintf(buf, sizeof buf, "%.6f", v);
  return buf;
}

}  // namespace

std::string percent_text(const std::optional<double>& share) {
  if (!share) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f %%", *share * 100);
  return buf;
}

std::string hours_text(const std::optional<std::int64_t>& ms) {
  if (!ms) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f h", static_cast<double>(*ms) / 3.6e6);
  return buf;
}

ChangeCells change_cells(const Change& c) {
  const std::string_view key = c.key;
  char previous[32], delta[48];
  if (key.find("_share") != std::string_view::npos || key.ends_with("_rate")) {
    std::snprintf(previous, sizeof previous, "%.1f %%", c.previous * 100);
    std::snprintf(delta, sizeof delta, "%+.1f pt", c.delta * 100);
  } else if (key.ends_with("_hours")) {
    std::snprintf(previous, sizeof previous, "%.1f h", c.previous);
    std::snprintf(delta, sizeof delta, "%+.1f h", c.delta);
  } else {
    std::snprintf(previous, sizeof previous, "%.0f", c.previous);
    if (c.percent)
      std::snprintf(delta, sizeof delta, "%+.0f (%+.1f %%)", c.delta, *c.percent * 100);
    else
      std::snprintf(delta, sizeof delta, "%+.0f", c.delta);
  }
  return {previous, delta};
}

std::string iso_utc(const std::optional<std::int64_t>& ms) {
  if (!ms) return {};
  std::time_t t = static_cast<std::time_t>(*ms / 1000 - (*ms % 1000 < 0 ? 1 : 0));
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Json figures_json(const Figures& f, const std::vector<Change>* changes) {
  Json j;
  j["format"] = "fairguard-report-1";
  j["fair"] = {{"id", f.fair_id}, {"name", f.fair_name}, {"venue", f.venue}, {"from", f.from}, {"to", f.to}};
  j["complaints"] = {
      {"received", f.complaints_received}, {"accepted", f.complaints_accepted}, {"rejected", f.complaints_rejected}};
  j["respondents"] = {{"total", f.respondents},
                      {"found_infringing", f.respondents_found_infringing},
                      {"infringing_rate", opt(f.infringing_rate)},
                      {"withdrew_exhibit", f.respondents_withdrew_exhibit}};
  j["right_types"] = groups(f.by_right_type);
  j["patents"] = {
      {"cases", f.patent_cases}, {"design", f.design_cases}, {"design_share", opt(f.design_share_of_patents)}};
  j["foreign_related"] = {{"cases", f.foreign_related}, {"share", opt(f.foreign_share)}};
  j["hk_macao_taiwan"] = {{"cases", f.hk_macao_taiwan}, {"share", opt(f.hk_macao_taiwan_share)}};
  j["agents"] = {{"cases", f.filed_by_agent}, {"share", opt(f.agent_share)}};
  j["halls"] = groups(f.by_hall);
  j["industries"] = groups(f.by_industry);
  j["outcomes"] = f.outcomes;
  j["measures"] = f.measures;
  j["sanctions"] = f.sanctions;
  j["handling"] = {{"decided_cases", f.handling.cases},
                   {"median_ms", opt(f.handling.median_ms)},
                   {"p90_ms", opt(f.handling.p90_ms)},
                   {"within_24h", f.handling.within_24h},
                   {"share_within_24h", opt(f.handling.share_within_24h)}};
  Json repeats = Json::array();
  for (const auto& r : f.repeat_respondents)
    repeats.push_back({{"respondent", r.respondent}, {"booths", r.booths}, {"cases", r.cases}});
  j["repeat_respondents"] = repeats;
  j["transfers"] = f.transfers;
  Json officers = Json::array();
  for (const auto& o : f.officers)
    officers.push_back({{"id", o.id},
                        {"name", o.name},
                        {"cases_opened", o.cases_opened},
                        {"notices_served", o.notices_served},
                        {"decisions", o.decisions},
                        {"actions", o.actions}});
  j["officers"] = officers;
  Json set_aside = Json::array();
  for (const auto& s : f.set_aside)
    set_aside.push_back({{"device", s.device},
                         {"label", s.label},
                         {"after_seq", s.after_seq},
                         {"events", s.events},
                         {"reason", "device revoked"}});
  Json outside = Json::array();
  for (const auto& d : f.outside_days) outside.push_back({{"date", d.date}, {"events", d.events}, {"cases", d.cases}});
  j["checks"] = {{"events", f.events},
                 {"cases_with_conflicts", f.cases_with_conflicts},
                 {"invalid_events", f.invalid_events},
                 {"unassigned_events", f.unassigned_events},
                 {"set_aside_events", f.set_aside_events},
                 {"set_aside", set_aside},
                 {"events_outside_fair_days", f.events_outside_days},
                 {"outside_fair_days", outside}};
  j["review"] = {
      {"reviewed", f.cases_reviewed}, {"follow_up", f.cases_follow_up}, {"not_reviewed", f.cases_not_reviewed}};
  if (changes) {
    Json ch = Json::object();
    for (const auto& c : *changes)
      ch[c.key] = {{"current", c.current}, {"previous", c.previous}, {"delta", c.delta}, {"percent", opt(c.percent)}};
    j["change"] = ch;
  }
  return j;
}

std::string figures_csv(const Figures& f, const std::vector<Change>* changes) {
  std::ostringstream out;
  out << "section,key,value" << (changes ? ",previous,delta,percent" : "") << "\r\n";
  auto headline_rows = headline(f);
  for (std::size_t i = 0; i < headline_rows.size(); ++i) {
    out << "summary," << headline_rows[i].first << "," << number(headline_rows[i].second);
    if (changes) {
      const Change& c = (*changes)[i];
      out << "," << number(c.previous) << "," << number(c.delta) << "," << (c.percent ? number(*c.percent) : "");
    }
    out << "\r\n";
  }
  auto rows = [&](const std::string& section, const std::map<std::string, GroupCounts>& m) {
    for (const auto& [k, g] : m) {
      const std::string key = csv_cell(or_unknown(k));
      out << section << "_received," << key << "," << g.received << "\r\n";
      out << section << "_accepted," << key << "," << g.accepted << "\r\n";
      out << section << "_found_infringing," << key << "," << g.found_infringing << "\r\n";
    }
  };
  rows("right_type", f.by_right_type);
  rows("hall", f.by_hall);
  rows("industry", f.by_industry);
  for (const auto& [k, v] : f.outcomes) out << "outcome," << csv_cell(k) << "," << v << "\r\n";
  for (const auto& [k, v] : f.measures) out << "measure," << csv_cell(k) << "," << v << "\r\n";
  for (const auto& [k, v] : f.sanctions) out << "sanction," << csv_cell(k) << "," << v << "\r\n";
  for (const auto& o : f.officers) {
    const std::string id = csv_cell(o.id);
    out << "officer_cases_opened," << id << "," << o.cases_opened << "\r\n";
    out << "officer_notices_served," << id << "," << o.notices_served << "\r\n";
    out << "officer_decisions," << id << "," << o.decisions << "\r\n";
    out << "officer_actions," << id << "," << o.actions << "\r\n";
  }
  for (const auto& r : f.repeat_respondents)
    out << "repeat_respondent," << csv_cell(r.respondent) << "," << r.cases.size() << "\r\n";
  return out.str();
}

const std::vector<std::string>& case_columns() {
  static const std::vector<std::string> cols = {"case_number",
                                                "fair",
                                                "station",
                                                "state",
                                                "received_at",
                                                "accepted_at",
                                                "notice_served_at",
                                                "decided_at",
                                                "closed_at",
                                                "handling_hours",
                                                "hall",
                                                "booth",
                                                "exhibitor",
                                                "delegation",
                                                "industry",
                                                "complainant",
                                                "complainant_kind",
                                                "complainant_country",
                                                "foreign_related",
                                                "hk_macao_taiwan",
                                                "agent",
                                                "right_type",
                                                "right_number",
                                                "product",
                                                "outcome",
                                                "found_infringing",
                                                "measures",
                                                "sanction",
                                                "transferred",
                                                "repeat_respondent",
                                                "rejection_reason",
                                                "officers",
                                                "conflicts",
                                                "invalid_events",
                                                "review"};
  return cols;
}

std::string cases_csv(const ReportInput& in) {
  std::ostringstream out;
  const auto& cols = case_columns();
  out << csv_row(cols);
  if (!in.fold) return out.str();
  std::map<std::string, const Booth*> booths;
  for (const Booth& b : in.booths) booths[b.booth] = &b;
  std::map<std::string, int> accepted_per_respondent;
  for (const Case& c : in.fold->cases)
    if (c.state != CaseState::None && c.accepted && !c.respondent_booth().empty())
      ++accepted_per_respondent[respondent_key(c, booths)];

  for (const Case& c : in.fold->cases) {
    if (c.state == CaseState::None) continue;
    const Booth* booth = nullptr;
    if (auto it = booths.find(c.respondent_booth()); it != booths.end()) booth = it->second;
    std::string exhibitor = string_at(c.respondent, "exhibitor");
    if (exhibitor.empty() && booth) exhibitor = booth->exhibitor;
    std::string delegation = string_at(c.respondent, "delegation");
    if (delegation.empty() && booth) delegation = booth->delegation;
    std::string measures;
    for (const auto& m : c.measures) measures += (measures.empty() ? "" : ";") + m;
    std::set<std::string> officer_set;
    for (const auto& t : c.timeline)
      if (t.valid) officer_set.insert(t.officer);
    std::string officers;
    for (const auto& o : officer_set) officers += (officers.empty() ? "" : ";") + o;
    std::string hours;
    if (c.decided && c.received) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(*c.decided - *c.received) / 3.6e6);
      hours = buf;
    }
    const bool repeat =
        c.accepted && !c.respondent_booth().empty() && accepted_per_respondent[respondent_key(c, booths)] > 1;
    const auto mark = in.review_marks.find(c.number);
    const std::string review_mark = mark == in.review_marks.end() ? "" : mark->second;
    const std::vector<std::string> row = {c.number,
                                          c.fair,
                                          c.station,
                                          to_string(c.state),
                                          iso_utc(c.received),
                                          iso_utc(c.accepted),
                                          iso_utc(c.served),
                                          iso_utc(c.decided),
                                          iso_utc(c.closed),
                                          hours,
                                          or_unknown(case_hall(c, booths)),
                                          c.respondent_booth(),
                                          exhibitor,
                                          delegation,
                                          or_unknown(case_industry(c, booths)),
                                          string_at(c.complainant, "name"),
                                          string_at(c.complainant, "kind"),
                                          string_at(c.complainant, "country"),
                                          case_foreign(c) ? "1" : "0",
                                          case_hk_macao_taiwan(c) ? "1" : "0",
                                          string_at(c.complainant, "agent"),
                                          or_unknown(c.right_type()),
                                          c.right_number(),
                                          string_at(c.product, "description"),
                                          c.outcome,
                                          outcome_is_infringing(c.outcome) ? "1" : "0",
                                          measures,
                                          c.sanction,
                                          c.outcome == "transferred" ? "1" : "0",
                                          repeat ? "1" : "0",
                                          c.outcome == "rejected" ? c.reason : std::string{},
                                          officers,
                                          std::to_string(c.conflicts.size()),
                                          std::to_string(c.invalid_events()),
                                          review_mark};
    out << csv_row(row);
  }
  return out.str();
}

}  // namespace fg::report
