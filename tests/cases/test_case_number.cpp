#include <catch2/catch.hpp>
#include <set>

#include "cases/case_number.h"
#include "station_fixture.h"

using namespace fg;

TEST_CASE("case numbers format and parse as FAIR-STATION-NNNN", "[cases]") {
  CHECK(format_case_number({"CF138", "S03", 42}) == "CF138-S03-0042");
  CHECK(format_case_number({"CF138", "S03", 12345}) == "CF138-S03-12345");
  auto n = parse_case_number("CF138-S03-0042");
  REQUIRE(n);
  CHECK(*n == CaseNumber{"CF138", "S03", 42});
  CHECK(parse_case_number("CF138-S03-12345")->counter == 12345);
  for (const char* bad : {"", "CF138", "CF138-S03", "CF138-S03-42", "CF138-S03-00042", "CF138-S03-0000",
                          "cf138-S03-0042", "CF138-S 3-0042", "CF138-S03-00x2", "CF-138-S03-0042", "CF138--0042",
                          "CF138-S03-0042 ", "CF138-S03-1234567890"})
    CHECK_FALSE(parse_case_number(bad));
  CHECK_THROWS_WITH(format_case_number({"CF-138", "S03", 1}), Catch::Contains("fair id"));
  CHECK_THROWS_WITH(format_case_number({"CF138", "s3", 1}), Catch::Contains("station code"));
  CHECK_THROWS_WITH(format_case_number({"CF138", "S03", 0}), Catch::Contains("counter"));
}

TEST_CASE("next case number follows the station counter and round-trips", "[cases]") {
  CHECK(format_case_number(next_case_number("CF138", "S03", 0)) == "CF138-S03-0001");
  CHECK(format_case_number(next_case_number("CF138", "S03", 41)) == "CF138-S03-0042");
  CHECK(format_case_number(next_case_number("CF138", "S03", 9999)) == "CF138-S03-10000");
  CHECK_THROWS(next_case_number("CF138", "S03", -1));
  for (std::int64_t c : {1, 9, 10, 999, 1000, 9999, 10000, 123456789}) {
    CaseNumber n{"CF138", "S12", c};
    CHECK(parse_case_number(format_case_number(n)) == n);
  }
}

TEST_CASE("two stations numbering offline never collide and a station recovers its counter", "[cases]") {
  std::set<std::string> seen;
  for (const char* station : {"S01", "S02"})
    for (std::int64_t last = 0; last < 200; ++last)
      CHECK(seen.insert(format_case_number(next_case_number("CF138", station, last))).second);

  test::TestStation s1(1, "OF01"), s2(2, "OF02");
  for (int i = 1; i <= 3; ++i) s1.act("case.opened", test::opened(format_case_number({"CF138", "S01", i}), "A1"));
  s2.act("case.opened", test::opened("CF138-S02-0007", "B2", "S02"));
  std::vector<SignedEvent> all = s1.log();
  all.insert(all.end(), s2.log().begin(), s2.log().end());
  CHECK(highest_counter(all, "CF138", "S01") == 3);
  CHECK(highest_counter(all, "CF138", "S02") == 7);
  CHECK(highest_counter(all, "CF138", "S09") == 0);
  CHECK(highest_counter(all, "CF139", "S01") == 0);
}

TEST_CASE("case numbers sort by fair, station and numeric counter", "[cases]") {
  CHECK(case_number_less("CF138-S03-9999", "CF138-S03-10000"));
  CHECK(case_number_less("CF138-S02-0500", "CF138-S03-0001"));
  CHECK_FALSE(case_number_less("CF138-S03-0001", "CF138-S03-0001"));
  CHECK(case_number_less("CF138-S03-0001", "legacy-42"));
}
