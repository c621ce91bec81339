#pragma once
// The post-fair summary report's figures (docs/domain.md, Report figures), computed from the case fold, the signed
// booth list and the officer roster. Every figure's definition is in docs/report.md; the code below follows it line by
// line.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cases/case_fold.h"
#include "fairconfig/fair_config.h"

namespace fg::report {

// A revoked device's events after the bureau's cut-off: kept as evidence, left out of the
// fold (and so of every figure), listed among the checks with the reason.
struct SetAsideEvents {
  std::string device;  // public key hex
  std::string label;   // e.g. "S03 Hall 10 desk"
  std::int64_t after_seq = 0;
  std::int64_t events = 0;
  bool operator==(const SetAsideEvents&) const = default;
};

struct ReportInput {
  std::string fair_id, fair_name, venue, from, to;  // from/to: YYYY-MM-DD
  std::string timezone = "Asia/Shanghai";           // the fair's: its days are dates there
  const FoldResult* fold = nullptr;                 // of the working events (without those set aside)
  std::vector<Booth> booths;
  std::vector<Officer> officers;
  std::vector<SetAsideEvents> set_aside;
  // The relay's only: each marked case's latest bureau review mark ("reviewed", "follow_up"),
  // by case number (docs/console.md, "Review"); empty at a station.
  std::map<std::string, std::string, std::less<>> review_marks;
};

// Counts for one group (a right type, a hall, an industry).
struct GroupCounts {
  std::int64_t received = 0;
  std::int64_t accepted = 0;
  std::int64_t found_infringing = 0;  // cases whose outcome counts as infringing
  bool operator==(const GroupCounts&) const = default;
};

struct OfficerLoad {
  std::string id, name;           // name from the roster; empty when not on it
  std::int64_t cases_opened = 0;  // valid case.opened signed by the officer
  std::int64_t notices_served = 0;
  std::int64_t decisions = 0;  // valid decision.recorded
  std::int64_t actions = 0;    // all valid case events signed by the officer
  bool operator==(const OfficerLoad&) const = default;
};

struct RepeatRespondentRow {
  std::string respondent;
  std::vector<std::string> booths, cases;
  bool operator==(const RepeatRespondentRow&) const = default;
};

// Handling time: intake (received) to decision, over cases with a recorded decision.
struct HandlingTime {
  std::int64_t cases = 0;
  std::optional<std::int64_t> median_ms, p90_ms;  // nearest rank
  std::int64_t within_24h = 0;
  std::optional<double> share_within_24h;
  bool operator==(const HandlingTime&) const = default;
};

// Events whose device clock puts them on a day outside the fair (docs/report.md, Checks): a
// tablet with a wrong clock, or work entered after the fair. Per date in the fair's zone.
struct OutsideDay {
  std::string date;                // YYYY-MM-DD
  std::int64_t events = 0;         // case events and unassigned ones
  std::vector<std::string> cases;  // case numbers touched, sorted
  bool operator==(const OutsideDay&) const = default;
};

struct Figures {
  std::string fair_id, fair_name, venue, from, to;

  std::int64_t complaints_received = 0;  // cases opened
  std::int64_t complaints_accepted = 0;
  std::int64_t complaints_rejected = 0;
  std::int64_t respondents = 0;  // distinct respondents of accepted complaints
  std::int64_t respondents_found_infringing = 0;
  std::optional<double> infringing_rate;          // found infringing / respondents
  std::int64_t respondents_withdrew_exhibit = 0;  // withdrew an exhibit (all, even if found infringing elsewhere)

  std::map<std::string, GroupCounts> by_right_type;  // "" = not recorded
  std::int64_t patent_cases = 0, design_cases = 0;
  std::optional<double> design_share_of_patents;

  std::int64_t foreign_related = 0;  // 涉外: complainant country recorded, not CN, HK, MO or TW
  std::optional<double> foreign_share;
  std::int64_t hk_macao_taiwan = 0;  // 涉港澳台: complainant from HK, MO or TW (reported apart)
  std::optional<double> hk_macao_taiwan_share;
  std::int64_t filed_by_agent = 0;
  std::optional<double> agent_share;

  std::map<std::string, GroupCounts> by_hall;      // "" = unknown
  std::map<std::string, GroupCounts> by_industry;  // "" = unknown

  std::map<std::string, std::int64_t> outcomes;   // of every received case; "open" = none yet
  std::map<std::string, std::int64_t> measures;   // cases per measure taken
  std::map<std::string, std::int64_t> sanctions;  // decided cases per sanction

  HandlingTime handling;
  std::vector<RepeatRespondentRow> repeat_respondents;
  std::int64_t transfers = 0;         // transferred as formal cases
  std::vector<OfficerLoad> officers;  // by id

  // What the bureau must look at by hand before publishing.
  std::int64_t cases_with_conflicts = 0;
  std::int64_t invalid_events = 0;
  std::int64_t unassigned_events = 0;
  std::int64_t set_aside_events = 0;  // "set aside: device revoked", per device in set_aside
  std::vector<SetAsideEvents> set_aside;
  std::int64_t events_outside_days = 0;  // dated before `from` or after `to`, per date below
  std::vector<OutsideDay> outside_days;
  std::int64_t events = 0;

  // The bureau's review of the received cases in the console (ReportInput::review_marks): by
  // each case's latest mark; each received case is in exactly one of the three.
  std::int64_t cases_reviewed = 0, cases_follow_up = 0, cases_not_reviewed = 0;

  bool operator==(const Figures&) const = default;
};

// Whether a decision outcome counts as "found infringing" (docs/report.md): only
// exhibit_covered. A respondent who withdraws the exhibit (exhibit_withdrawn) is not counted.
bool outcome_is_infringing(const std::string& outcome);
// A firm's name compared across cases: full-width letters, digits and punctuation as ASCII,
// no spaces (ASCII or full-width), lower case, without trailing . , or 。
// ("ＹＯＮＧＫＡＮＧ　Tools Co" and "Yongkang Tools Co." are one).
std::string normalised_name(std::string_view name);
// The respondent's identity across cases (docs/report.md): the booth list's exhibitor of the
// respondent booth when the booth is on the list (so a firm's Chinese and English names at
// the same booth are one); else the recorded exhibitor name; else the booth. Names normalised.
std::string respondent_key(const Case& c, const std::map<std::string, const Booth*>& booths);
// Hall and industry of a case: from the booth list by the respondent booth, else as recorded.
std::string case_hall(const Case& c, const std::map<std::string, const Booth*>& booths);
std::string case_industry(const Case& c, const std::map<std::string, const Booth*>& booths);
// 涉外 and 涉港澳台 are separate figures in Chinese enforcement statistics: a complainant from
// Hong Kong, Macao or Taiwan is counted in the second, never in the first.
bool case_foreign(const Case& c);
bool case_hk_macao_taiwan(const Case& c);
bool case_by_agent(const Case& c);

Figures compute_figures(const ReportInput& in);

// One scalar figure against the previous session.
struct Change {
  std::string key;
  double current = 0, previous = 0;
  double delta = 0;
  std::optional<double> percent;  // relative change; none when previous is 0
};
// The headline figures (same keys as figures.csv) and their change.
std::vector<std::pair<std::string, double>> headline(const Figures& f);
std::vector<Change> compare(const Figures& current, const Figures& previous);
// A headline key's name in the papers: Chinese and English ("收到投诉", "Complaints received").
struct FigureName {
  std::string_view zh, en;
};
FigureName headline_name(std::string_view key);

}  // namespace fg::report
