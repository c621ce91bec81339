// fairguard-relay report over a simulated fair: every figure against an independent
// computation from the raw events, the CSV files, the PDF read back with poppler.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "support/child_process.h"
#include "support/read_file.h"
#include "independent_figures.h"
#include "pgm_image.h"
#include "relay_fixture.h"
#include "report/report_output.h"
#include "report_scenario.h"

using namespace fg;
using namespace fg::test;
namespace fs = std::filesystem;

namespace {

void same_number(const Json& got, const Json& want, const std::string& where) {
  INFO(where << ": report " << got.dump() << ", independent " << want.dump());
  if (want.is_null()) {
    CHECK(got.is_null());
  } else if (want.is_number_float()) {
    REQUIRE(got.is_number());
    CHECK(got.get<double>() == Approx(want.get<double>()).epsilon(1e-12));
  } else {
    CHECK(got == want);
  }
}

// Every key of `want` (recursively) equals the report's value.
void same_figures(const Json& got, const Json& want, const std::string& where) {
  if (want.is_object()) {
    for (auto& [k, v] : want.items()) {
      INFO(where + "." + k);
      REQUIRE(got.contains(k));
      same_figures(got[k], v, where + "." + k);
    }
    // Groups (halls, outcomes...) must not hold extra keys either.
    if (where != "" && got.is_object() && where.find("officers") == std::string::npos) CHECK(got.size() == want.size());
  } else {
    same_number(got, want, where);
  }
}

struct Fair {
  TempDir tmp;
  ScenarioInfo info;
  Fair() { info = build_scenario_fair(tmp.path(), 20261125); }
};

Fair& fair() {
  static Fair f;  // built once: the relay, four stations and the sim take a few seconds
  return f;
}

// Runs `fairguard-relay report` over the shared fair into a fresh folder.
fs::path report_of_fair(const std::string& folder) {
  Fair& f = fair();
  const fs::path out = f.tmp.path() / folder;
  REQUIRE(
      run_process({FAIRGUARD_RELAY_EXE, "report", "--data", f.info.relay_dir.string(), "--out", out.string()}).code ==
      0);
  return out;
}

}  // namespace

TEST_CASE("report figures equal an independent computation from the raw events", "[report]") {
  Fair& f = fair();
  const fs::path out = f.tmp.path() / "report";
  auto r = run_process({FAIRGUARD_RELAY_EXE, "report", "--data", f.info.relay_dir.string(), "--out", out.string()});
  INFO(r.err << r.out);
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("check before publishing: 1 cases with conflicts, 2 invalid events"));
  const Json got = Json::parse(read_file(out / "figures.json"));
  const Json want = independent_figures(f.info.relay_dir / "relay.db", kScenarioBoothsCsv, {"GZ098", "GZ099"});

  // The scenario is varied enough for the comparison to mean something.
  REQUIRE(want["complaints"]["received"] == f.info.scenario_cases + f.info.sim_cases);
  CHECK(want["respondents"]["found_infringing"].get<int>() > 0);
  CHECK(want["respondents"]["withdrew_exhibit"].get<int>() > 0);
  CHECK(want["hk_macao_taiwan"]["cases"].get<int>() > 0);
  CHECK(want["outcomes"].size() >= 8);
  CHECK(want["halls"].size() == 4);  // the sim takes its booths from the fair's list too
  CHECK(want["repeat_respondent_cases"].size() >= 3);
  CHECK(want["handling"]["within_24h"].get<int>() < want["handling"]["decided_cases"].get<int>());

  for (const char* key :
       {"complaints", "respondents", "right_types", "halls", "industries", "patents", "foreign_related",
        "hk_macao_taiwan", "agents", "outcomes", "measures", "sanctions", "transfers", "handling"}) {
    INFO(key);
    same_figures(got[key], want[key], key);
  }
  Json got_repeats = Json::array();
  for (const auto& rr : got["repeat_respondents"]) got_repeats.push_back(rr["cases"]);
  CHECK(got_repeats == want["repeat_respondent_cases"]);
  bool listed_name = false;  // typed "YONGKANG  tools co." is shown as the booth list spells it
  for (const auto& rr : got["repeat_respondents"]) listed_name |= rr["respondent"] == "Yongkang Tools Co.";
  CHECK(listed_name);

  for (auto& [id, counts] : want["officers"].items()) {
    const Json* row = nullptr;
    for (const auto& o : got["officers"])
      if (o["id"] == id) row = &o;
    INFO("officer " << id);
    REQUIRE(row);
    for (auto& [k, v] : counts.items()) CHECK((*row)[k] == v);
  }
  for (const auto& o : got["officers"]) {
    CHECK(o["id"] != "GZ098");  // invalid events are credited to nobody
    CHECK(o["id"] != "GZ099");
  }
  // Names from the roster; an officer not on it keeps an empty name.
  for (const auto& o : got["officers"]) {
    if (o["id"] == "GZ001") CHECK(o["name"] == "王芳");
    if (o["id"] == "GZ005") CHECK(o["name"] == "");
  }
  CHECK(got["checks"]["cases_with_conflicts"] == f.info.conflicts);
  CHECK(got["checks"]["invalid_events"] == f.info.invalid_events);
  CHECK(got["checks"]["unassigned_events"] == 0);
  // The scenario's stations work at the machine's clock, after the fair (2026-10-15 to 10-19):
  // every event is listed under the checks, per date, with its cases.
  CHECK(got["checks"]["events_outside_fair_days"] == got["checks"]["events"]);
  REQUIRE(got["checks"]["outside_fair_days"].size() >= 1);
  std::int64_t listed = 0;
  for (const auto& d : got["checks"]["outside_fair_days"]) {
    CHECK(d["date"].get<std::string>() > "2026-10-19");
    listed += d["events"].get<std::int64_t>();
  }
  CHECK(listed == got["checks"]["events"].get<std::int64_t>());
  CHECK(got["checks"]["outside_fair_days"][0]["cases"].size() ==
        static_cast<std::size_t>(f.info.scenario_cases + f.info.sim_cases));
  CHECK_THAT(r.out, Catch::Contains("events dated outside the fair's days (2026-10-15 to 2026-10-19)"));
}

TEST_CASE("cases.csv has one row per received complaint with the documented columns", "[report]") {
  const fs::path out = report_of_fair("report-csv");
  const std::string csv = read_file(out / "cases.csv");
  std::istringstream in(csv);
  std::string header;
  std::getline(in, header);
  std::string expected;
  for (const auto& c : report::case_columns()) expected += (expected.empty() ? "" : ",") + c;
  CHECK(header == expected + "\r");
  int rows = 0, foreign = 0;
  const Json figures = Json::parse(read_file(out / "figures.json"));
  for (std::string line; std::getline(in, line);) {
    ++rows;
    CHECK(line.rfind("CF138-S0", 0) == 0);
    // The one quoted exhibitor holds a comma; every row has the documented column count.
    if (line.find("\"Ningbo Sunrise Appliance Co., Ltd.\"") != std::string::npos)
      CHECK(line.find("9.1A02") != std::string::npos);
    // complainant_country then foreign_related: any country but CN, HK, MO and TW is foreign.
    std::smatch m;
    if (std::regex_search(line, m, std::regex(",([A-Z]{2}),1,0,")) && m[1] != "CN") ++foreign;
  }
  CHECK(rows == figures["complaints"]["received"].get<int>());
  CHECK(foreign == figures["foreign_related"]["cases"].get<int>());
  CHECK(read_file(out / "figures.csv").rfind("section,key,value\r\nsummary,complaints_received,", 0) == 0);
}

TEST_CASE("cases.csv rows add up to figures.json in every category", "[report]") {
  const fs::path out = report_of_fair("report-agree");
  const Json figures = Json::parse(read_file(out / "figures.json"));
  std::istringstream in(read_file(out / "cases.csv"));
  std::string line;
  std::getline(in, line);
  const std::vector<std::string> header = split_csv(line);
  auto col = [&](const char* name) {
    const auto it = std::find(header.begin(), header.end(), name);
    REQUIRE(it != header.end());
    return static_cast<std::size_t>(it - header.begin());
  };
  const std::size_t hall = col("hall"), industry = col("industry"), right = col("right_type"), booth = col("booth"),
                    outcome = col("outcome"), found = col("found_infringing"), foreign = col("foreign_related"),
                    hmt = col("hk_macao_taiwan");
  // section -> group -> received / found infringing, counted from the rows.
  std::map<std::string, std::map<std::string, std::pair<int, int>>> counted;
  std::map<std::string, int> outcomes;
  int foreign_rows = 0, hmt_rows = 0, unlisted_industry_rows = 0;
  while (std::getline(in, line)) {
    const auto cells = split_csv(line);
    REQUIRE(cells.size() == header.size());
    const bool infringing = cells[found] == "1";
    for (auto [section, i] : {std::pair{"halls", hall}, {"industries", industry}, {"right_types", right}}) {
      INFO(section << " of " << cells[0]);
      CHECK(!cells[i].empty());  // figures.json has no empty group: `unknown`
      ++counted[section][cells[i]].first;
      counted[section][cells[i]].second += infringing ? 1 : 0;
    }
    ++outcomes[cells[outcome].empty() ? "open" : cells[outcome]];
    foreign_rows += cells[foreign] == "1";
    hmt_rows += cells[hmt] == "1";
    CHECK(!(cells[foreign] == "1" && cells[hmt] == "1"));  // never both
    // 11.3C03 is on the booth list without an industry: figures.json counts it as unknown.
    if (cells[booth] == "11.3C03") {
      ++unlisted_industry_rows;
      CHECK(cells[industry] == "unknown");
    }
  }
  CHECK(unlisted_industry_rows > 0);
  for (const char* section : {"halls", "industries", "right_types"}) {
    INFO(section);
    CHECK(counted[section].size() == figures[section].size());
    for (auto& [group, counts] : figures[section].items()) {
      INFO(group);
      CHECK(counted[section][group].first == counts["received"].get<int>());
      CHECK(counted[section][group].second == counts["found_infringing"].get<int>());
    }
  }
  for (auto& [k, v] : figures["outcomes"].items()) CHECK(outcomes[k] == v.get<int>());
  CHECK(outcomes.size() == figures["outcomes"].size());
  CHECK(foreign_rows == figures["foreign_related"]["cases"].get<int>());
  CHECK(hmt_rows == figures["hk_macao_taiwan"]["cases"].get<int>());
}

TEST_CASE("summary.pdf holds the figures as Chinese and English text and renders every page", "[report]") {
  Fair& f = fair();
  const fs::path prev = f.tmp.path() / "previous";
  build_previous_session(prev);
  const fs::path out = f.tmp.path() / "report-prev";
  auto r = run_process({FAIRGUARD_RELAY_EXE, "report", "--data", f.info.relay_dir.string(), "--out", out.string(),
                        "--previous", prev.string()});
  INFO(r.err);
  REQUIRE(r.code == 0);
  const Json figures = Json::parse(read_file(out / "figures.json"));
  REQUIRE(figures.contains("change"));
  const Json& c = figures["change"]["complaints_received"];
  CHECK(c["previous"] == 10);
  CHECK(c["current"] == figures["complaints"]["received"]);
  CHECK(c["delta"].get<double>() == figures["complaints"]["received"].get<double>() - 10);
  CHECK(figures["change"]["respondents_found_infringing"]["previous"] == 2);  // exhibitors 1 and 3 covered

  auto text = run_process({"/usr/bin/pdftotext", "-layout", (out / "summary.pdf").string(), "-"});
  REQUIRE(text.code == 0);
  CHECK_THAT(text.out, Catch::Contains("展会知识产权保护工作总结"));
  CHECK_THAT(text.out, Catch::Contains("Complaints received"));
  CHECK_THAT(text.out, Catch::Contains("收到投诉"));
  CHECK_THAT(text.out, Catch::Contains("外观设计 Design patent"));
  CHECK_THAT(text.out, Catch::Contains("上届 Previous"));
  CHECK_THAT(text.out, Catch::Contains("王芳"));
  // Each figure's definition beside it, in plain words.
  for (const char* words :
       {"of respondents, not of complaints", "of decided cases", "lower middle for an even count", "all of them",
        "涉港澳台投诉 Hong Kong, Macao and Taiwan share", "Events dated outside the fair's days"})
    CHECK_THAT(text.out, Catch::Contains(words));
  CHECK_THAT(text.out, Catch::Contains(figures["complaints"]["received"].dump()));
  CHECK_THAT(text.out, Catch::Contains(figures["checks"]["outside_fair_days"][0]["date"].get<std::string>() + ": "));

  const auto pages = render_pages(out / "summary.pdf", f.tmp.path() / "summary-png", 60);
  REQUIRE(pages.size() >= 2);
  for (const auto& p : pages) {
    const GreyImage img = read_pgm(p);
    CHECK(std::abs(img.width - 496) <= 1);  // A4 at 60 dpi
    std::size_t dark = 0;
    for (unsigned char px : img.pixels) dark += px < 128;
    CHECK(dark > 1000);  // nothing blank
  }
  if (const char* keep = std::getenv("FAIRGUARD_REPORT_KEEP"))
    fs::copy(out, keep, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

TEST_CASE("report refuses a folder that is not a relay data folder, and the same folder as --previous", "[report]") {
  Fair& f = fair();
  auto r = run_process({FAIRGUARD_RELAY_EXE, "report", "--data", (f.tmp.path() / "nothing").string(), "--out",
                        (f.tmp.path() / "x").string()});
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("fairguard-relay: error:"));
  r = run_process({FAIRGUARD_RELAY_EXE, "report", "--data", f.info.relay_dir.string(), "--out",
                   (f.tmp.path() / "x").string(), "--previous", f.info.relay_dir.string()});
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("same data folder"));
}
