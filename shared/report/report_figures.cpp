#include "report/report_figures.h"

#include <map>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "cases/event_types.h"
#include "fairconfig/fair_time.h"
#include "ledger/json_fields.h"

namespace fg::report {

namespace {

std::optional<double> share(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

// Nearest rank: the smallest value with at least p percent of the values at or below it.
std::int64_t nearest_rank(const std::vector<std::int64_t>& sorted, int percent) {
  const std::size_t n = sorted.size();
  std::size_t rank = (static_cast<std::size_t>(percent) * n + 99) / 100;  // ceil(p/100 * n)
  if (rank < 1) rank = 1;
  return sorted[rank - 1];
}

// Dates of event times in the fair's zone, read once per quarter hour (every zone's offset is a
// multiple of 15 minutes, so a local midnight never falls inside one).
class FairDates {
 public:
  explicit FairDates(std::string zone) : zone_(std::move(zone)) {}
  const std::string& of(std::int64_t ms) {
    constexpr std::int64_t kQuarter = 15 * 60 * 1000;
    const std::int64_t bucket = ms >= 0 ? ms / kQuarter : (ms - kQuarter + 1) / kQuarter;
    auto it = dates_.find(bucket);
    if (it == dates_.end()) it = dates_.emplace(bucket, format_fair_date(bucket * kQuarter, zone_)).first;
    return it->second;
  }

 private:
  std::string zone_;
  std::map<std::int64_t, std::string> dates_;
};

void count_outside_days(const ReportInput& in, const FoldResult& fold, Figures& f) {
  if (in.from.empty() || in.to.empty()) return;
  FairDates dates(in.timezone);
  std::map<std::string, OutsideDay> by_date;
  std::map<std::string, std::set<std::string>> cases;
  auto check = [&](const TimelineEntry& t, const std::string* number) {
    const std::string& date = dates.of(t.time);
    if (date >= in.from && date <= in.to) return;
    ++f.events_outside_days;
    OutsideDay& d = by_date[date];
    d.date = date;
    ++d.events;
    if (number) cases[date].insert(*number);
  };
  for (const Case& c : fold.cases)
    for (const TimelineEntry& t : c.timeline) check(t, &c.number);
  for (const TimelineEntry& t : fold.unassigned) check(t, nullptr);
  for (auto& [date, d] : by_date) {
    d.cases.assign(cases[date].begin(), cases[date].end());
    f.outside_days.push_back(std::move(d));
  }
}

bool is_patent(const std::string& right_type) {
  return right_type == "invention" || right_type == "utility_model" || right_type == "design";
}

}  // namespace

bool outcome_is_infringing(const std::string& outcome) { return outcome == "exhibit_covered"; }

std::string normalised_name(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(name[k]); };
    unsigned char ch = byte(i);
    std::size_t step = 1;
    if (i + 2 < name.size() && ch == 0xE3 && byte(i + 1) == 0x80 && byte(i + 2) == 0x80) {
      ch = ' ';  // U+3000 ideographic space
      step = 3;
    } else if (i + 2 < name.size() && ch == 0xEF && (byte(i + 1) == 0xBC || byte(i + 1) == 0xBD) &&
               (byte(i + 2) & 0xC0) == 0x80) {
      const unsigned cp = 0xF000u | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width ASCII
        ch = static_cast<unsigned char>(cp - 0xFEE0);
        step = 3;
      }
    }
    if (step == 3 || ch < 0x80) {
      if (!std::isspace(ch)) out += static_cast<char>(std::tolower(ch));
    } else {
      out += static_cast<char>(ch);  // other UTF-8 bytes as they are
    }
    i += step;
  }
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view tail : {".", ",", "\xE3\x80\x82"})  // . , 。 (full-width ，． are ASCII by now)
      if (out.size() >= tail.size() && out.compare(out.size() - tail.size(), tail.size(), tail) == 0) {
        out.resize(out.size() - tail.size());
        trimmed = true;
      }
  }
  return out;
}

std::string respondent_key(const Case& c, const std::map<std::string, const Booth*>& booths) {
  if (auto it = booths.find(c.respondent_booth()); it != booths.end() && !it->second->exhibitor.empty())
    return "name:" + normalised_name(it->second->exhibitor);
  const std::string name = normalised_name(string_at(c.respondent, "exhibitor"));
  return name.empty() ? "booth:" + c.respondent_booth() : "name:" + name;
}

std::string case_hall(const Case& c, const std::map<std::string, const Booth*>& booths) {
  if (auto it = booths.find(c.respondent_booth()); it != booths.end()) return it->second->hall;
  if (std::string h = string_at(c.respondent, "hall"); !h.empty()) return h;
  return c.hall;
}

std::string case_industry(const Case& c, const std::map<std::string, const Booth*>& booths) {
  if (auto it = booths.find(c.respondent_booth()); it != booths.end() && !it->second->industry.empty())
    return it->second->industry;
  return string_at(c.respondent, "industry");
}

namespace {
std::string complainant_country(const Case& c) {
  std::string country = string_at(c.complainant, "country");
  for (char& ch : country) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return country;
}
}  // namespace

bool case_hk_macao_taiwan(const Case& c) {
  const std::string country = complainant_country(c);
  return country == "HK" || country == "MO" || country == "TW";
}

bool case_foreign(const Case& c) {
  const std::string country = complainant_country(c);
  return !country.empty() && country != "CN" && !case_hk_macao_taiwan(c);
}

bool case_by_agent(const Case& c) { return !string_at(c.complainant, "agent").empty(); }

Figures compute_figures(const ReportInput& in) {
  Figures f;
  f.fair_id = in.fair_id;
  f.fair_name = in.fair_name;
  f.venue = in.venue;
  f.from = in.from;
  f.to = in.to;
  f.set_aside = in.set_aside;
  for (const auto& s : in.set_aside) f.set_aside_events += s.events;
  if (!in.fold) return f;
  const FoldResult& fold = *in.fold;
  f.events = fold.events;
  f.unassigned_events = static_cast<std::int64_t>(fold.unassigned.size());

  std::map<std::string, const Booth*> booths;
  for (const Booth& b : in.booths) booths[b.booth] = &b;
  std::map<std::string, OfficerLoad> load;
  for (const Officer& o : in.officers) load[o.id] = OfficerLoad{o.id, o.name};

  std::set<std::string> respondents, infringing, withdrew;
  std::vector<std::int64_t> handling;
  for (const Case& c : fold.cases) {
    f.invalid_events += c.invalid_events();
    for (const TimelineEntry& t : c.timeline) {
      if (!t.valid) continue;
      OfficerLoad& o = load[t.officer];
      o.id = t.officer;
      ++o.actions;
      if (t.type == events::kCaseOpened) ++o.cases_opened;
      if (t.type == events::kNoticeServed) ++o.notices_served;
      if (t.type == events::kDecisionRecorded) ++o.decisions;
    }
    if (c.state == CaseState::None) continue;  // never opened: not a complaint received
    if (!c.conflicts.empty()) ++f.cases_with_conflicts;

    const bool accepted = c.accepted.has_value();
    const bool found = outcome_is_infringing(c.outcome);
    ++f.complaints_received;
    const auto mark = in.review_marks.find(c.number);
    if (mark == in.review_marks.end())
      ++f.cases_not_reviewed;
    else
      ++(mark->second == "reviewed" ? f.cases_reviewed : f.cases_follow_up);
    if (accepted) ++f.complaints_accepted;
    if (c.outcome == "rejected") ++f.complaints_rejected;
    if (accepted) {
      respondents.insert(respondent_key(c, booths));
      if (found) infringing.insert(respondent_key(c, booths));
      if (c.outcome == "exhibit_withdrawn") withdrew.insert(respondent_key(c, booths));
    }

    auto count = [&](GroupCounts& g) {
      ++g.received;
      if (accepted) ++g.accepted;
      if (found) ++g.found_infringing;
    };
    const std::string right = c.right_type();
    count(f.by_right_type[right]);
    if (is_patent(right)) ++f.patent_cases;
    if (right == "design") ++f.design_cases;
    count(f.by_hall[case_hall(c, booths)]);
    count(f.by_industry[case_industry(c, booths)]);
    if (case_foreign(c)) ++f.foreign_related;
    if (case_hk_macao_taiwan(c)) ++f.hk_macao_taiwan;
    if (case_by_agent(c)) ++f.filed_by_agent;

    ++f.outcomes[c.outcome.empty() ? "open" : c.outcome];
    if (c.outcome == "transferred") ++f.transfers;
    if (c.decided) {
      std::set<std::string> distinct(c.measures.begin(), c.measures.end());
      for (const auto& m : distinct) ++f.measures[m];
      ++f.sanctions[c.sanction.empty() ? "none" : c.sanction];
      if (c.received) handling.push_back(*c.decided - *c.received);
    }
  }
  f.respondents = static_cast<std::int64_t>(respondents.size());
  f.respondents_found_infringing = static_cast<std::int64_t>(infringing.size());
  // Every respondent who withdrew is counted, also one found infringing in another complaint:
  // a withdrawal hidden behind another finding was invisible on the page.
  f.respondents_withdrew_exhibit = static_cast<std::int64_t>(withdrew.size());
  f.infringing_rate = share(f.respondents_found_infringing, f.respondents);
  f.design_share_of_patents = share(f.design_cases, f.patent_cases);
  f.foreign_share = share(f.foreign_related, f.complaints_received);
  f.hk_macao_taiwan_share = share(f.hk_macao_taiwan, f.complaints_received);
  f.agent_share = share(f.filed_by_agent, f.complaints_received);

  std::sort(handling.begin(), handling.end());
  f.handling.cases = static_cast<std::int64_t>(handling.size());
  if (!handling.empty()) {
    f.handling.median_ms = nearest_rank(handling, 50);
    f.handling.p90_ms = nearest_rank(handling, 90);
    f.handling.within_24h =
        std::count_if(handling.begin(), handling.end(), [](std::int64_t ms) { return ms <= events::kDefencePeriodMs; });
    f.handling.share_within_24h = share(f.handling.within_24h, f.handling.cases);
  }

  // Repeat respondents by the same identity as `respondents`: accepted complaints naming a booth.
  std::map<std::string, RepeatRespondentRow> by_respondent;
  for (const Case& c : fold.cases) {
    if (c.state == CaseState::None || !c.accepted || c.respondent_booth().empty()) continue;
    RepeatRespondentRow& r = by_respondent[respondent_key(c, booths)];
    if (r.respondent.empty()) {  // the booth list spells the exhibitor as the fair knows it
      auto listed = booths.find(c.respondent_booth());
      r.respondent = listed != booths.end() && !listed->second->exhibitor.empty()
                         ? listed->second->exhibitor
                         : string_at(c.respondent, "exhibitor");
      if (r.respondent.empty()) r.respondent = c.respondent_booth();
    }
    r.booths.push_back(c.respondent_booth());
    r.cases.push_back(c.number);
  }
  for (auto& [key, r] : by_respondent) {
    if (r.cases.size() < 2) continue;
    std::sort(r.booths.begin(), r.booths.end());
    r.booths.erase(std::unique(r.booths.begin(), r.booths.end()), r.booths.end());
    f.repeat_respondents.push_back(std::move(r));
  }
  for (auto& [id, o] : load) f.officers.push_back(std::move(o));
  count_outside_days(in, fold, f);
  return f;
}

FigureName headline_name(std::string_view key) {
  static const std::map<std::string_view, FigureName> names = {
      {"complaints_received", {"收到投诉", "Complaints received"}},
      {"complaints_accepted", {"受理投诉", "Complaints accepted"}},
      {"complaints_rejected", {"不予受理", "Rejected"}},
      {"respondents", {"被投诉人", "Respondents"}},
      {"respondents_found_infringing", {"认定侵权", "Found infringing"}},
      {"infringing_rate", {"侵权率", "Infringing rate"}},
      {"respondents_withdrew_exhibit", {"主动撤展", "Withdrew exhibit"}},
      {"patent_cases", {"专利投诉", "Patent cases"}},
      {"design_cases", {"外观设计投诉", "Design patent cases"}},
      {"design_share_of_patents", {"外观设计占专利投诉", "Design share of patent cases"}},
      {"foreign_related", {"涉外投诉件数", "Foreign-related complaints"}},
      {"foreign_share", {"涉外投诉", "Foreign-related share"}},
      {"hk_macao_taiwan", {"涉港澳台投诉件数", "Hong Kong, Macao and Taiwan complaints"}},
      {"hk_macao_taiwan_share", {"涉港澳台投诉", "Hong Kong, Macao and Taiwan share"}},
      {"filed_by_agent", {"代理人投诉件数", "Complaints filed through agents"}},
      {"agent_share", {"代理人投诉", "Filed through agents"}},
      {"decided_cases", {"已决定案件", "Decided cases"}},
      {"handling_median_hours", {"处理时长中位数", "Handling time, median"}},
      {"handling_p90_hours", {"处理时长90分位", "Handling time, 90th percentile"}},
      {"handling_within_24h_share", {"24小时内处理", "Decided within 24 h"}},
      {"repeat_respondents", {"重复被投诉人", "Repeat respondents"}},
      {"transfers", {"移交立案", "Transferred as formal cases"}},
      {"cases_with_conflicts", {"存在冲突的案件", "Cases with conflicts"}},
      {"invalid_events", {"无效事件", "Invalid events"}},
      {"unassigned_events", {"未归属事件", "Unassigned events"}},
      {"set_aside_events", {"搁置事件（设备已吊销）", "Set aside (device revoked)"}},
      {"events_outside_fair_days", {"展期外的事件", "Events outside the fair's days"}},
      {"cases_reviewed", {"已审核案件", "Cases reviewed"}},
      {"cases_follow_up", {"需跟进案件", "Cases needing follow-up"}},
      {"cases_not_reviewed", {"未审核案件", "Cases not reviewed"}},
  };
  const auto it = names.find(key);
  return it == names.end() ? FigureName{key, key} : it->second;
}

std::vector<std::pair<std::string, double>> headline(const Figures& f) {
  auto d = [](std::int64_t v) { return static_cast<double>(v); };
  auto o = [](const std::optional<double>& v) { return v.value_or(0.0); };
  return {
      {"complaints_received", d(f.complaints_received)},
      {"complaints_accepted", d(f.complaints_accepted)},
      {"complaints_rejected", d(f.complaints_rejected)},
      {"respondents", d(f.respondents)},
      {"respondents_found_infringing", d(f.respondents_found_infringing)},
      {"infringing_rate", o(f.infringing_rate)},
      {"respondents_withdrew_exhibit", d(f.respondents_withdrew_exhibit)},
      {"patent_cases", d(f.patent_cases)},
      {"design_cases", d(f.design_cases)},
      {"design_share_of_patents", o(f.design_share_of_patents)},
      {"foreign_related", d(f.foreign_related)},
      {"foreign_share", o(f.foreign_share)},
      {"hk_macao_taiwan", d(f.hk_macao_taiwan)},
      {"hk_macao_taiwan_share", o(f.hk_macao_taiwan_share)},
      {"filed_by_agent", d(f.filed_by_agent)},
      {"agent_share", o(f.agent_share)},
      {"decided_cases", d(f.handling.cases)},
      {"handling_median_hours", f.handling.median_ms ? *f.handling.median_ms / 3.6e6 : 0.0},
      {"handling_p90_hours", f.handling.p90_ms ? *f.handling.p90_ms / 3.6e6 : 0.0},
      {"handling_within_24h_share", o(f.handling.share_within_24h)},
      {"repeat_respondents", d(static_cast<std::int64_t>(f.repeat_respondents.size()))},
      {"transfers", d(f.transfers)},
      {"cases_with_conflicts", d(f.cases_with_conflicts)},
      {"invalid_events", d(f.invalid_events)},
      {"unassigned_events", d(f.unassigned_events)},
      {"set_aside_events", d(f.set_aside_events)},
      {"events_outside_fair_days", d(f.events_outside_days)},
      {"cases_reviewed", d(f.cases_reviewed)},
      {"cases_follow_up", d(f.cases_follow_up)},
      {"cases_not_reviewed", d(f.cases_not_reviewed)},
  };
}

std::vector<Change> compare(const Figures& current, const Figures& previous) {
  auto now = headline(current), before = headline(previous);
  std::vector<Change> out;
  for (std::size_t i = 0; i < now.size(); ++i) {
    Change c{now[i].first, now[i].second, before[i].second, now[i].second - before[i].second, std::nullopt};
    if (before[i].second != 0) c.percent = c.delta / before[i].second;
    out.push_back(c);
  }
  return out;
}

}  // namespace fg::report
