// The report's figures over hand-made folded cases: the rules of docs/report.md one by one.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/report_figures.h"
#include "report/report_output.h"

using namespace fg;
using namespace fg::report;

namespace {

Case complaint(const std::string& number, const std::string& country) {
  Case c;
  c.number = number;
  c.fair = "CF138";
  c.state = CaseState::Filed;
  c.received = 1000;
  if (!country.empty()) c.complainant = {{"name", "Holder " + number}, {"country", country}};
  return c;
}

// The cells of cases.csv's column `name`, one per row.
std::vector<std::string> column(const std::string& csv, const std::string& name) {
  std::istringstream in(csv);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream l(line);
    while (std::getline(l, cell, ',')) cells.push_back(cell);  // the cells here hold no comma
    rows.push_back(cells);
  }
  std::size_t at = 0;
  while (at < rows.front().size() && rows.front()[at] != name) ++at;
  REQUIRE(at < rows.front().size());
  std::vector<std::string> out;
  for (std::size_t i = 1; i < rows.size(); ++i) out.push_back(rows[i].at(at));
  return out;
}

}  // namespace

TEST_CASE("complainants from Hong Kong, Macao and Taiwan are counted apart from foreign ones", "[report]") {
  FoldResult fold;
  const char* countries[] = {"CN", "DE", "HK", "mo", "TW", ""};
  int n = 0;
  for (const char* country : countries) fold.cases.push_back(complaint("CF138-S01-000" + std::to_string(++n), country));
  ReportInput in;
  in.fair_id = "CF138";
  in.fold = &fold;

  const Figures f = compute_figures(in);
  CHECK(f.complaints_received == 6);
  CHECK(f.foreign_related == 1);  // DE only
  CHECK(f.hk_macao_taiwan == 3);  // HK, MO (any letter case), TW
  CHECK(*f.foreign_share == Approx(1.0 / 6));
  CHECK(*f.hk_macao_taiwan_share == Approx(3.0 / 6));

  const Json j = figures_json(f, nullptr);
  CHECK(j["foreign_related"]["cases"] == 1);
  CHECK(j["hk_macao_taiwan"]["cases"] == 3);
  CHECK_THAT(figures_csv(f, nullptr), Catch::Contains("summary,hk_macao_taiwan,3\r\n"));

  const std::string csv = cases_csv(in);
  CHECK(column(csv, "foreign_related") == std::vector<std::string>{"0", "1", "0", "0", "0", "0"});
  CHECK(column(csv, "hk_macao_taiwan") == std::vector<std::string>{"0", "0", "1", "1", "1", "0"});
}

TEST_CASE("a respondent who withdrew is counted even when found infringing in another complaint", "[report]") {
  FoldResult fold;
  auto decided = [&](const std::string& number, const std::string& exhibitor, const std::string& outcome) {
    Case c = complaint(number, "CN");
    c.accepted = 2000;
    c.decided = 3000;
    c.outcome = outcome;
    c.respondent = {{"exhibitor", exhibitor}, {"booth", "9.1A01"}};
    fold.cases.push_back(c);
  };
  decided("CF138-S01-0001", "Yongkang Tools Co.", "exhibit_withdrawn");
  decided("CF138-S01-0002", "Yongkang Tools Co.", "exhibit_covered");
  decided("CF138-S01-0003", "Other Co.", "exhibit_withdrawn");
  ReportInput in;
  in.fold = &fold;
  const Figures f = compute_figures(in);
  CHECK(f.respondents == 2);
  CHECK(f.respondents_found_infringing == 1);
  CHECK(f.respondents_withdrew_exhibit == 2);  // both withdrew; one was also found infringing
}

TEST_CASE("one respondent per booth-list exhibitor, names compared after normalising", "[report]") {
  FoldResult fold;
  auto accepted = [&](const std::string& number, const std::string& booth, const std::string& exhibitor) {
    Case c = complaint(number, "CN");
    c.accepted = 2000;
    c.respondent = {{"exhibitor", exhibitor}, {"booth", booth}};
    fold.cases.push_back(c);
  };
  // The same booth under its Chinese and its English name: one exhibitor on the booth list.
  accepted("CF138-S01-0001", "9.1A01", "宁波市华光电器有限公司");
  accepted("CF138-S01-0002", "9.1A01", "Ningbo Huaguang Electric Appliance Co. Ltd");
  // Not on the list: full-width letters and space, "Co." and "Co" are the same firm.
  accepted("CF138-S01-0003", "12.1D09", "ＧＵＡＮＧＺＨＯＵ　Textile Co.");
  accepted("CF138-S01-0004", "12.1D10", "guangzhou textile co");
  accepted("CF138-S01-0005", "12.1D11", "Guangzhou Textile Trading Co");  // another firm
  ReportInput in;
  in.fold = &fold;
  in.booths = {Booth{"9.1A01", "9.1", "宁波市华光电器有限公司", "浙江交易团", "家用电器"}};
  const Figures f = compute_figures(in);
  CHECK(f.respondents == 3);
  REQUIRE(f.repeat_respondents.size() == 2);
  CHECK(f.repeat_respondents[0].respondent == "ＧＵＡＮＧＺＨＯＵ　Textile Co.");  // as first recorded
  CHECK(f.repeat_respondents[0].booths == std::vector<std::string>{"12.1D09", "12.1D10"});
  CHECK(f.repeat_respondents[1].respondent == "宁波市华光电器有限公司");  // as the booth list spells it
  CHECK(f.repeat_respondents[1].cases == std::vector<std::string>{"CF138-S01-0001", "CF138-S01-0002"});
  CHECK(column(cases_csv(in), "repeat_respondent") == std::vector<std::string>{"1", "1", "1", "1", "0"});

  CHECK(normalised_name("Yongkang Tools Co.") == normalised_name("ＹＯＮＧＫＡＮＧ　ｔｏｏｌｓ　Ｃｏ"));
  CHECK(normalised_name("华光电器。") == "华光电器");
  CHECK(normalised_name("A.B") == "a.b");  // only trailing punctuation goes
}
