#include <catch2/catch.hpp>

#include "cases/case_queries.h"
#include "station_fixture.h"

using namespace fg;
using namespace fg::test;

TEST_CASE("the case list gives state, booth, right type and deadline per case in number order", "[cases]") {
  TestStation s1(1, "OF01"), s2(2, "OF02");
  open_and_accept(s1, "CF138-S01-0002", "A2");
  s1.act("notice.served", {{"case_number", "CF138-S01-0002"}, {"served_at", kFairStart + kHour}});
  s1.act("case.opened", opened("CF138-S01-0010", "A10"));
  s2.act("case.opened", opened("CF138-S02-0001", "B1", "S02"));
  s2.act("right.recorded", {{"case_number", "CF138-S02-0001"}, {"right_type", "trademark"}, {"number", "G1234567"}});
  std::vector<SignedEvent> all = s2.log();
  all.insert(all.end(), s1.log().begin(), s1.log().end());
  const FoldResult f = fold_cases(all);
  const auto rows = case_list(f);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].number == "CF138-S01-0002");
  CHECK(rows[1].number == "CF138-S01-0010");
  CHECK(rows[2].number == "CF138-S02-0001");
  CHECK(rows[0].state == CaseState::NoticeServed);
  CHECK(rows[0].booth == "A2");
  CHECK(rows[0].hall == "11.2");
  CHECK(rows[0].right_type == "design");
  CHECK(rows[0].served == kFairStart + kHour);
  CHECK(rows[0].defence_deadline == kFairStart + 25 * kHour);
  CHECK(rows[1].state == CaseState::Draft);
  CHECK_FALSE(rows[1].defence_deadline);
  CHECK(rows[2].right_type == "trademark");
  CHECK(rows[2].right_number == "G1234567");

  auto counts = count_by_state(f);
  CHECK(counts[CaseState::NoticeServed] == 1);
  CHECK(counts[CaseState::Draft] == 2);
  CHECK(overdue_defences(f, kFairStart + 25 * kHour).empty());
  CHECK(overdue_defences(f, kFairStart + 25 * kHour + 1) == std::vector<std::string>{"CF138-S01-0002"});
}

TEST_CASE("right numbers are compared without spaces, dots or the ZL prefix", "[cases]") {
  CHECK(normalise_right_number("ZL 2019 3 0123456.7") ==
        "201930123456"
        "7");
  CHECK(normalise_right_number("zl201930123456.7") == "2019301234567");
  CHECK(normalise_right_number("200710308494.X") == "200710308494X");
  CHECK(normalise_right_number("G 1234567") == "G1234567");
}

TEST_CASE("duplicates: same complainant, right and respondent booth within the fair", "[cases]") {
  TestStation s1(1, "OF01"), s2(2, "OF02");
  auto file = [](TestStation& s, const std::string& no, const std::string& booth, const std::string& id,
                 const std::string& right_no, const char* station) {
    s.act("case.opened", opened(no, booth, station));
    s.act("complainant.recorded", complainant(no, id));
    s.act("right.recorded", right(no, right_no));
    s.act("respondent.recorded", respondent(no, booth));
  };
  file(s1, "CF138-S01-0001", "C05", "ID-1", "ZL 2019 3 0123456.7", "S01");
  file(s2, "CF138-S02-0001", "C05", "ID-1", "201930123456.7", "S02");       // duplicate of S01-0001
  file(s2, "CF138-S02-0002", "C05", "ID-1", "ZL201930123456.7", "S02");     // and another
  file(s1, "CF138-S01-0002", "C06", "ID-1", "ZL 2019 3 0123456.7", "S01");  // other booth
  file(s1, "CF138-S01-0003", "C05", "ID-2", "ZL 2019 3 0123456.7", "S01");  // other complainant
  file(s1, "CF138-S01-0004", "C05", "ID-1", "ZL 2019 3 0999999.1", "S01");  // other right
  s1.act("case.opened", opened("CF138-S01-0005", "C05"));                   // details missing: not compared
  std::vector<SignedEvent> all = s1.log();
  all.insert(all.end(), s2.log().begin(), s2.log().end());

  const auto groups = find_duplicates(fold_cases(all));
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].complainant_id == "ID-1");
  CHECK(groups[0].right_number == "2019301234567");
  CHECK(groups[0].respondent_booth == "C05");
  CHECK(groups[0].cases == std::vector<std::string>{"CF138-S01-0001", "CF138-S02-0001", "CF138-S02-0002"});
}

TEST_CASE("cases at a booth and repeat respondents", "[cases]") {
  TestStation s(1, "OF01");
  auto accepted_case = [&](const std::string& no, const std::string& booth, const std::string& exhibitor) {
    open_and_accept(s, no, booth);
    s.act("respondent.recorded", {{"case_number", no}, {"exhibitor", exhibitor}});
  };
  accepted_case("CF138-S01-0001", "C05", "Ningbo Bright Ltd.");
  accepted_case("CF138-S01-0002", "C07", "NINGBO  bright ltd.");  // same exhibitor, another booth
  accepted_case("CF138-S01-0003", "D01", "Other Co.");
  s.act("case.opened", opened("CF138-S01-0004", "C05"));  // not accepted: not counted
  s.act("respondent.recorded", respondent("CF138-S01-0004", "C05"));
  const FoldResult f = fold_cases(s.log());

  CHECK(cases_at_booth(f, "C05") == std::vector<std::string>{"CF138-S01-0001", "CF138-S01-0004"});
  CHECK(cases_at_booth(f, "Z99").empty());
  CHECK(cases_at_booth(f, "").empty());

  const auto repeats = repeat_respondents(f);
  REQUIRE(repeats.size() == 1);
  CHECK(repeats[0].respondent == "Ningbo Bright Ltd.");
  CHECK(repeats[0].booths == std::vector<std::string>{"C05", "C07"});
  CHECK(repeats[0].cases == std::vector<std::string>{"CF138-S01-0001", "CF138-S01-0002"});
}
