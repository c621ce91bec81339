#include "independent_figures.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <vector>

namespace fg::test {

namespace {

std::string s(const Json& o, const char* key) {
  return o.contains(key) && o[key].is_string() ? o[key].get<std::string>() : std::string{};
}

struct Raw {
  std::string device, type, officer;
  std::int64_t seq = 0, hlc = 0, time = 0;
  Json body;
};

struct CaseFacts {
  bool opened = false, accepted = false;
  std::int64_t received = 0;
  Json complainant = Json::object(), right = Json::object(), respondent = Json::object();
  std::string opened_booth, opened_hall;
  std::string outcome;  // first decisive outcome-group action
  std::string outcome_device;
  std::optional<std::int64_t> decided;
  Json measures = Json::array();
  std::string sanction;
  int conflicts = 0;
};

}  // namespace

std::vector<std::string> split_csv(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"' && quoted && i + 1 < line.size() && line[i + 1] == '"') {
      cur += '"';  // "" inside quotes is one quote
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      out.push_back(cur);
      cur.clear();
    } else if (c != '\r' || quoted) {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

Json independent_figures(const std::filesystem::path& relay_db, const std::string& booths_csv,
                         const std::set<std::string>& invalid_officers) {
  struct BoothInfo {
    std::string hall, industry, exhibitor;
  };
  std::map<std::string, BoothInfo> booths;
  std::istringstream csv(booths_csv);
  std::string line;
  std::getline(csv, line);  // header
  while (std::getline(csv, line))
    if (auto f = split_csv(line); f.size() == 5) booths[f[0]] = {f[1], f[4], f[2]};

  SQLite::Database db(relay_db.string(), SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT bytes FROM events ORDER BY hlc, device, seq");
  std::map<std::string, CaseFacts> cases;
  std::map<std::string, std::map<std::string, std::int64_t>> officer;  // id -> counter -> n
  while (q.executeStep()) {
    const Json e = Json::parse(q.getColumn(0).getString());
    Raw r{e["device"], e["type"], e["officer"], e["seq"], e["hlc"], e["time"], e["body"]};
    CaseFacts& c = cases[s(r.body, "case_number")];
    // A second outcome from another station is a conflict: kept, not applied, credited to nobody.
    const bool outcome_group =
        r.type == "decision.recorded" || r.type == "case.withdrawn" || r.type == "case.transferred";
    if (outcome_group && !c.outcome_device.empty() && c.outcome_device != r.device) {
      ++c.conflicts;
      continue;
    }
    if (!invalid_officers.count(r.officer)) {
      auto& o = officer[r.officer];
      ++o["actions"];
      if (r.type == "case.opened") ++o["cases_opened"];
      if (r.type == "notice.served") ++o["notices_served"];
      if (r.type == "decision.recorded") ++o["decisions"];
    }
    if (invalid_officers.count(r.officer)) continue;  // the scenario's invalid events change nothing
    auto merge = [&](Json& into) {
      for (auto& [k, v] : r.body.items()) into[k] = v;
    };
    if (r.type == "case.opened") {
      c.opened = true;
      c.received = r.body.contains("received_at") ? r.body["received_at"].get<std::int64_t>() : r.time;
      c.opened_booth = s(r.body, "booth");
      c.opened_hall = s(r.body, "hall");
    } else if (r.type == "complainant.recorded") {
      merge(c.complainant);
    } else if (r.type == "right.recorded") {
      merge(c.right);
    } else if (r.type == "respondent.recorded") {
      merge(c.respondent);
    } else if (r.type == "case.accepted") {
      c.accepted = true;
    } else if (r.type == "case.rejected") {
      c.outcome = "rejected";
    } else if ((r.type == "decision.recorded" || r.type == "case.withdrawn" || r.type == "case.transferred") &&
               c.outcome_device.empty()) {
      c.outcome_device = r.device;
      if (r.type == "decision.recorded") {
        c.outcome = s(r.body, "outcome");
        c.decided = r.time;
        c.measures = r.body["measures"];
        c.sanction = s(r.body, "sanction");
      } else {
        c.outcome = r.type == "case.withdrawn" ? "withdrawn" : "transferred";
      }
    }
  }

  Json j;
  std::int64_t received = 0, accepted = 0, rejected = 0, patents = 0, designs = 0, foreign = 0, hmt = 0, agents = 0,
               transfers = 0;
  std::set<std::string> respondents, infringing, withdrew;
  std::map<std::string, std::map<std::string, std::int64_t>> by_right, by_hall, by_industry;
  std::map<std::string, std::int64_t> outcomes, measures, sanctions;
  std::vector<std::int64_t> handling;
  std::map<std::string, std::vector<std::string>> repeat;  // respondent key -> cases
  std::int64_t with_conflicts = 0;
  for (auto& [number, c] : cases) {
    if (!c.opened) continue;
    with_conflicts += c.conflicts > 0;
    ++received;
    const std::string booth = s(c.respondent, "booth").empty() ? c.opened_booth : s(c.respondent, "booth");
    // One respondent per booth-list exhibitor; else the typed name (spaces, case and a final
    // full stop ignored: all the scenario's typing varies); else the booth.
    std::string key;
    const std::string name = booths.count(booth) && !booths[booth].exhibitor.empty() ? booths[booth].exhibitor
                                                                                     : s(c.respondent, "exhibitor");
    for (char ch : name)
      if (!std::isspace(static_cast<unsigned char>(ch)))
        key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    while (!key.empty() && key.back() == '.') key.pop_back();
    key = key.empty() ? "booth:" + booth : "name:" + key;
    const bool found = c.outcome == "exhibit_covered";
    if (c.accepted) {
      ++accepted;
      respondents.insert(key);
      if (found) infringing.insert(key);
      if (c.outcome == "exhibit_withdrawn") withdrew.insert(key);
      if (!booth.empty()) repeat[key].push_back(number);
    }
    if (c.outcome == "rejected") ++rejected;
    const std::string right = s(c.right, "right_type");
    if (right == "invention" || right == "utility_model" || right == "design") ++patents;
    if (right == "design") ++designs;
    std::string country = s(c.complainant, "country");
    for (char& ch : country) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const bool from_hmt = country == "HK" || country == "MO" || country == "TW";
    if (from_hmt) ++hmt;
    if (!country.empty() && country != "CN" && !from_hmt) ++foreign;
    if (!s(c.complainant, "agent").empty()) ++agents;
    std::string hall, industry;
    if (booths.count(booth)) {
      hall = booths[booth].hall;
      industry = booths[booth].industry;
    } else {
      hall = !s(c.respondent, "hall").empty() ? s(c.respondent, "hall") : c.opened_hall;
    }
    if (industry.empty()) industry = s(c.respondent, "industry");
    auto count = [&](std::map<std::string, std::int64_t>& g) {
      ++g["received"];
      g["accepted"] += c.accepted ? 1 : 0;
      g["found_infringing"] += found ? 1 : 0;
    };
    count(by_right[right.empty() ? "unknown" : right]);
    count(by_hall[hall.empty() ? "unknown" : hall]);
    count(by_industry[industry.empty() ? "unknown" : industry]);
    ++outcomes[c.outcome.empty() ? "open" : c.outcome];
    if (c.outcome == "transferred") ++transfers;
    if (c.decided) {
      std::set<std::string> distinct;
      for (const auto& m : c.measures) distinct.insert(m.get<std::string>());
      for (const auto& m : distinct) ++measures[m];
      ++sanctions[c.sanction];
      handling.push_back(*c.decided - c.received);
    }
  }
  auto share = [](std::int64_t a, std::int64_t b) {
    return b ? Json(static_cast<double>(a) / static_cast<double>(b)) : Json(nullptr);
  };
  j["complaints"] = {{"received", received}, {"accepted", accepted}, {"rejected", rejected}};
  j["respondents"] = {{"total", respondents.size()},
                      {"found_infringing", infringing.size()},
                      {"infringing_rate", share(static_cast<std::int64_t>(infringing.size()),
                                                static_cast<std::int64_t>(respondents.size()))},
                      {"withdrew_exhibit", withdrew.size()}};
  j["right_types"] = by_right;
  j["halls"] = by_hall;
  j["industries"] = by_industry;
  j["patents"] = {{"cases", patents}, {"design", designs}, {"design_share", share(designs, patents)}};
  j["foreign_related"] = {{"cases", foreign}, {"share", share(foreign, received)}};
  j["hk_macao_taiwan"] = {{"cases", hmt}, {"share", share(hmt, received)}};
  j["agents"] = {{"cases", agents}, {"share", share(agents, received)}};
  j["outcomes"] = outcomes;
  j["measures"] = measures;
  j["sanctions"] = sanctions;
  j["transfers"] = transfers;
  std::sort(handling.begin(), handling.end());
  const auto n = static_cast<std::int64_t>(handling.size());
  auto rank = [&](std::int64_t p) {
    return handling[static_cast<std::size_t>(std::max<std::int64_t>(1, (p * n + 99) / 100) - 1)];
  };
  const auto within = std::count_if(handling.begin(), handling.end(), [](std::int64_t ms) { return ms <= 86400000; });
  j["handling"] = {{"decided_cases", n},
                   {"median_ms", n ? Json(rank(50)) : Json(nullptr)},
                   {"p90_ms", n ? Json(rank(90)) : Json(nullptr)},
                   {"within_24h", within},
                   {"share_within_24h", share(within, n)}};
  Json repeats = Json::array();
  for (auto& [key, list] : repeat)
    if (list.size() > 1) repeats.push_back(list);
  j["repeat_respondent_cases"] = repeats;
  Json officers = Json::object();
  for (auto& [id, counts] : officer)
    officers[id] = {{"cases_opened", counts["cases_opened"]},
                    {"notices_served", counts["notices_served"]},
                    {"decisions", counts["decisions"]},
                    {"actions", counts["actions"]}};
  j["officers"] = officers;
  j["cases_with_conflicts"] = with_conflicts;
  return j;
}

}  // namespace fg::test
