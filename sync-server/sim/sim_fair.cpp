#include "sim/sim_fair.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <stdexcept>

#include "cases/event_types.h"
#include "fairconfig/fair_time.h"
#include "sim/sim_content.h"
#include "sim/sim_papers.h"
#include "sim/sim_photo.h"
#include "sim/sim_station.h"

namespace fg::relay {

namespace ev = fg::events;

namespace {

constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMinute;

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::int64_t parse_day(const std::string& text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 ||
      d < 1 || d > 31 || y < 2020 || y > 2099)
    throw std::invalid_argument("not a date YYYY-MM-DD from 2020 on: " + text);
  return days_from_civil(y, m, d);
}

int utc_offset_ms(std::int64_t ms, const std::string& zone) {
  auto t = fair_time(ms, zone);
  return t ? t->utc_offset_s * 1000 : 0;  // a zone that cannot be read: UTC
}

}  // namespace

std::int64_t FairDays::local_ms(int day, int minute) const {
  const std::int64_t as_utc = (parse_day(first_day) + day) * 24 * kHour + minute * kMinute;
  const std::int64_t guess = as_utc - utc_offset_ms(as_utc, zone);
  return as_utc - utc_offset_ms(guess, zone);
}

int FairDays::day_of(std::int64_t ms) const {
  const std::int64_t local = ms + utc_offset_ms(ms, zone);
  const std::int64_t day = local / (24 * kHour) - parse_day(first_day);
  return static_cast<int>(std::clamp<std::int64_t>(day, -100000, 100000));
}

FairDays fair_days(const FairConfig* config, const std::string& start) {
  FairDays d;
  if (config && !config->fair.from.empty()) {
    d.first_day = config->fair.from;
    if (!config->fair.timezone.empty()) d.zone = config->fair.timezone;
    if (!config->fair.to.empty())
      d.days =
          static_cast<int>(std::clamp<std::int64_t>(parse_day(config->fair.to) - parse_day(d.first_day) + 1, 1, 60));
  }
  if (!start.empty()) d.first_day = start;
  if (d.first_day.empty()) throw std::invalid_argument("the fair has no first day: give --start YYYY-MM-DD");
  parse_day(d.first_day);
  return d;
}

namespace {

// Moves a time forward past closing into the next day's opening hours (work stops at 18:00
// and goes on at 09:30). Returns -1 past the fair's last day: that step never happens.
std::int64_t in_hours(const FairDays& days, std::int64_t t) {
  for (int guard = 0; guard < 3; ++guard) {
    const int day = days.day_of(t);
    if (day >= days.days) return -1;
    if (t < days.local_ms(day, days.open_minute)) return days.local_ms(day, days.open_minute);
    const std::int64_t close = days.local_ms(day, days.close_minute);
    if (t <= close) return t;
    t = days.local_ms(day + 1, days.open_minute) + std::min<std::int64_t>(t - close, 2 * kHour);
  }
  return -1;
}

// lo to hi minutes, to the millisecond.
std::int64_t minutes(std::mt19937_64& rng, int lo, int hi) {
  return (lo + static_cast<std::int64_t>(rng() % static_cast<unsigned>(hi - lo + 1))) * kMinute +
         static_cast<std::int64_t>(rng() % kMinute);
}

// One case's steps, built in time order; a step pushed past the last day ends the case there.
class CaseBuilder {
 public:
  CaseBuilder(const FairDays& days, PlannedCase& c) : days_(days), c_(c) {}
  bool over() const { return over_; }
  std::int64_t last() const { return t_; }
  // At `t` (moved into opening hours), or nothing when the fair has ended by then.
  bool at(std::int64_t t, int station, const std::string& officer, std::string_view type, Json body, int photo_kb = 0) {
    if (over_) return false;
    t = in_hours(days_, std::max(t, t_));
    if (t < 0) return over_ = true, false;
    t_ = t;
    c_.steps.push_back({t, station, officer, std::string(type), std::move(body), photo_kb});
    return true;
  }
  bool after(std::int64_t delay, int station, const std::string& officer, std::string_view type, Json body = {},
             int photo_kb = 0) {
    return at(t_ + delay, station, officer, type, body.is_null() ? Json::object() : std::move(body), photo_kb);
  }

 private:
  const FairDays& days_;
  PlannedCase& c_;
  std::int64_t t_ = 0;
  bool over_ = false;
};

// The first day whose opening is after `t`'s day: a station that was not there sees the case
// only after the evening's sync.
std::int64_t next_morning(const FairDays& days, std::int64_t t, std::mt19937_64& rng) {
  return days.local_ms(days.day_of(t) + 1, days.open_minute) + minutes(rng, 0, 120);
}

std::string officer_of(const FairConfig* config, std::mt19937_64& rng, int station) {
  if (config && !config->officers.empty()) return config->officers[rng() % config->officers.size()].id;
  return "officer-" + std::to_string(station + 1);
}

// The second officer who saw a refusal to sign (two officers serve a notice): another of the
// roster, or none when the roster has one officer.
std::string witness_of(const FairConfig* config, const std::string& officer, std::mt19937_64& rng) {
  if (!config || config->officers.size() < 2) return {};
  for (std::size_t tries = 0, n = config->officers.size(); tries < 2 * n; ++tries) {
    const std::string& id = config->officers[rng() % n].id;
    if (id != officer) return id;
  }
  return {};
}

// The receipt of the notice at the booth: the person who took it signs (most do), or refuses
// and a second officer witnesses that the notice was left there. Drawn from `side`.
void plan_receipt(CaseBuilder& b, int station, const std::string& officer, const FairConfig* config, int photo_kb,
                  std::mt19937_64& side) {
  static constexpr std::array<const char*, 6> kNames = {"陈静", "王磊", "李娜", "张伟", "刘洋", "赵敏"};
  static constexpr std::array<const char*, 3> kRoles = {"sales manager", "booth staff", "exhibitor's representative"};
  const std::string signer = kNames[side() % kNames.size()], role = kRoles[side() % kRoles.size()];
  const std::string witness = side() % 10 == 0 ? witness_of(config, officer, side) : std::string();
  if (witness.empty())
    b.after(minutes(side, 1, 4), station, officer, ev::kAckSigned,
            {{"party", "respondent"}, {"about", std::string(ev::kNoticeServed)}, {"signer", signer}, {"role", role}});
  else
    b.after(minutes(side, 2, 6), station, officer, ev::kAckRefused,
            {{"party", "respondent"}, {"about", std::string(ev::kNoticeServed)}, {"witness", witness}},
            std::max(photo_kb, 1));
}

}  // namespace

std::vector<PlannedCase> plan_fair(const FairDays& days, int stations, int complaints, std::uint64_t seed,
                                   const FairConfig* config, int photo_kb) {
  std::vector<PlannedCase> plan;
  std::seed_seq seq{seed, std::uint64_t{0xFA1F}};
  std::mt19937_64 rng(seq);
  // Whether each booth's exhibitor infringes: cases against one firm end alike, so the share
  // of respondents found infringing stays near 43 % however often a firm is complained about.
  // On a booth list, exactly 46 % of its booths (shuffled): a small list does not drift.
  std::map<std::string, bool> infringer;
  if (config && !config->booths.empty()) {
    std::vector<std::string> codes;
    for (const Booth& b : config->booths) codes.push_back(b.booth);
    std::shuffle(codes.begin(), codes.end(), rng);
    for (std::size_t i = 0; i < codes.size(); ++i) infringer[codes[i]] = i * 100 < codes.size() * 46;
  }
  for (int i = 0; i < stations * complaints; ++i) {
    const int intake = i % stations;
    SimComplaint content = make_sim_complaint(rng, config);
    PlannedCase c;
    c.booth = content.booth.booth;
    // Paths per 100 complaints (docs/domain.md, "The simulated fair").
    static constexpr std::array<const char*, 7> kPaths = {"decided", "rejected", "withdrawn", "transferred",
                                                          "draft",   "open",     "conflict"};
    std::size_t path = weighted_index(rng, {67, 8, 6, 5, 3, 5, 3});
    if (stations < 2 && path == 6) path = 0;  // a conflict needs a second station
    c.path = kPaths[path];
    // Most complaints come on the first days; cases still open at the end came on the last.
    std::vector<int> day_weights;
    day_weights.reserve(static_cast<std::size_t>(std::max(days.days, 0)));
    for (int d = 0; d < days.days; ++d) day_weights.push_back(days.days - d + 1);
    int day = 0;
    {
      int total = 0, roll = 0;
      for (int w : day_weights) total += w;
      roll = static_cast<int>(rng() % static_cast<unsigned>(total));
      while (roll >= day_weights[static_cast<std::size_t>(day)]) roll -= day_weights[static_cast<std::size_t>(day++)];
    }
    if (c.path == "open") day = days.days - 1;
    const std::int64_t arrival =
        days.local_ms(day, days.open_minute) + minutes(rng, 0, days.close_minute - days.open_minute - 100);
    const bool continued = stations > 1 && (c.path == "decided" || c.path == "transferred") && rng() % 5 == 0;
    const int other =
        stations > 1 ? (intake + 1 + static_cast<int>(rng() % static_cast<unsigned>(stations - 1))) % stations : intake;
    const std::string desk = content.officer, later_officer = officer_of(config, rng, other);

    // Draws of their own (the product's code, the receipt of the notice) leave the main
    // sequence as it was, so a seed still plays the same paths.
    std::seed_seq side_seq{seed, static_cast<std::uint64_t>(i), std::uint64_t{0xAC4}};
    std::mt19937_64 side(side_seq);
    c.exhibitor = content.booth.exhibitor;
    c.product_code = random_ean13(side);
    CaseBuilder b(days, c);
    b.at(arrival, intake, desk, ev::kCaseOpened,
         {{"booth", c.booth}, {"hall", content.booth.hall}, {"received_at", arrival - minutes(rng, 0, 25)}});
    b.after(minutes(rng, 2, 5), intake, desk, ev::kComplainantRecorded, content.complainant);
    b.after(minutes(rng, 2, 5), intake, desk, ev::kRightRecorded, content.right);
    Json respondent{{"exhibitor", content.booth.exhibitor},
                    {"booth", c.booth},
                    {"hall", content.booth.hall},
                    {"booth_source", "manual"}};
    if (!content.booth.delegation.empty()) respondent["delegation"] = content.booth.delegation;
    if (!content.booth.industry.empty()) respondent["industry"] = content.booth.industry;
    b.after(minutes(rng, 2, 4), intake, desk, ev::kRespondentRecorded, respondent);
    b.after(minutes(rng, 1, 3), intake, desk, ev::kProductRecorded,
            {{"description", "product " + std::to_string(rng() % 9999)},
             {"display_form", content.display_form},
             {"code", c.product_code},
             {"code_format", "EAN-13"}});
    b.after(minutes(rng, 2, 6), intake, desk, ev::kEvidenceAdded,
            {{"kind", "exhibit_photo"}, {"booth", c.booth}, {"original_seen", true}}, photo_kb);
    if (c.path == "draft") {  // the complainant went to fetch papers and did not come back
      plan.push_back(std::move(c));
      continue;
    }
    if (c.path == "rejected") {  // papers missing: the slip says which
      const bool agent = content.complainant.contains("agent");
      Json missing = Json::array({agent                                     ? "power_of_attorney"
                                  : content.right["right_type"] == "design" ? "evaluation_report"
                                                                            : "legal_status"});
      b.after(minutes(rng, 3, 8), intake, desk, ev::kAdmissibilityChecked,
              {{"complete", false}, {"missing", missing}, {"duplicate", false}, {"prior_session", false}});
      b.after(minutes(rng, 1, 3), intake, desk, ev::kCaseFiled);
      b.after(minutes(rng, 5, 20), intake, desk, ev::kCaseRejected,
              {{"reason", "missing documents: " + missing[0].get<std::string>()}});
      b.after(minutes(rng, 1, 5), intake, desk, ev::kCaseClosed);
      plan.push_back(std::move(c));
      continue;
    }
    b.after(minutes(rng, 3, 8), intake, desk, ev::kAdmissibilityChecked,
            {{"complete", true}, {"duplicate", false}, {"prior_session", false}});
    b.after(minutes(rng, 1, 3), intake, desk, ev::kCaseFiled);
    b.after(minutes(rng, 10, 50), intake, desk, ev::kCaseAccepted);
    if (c.path == "withdrawn" && rng() % 2 == 0) {  // withdrawn before the notice went out
      b.after(minutes(rng, 20, 90), intake, desk, ev::kCaseWithdrawn, {{"reason", "the complainant withdrew"}});
      b.after(minutes(rng, 1, 5), intake, desk, ev::kCaseClosed);
      plan.push_back(std::move(c));
      continue;
    }
    // The notice is served at the booth after scanning its sticker; a case continued at another
    // station is served from there the next morning.
    const int handler = continued ? other : intake;
    const std::string& officer = continued ? later_officer : desk;
    const std::int64_t served = continued ? next_morning(days, b.last(), rng) : b.last() + minutes(rng, 30, 180);
    if (!b.at(served, handler, officer, ev::kNoticeServed, {{"recipient", "booth staff"}})) {
      plan.push_back(std::move(c));
      continue;
    }
    const std::int64_t served_at = b.last();
    c.steps.back().body["served_at"] = served_at;
    plan_receipt(b, handler, officer, config, photo_kb, side);
    if (c.path == "withdrawn") {
      b.after(minutes(rng, 60, 300), handler, officer, ev::kCaseWithdrawn, {{"reason", "the complainant withdrew"}});
      b.after(minutes(rng, 1, 5), handler, officer, ev::kCaseClosed);
      plan.push_back(std::move(c));
      continue;
    }
    // The defence: usually within the 24 h, sometimes late, sometimes none.
    const std::size_t defence = weighted_index(rng, {78, 8, 14});  // in time, late, none
    if (defence < 2) {
      const std::int64_t received =
          in_hours(days, served_at + (defence == 0 ? minutes(rng, 45, 8 * 60) : minutes(rng, 25 * 60, 30 * 60)));
      if (!b.at(received, handler, officer, ev::kDefenceRecorded,
                {{"received_at", received}, {"summary", "the respondent denies infringement"}})) {
        plan.push_back(std::move(c));
        continue;
      }
    }
    if (c.path == "open") {  // the fair ends before a decision
      plan.push_back(std::move(c));
      continue;
    }
    if (c.path == "transferred") {
      b.at(std::max(b.last(), served_at + 24 * kHour) + minutes(rng, 10, 60), handler, officer, ev::kCaseTransferred,
           {{"reason", "not resolved during the fair"}, {"to", "广州市知识产权局"}});
      b.after(minutes(rng, 1, 10), handler, officer, ev::kCaseClosed);
      plan.push_back(std::move(c));
      continue;
    }
    // Decided: the outcome follows whether the booth's firm infringes (on the list: per booth).
    auto [it, fresh] = infringer.try_emplace(c.booth, false);
    if (fresh) it->second = rng() % 100 < 46;
    const std::string outcome =
        it->second ? (rng() % 100 < 85 ? "exhibit_covered" : "exhibit_withdrawn")
                   : std::array{"no_infringement", "settled", "exhibit_withdrawn"}[weighted_index(rng, {45, 30, 25})];
    Json decision{
        {"outcome", outcome},
        {"measures", measures_for(outcome, content.display_form, rng)},
        {"sanction", outcome == "exhibit_covered"
                         ? std::array{"none", "fair_notice", "delegation_notice"}[weighted_index(rng, {80, 15, 5})]
                         : "none"}};
    const std::int64_t decide_at =
        (defence == 2 ? served_at + 24 * kHour : b.last()) + minutes(rng, 20, 120);  // no defence: after the deadline
    std::int64_t when = decide_at;
    if (c.path == "conflict" && b.last() >= days.local_ms(days.day_of(decide_at), 0))
      when = next_morning(days, b.last(), rng);  // the other station must hold the case first
    if (!b.at(when, handler, officer, ev::kDecisionRecorded, decision)) {
      plan.push_back(std::move(c));
      continue;
    }
    if (c.path == "conflict") {  // another station, offline, decides otherwise
      const int second = handler == intake ? other : intake;
      Json differing = decision;
      differing["outcome"] = outcome == "no_infringement" ? "settled" : "no_infringement";
      differing["measures"] = Json::array();
      differing["sanction"] = "none";
      b.after(minutes(rng, 5, 20), second, officer_of(config, rng, second), ev::kDecisionRecorded, differing);
    }
    b.after(minutes(rng, 10, 30), handler, officer, ev::kCaseClosed);
    plan.push_back(std::move(c));
  }
  return plan;
}

std::map<std::string, int> plan_summary(const std::vector<PlannedCase>& plan) {
  std::map<std::string, int> out;
  for (const auto& c : plan) {
    ++out[c.path];
    bool closed = false, late = false, other_station = false;
    std::int64_t deadline = 0;
    for (const auto& s : c.steps) {
      closed |= s.type == ev::kCaseClosed;
      if (s.type == ev::kNoticeServed) deadline = s.at + ev::kDefencePeriodMs;
      if (s.type == ev::kDefenceRecorded) late |= s.at > deadline;
      other_station |= s.station != c.steps.front().station;
    }
    if (!closed) ++out["still_open_at_end"];
    if (late) ++out["late_defence"];
    if (other_station) ++out["continued_elsewhere"];
  }
  return out;
}

void play_fair(const std::vector<PlannedCase>& plan, const FairDays& days, const std::vector<SimStation*>& stations,
               std::uint64_t seed, const std::function<void(int day)>& end_of_day) {
  struct Ref {
    std::int64_t at;
    std::size_t c, s;
  };
  std::vector<Ref> order;
  for (std::size_t c = 0; c < plan.size(); ++c)
    for (std::size_t s = 0; s < plan[c].steps.size(); ++s) order.push_back({plan[c].steps[s].at, c, s});
  std::stable_sort(order.begin(), order.end(), [](const Ref& a, const Ref& b) { return a.at < b.at; });
  std::vector<std::string> numbers(plan.size()), notices(plan.size());  // case number, notice PDF
  std::vector<std::int64_t> served(plan.size());
  int day = 0;
  for (const Ref& r : order) {
    const PlannedStep& step = plan[r.c].steps[r.s];
    for (; day < days.day_of(step.at); ++day) end_of_day(day);
    const PlannedCase& c = plan[r.c];
    SimStation& st = *stations[static_cast<std::size_t>(step.station)];
    st.set_clock(step.at);
    Json body = step.body;
    std::vector<std::string> blobs;
    if (step.type == ev::kCaseOpened) {
      numbers[r.c] = st.next_case_number();
      body["station"] = st.code();
    }
    body["case_number"] = numbers[r.c];
    // Pictures and signatures from draws of their own per case and step.
    std::seed_seq picture_seed{seed, static_cast<std::uint64_t>(r.c), static_cast<std::uint64_t>(r.s)};
    std::mt19937_64 picture_rng(picture_seed);
    auto put = [&](const std::string& bytes) { return blobs.emplace_back(st.blobs().put(as_bytes(bytes)).hash); };
    if (step.type == ev::kNoticeServed) {
      const std::string* sticker = st.sticker_of(c.booth);
      body["sticker"] = sticker ? *sticker : "";
      body["sticker_verified"] = sticker != nullptr;
      if (issue_sim_paper(st, DocumentKind::Notice, step.officer, step.at, body, blobs)) notices[r.c] = blobs.back();
    } else if (step.type == ev::kDecisionRecorded) {
      issue_sim_paper(st, DocumentKind::Decision, step.officer, step.at, body, blobs);
    } else if (step.type == ev::kAckSigned || step.type == ev::kAckRefused) {
      if (!notices[r.c].empty()) body["notice"] = notices[r.c];
      if (step.type == ev::kAckSigned) {
        body["signature"] = put(signature_png(picture_rng));
        body["declaration"] = "I, " + body.value("signer", std::string()) + ", " + body.value("role", std::string()) +
                              " at booth " + c.booth + ", confirm that I received the notice of complaint of case " +
                              numbers[r.c] + " on " + format_fair_time(served[r.c], days.zone) +
                              ". My signature does not mean that I accept the complaint.";
      } else {  // the notice photographed where it was left
        body["photo"] = put(exhibit_photo_jpeg({c.booth, c.exhibitor, "", numbers[r.c]}, picture_rng, step.photo_kb));
      }
    } else if (step.type == ev::kEvidenceAdded) {
      body["captured_at"] = step.at;
      if (step.photo_kb > 0) {
        body["blob"] = put(exhibit_photo_jpeg({c.booth, c.exhibitor, c.product_code, ""}, picture_rng, step.photo_kb));
        body["media_type"] = "image/jpeg";
      }
    }
    if (step.type == ev::kNoticeServed) served[r.c] = step.at;
    st.record(step.officer, step.type, std::move(body), std::move(blobs));
  }
  for (; day < days.days; ++day) end_of_day(day);
}

}  // namespace fg::relay
