#include <catch2/catch.hpp>

#include <random>

#include "cases/case_json.h"
#include "fair_scenario.h"

using namespace fg;
using namespace fg::test;

TEST_CASE("a folded case exports as JSON with states as words and missing times as null", "[cases]") {
  TestStation s(1, "OF01");
  const std::string no = "CF138-S01-0001";
  open_and_accept(s, no, "A1");
  s.act("notice.served", {{"case_number", no}, {"served_at", kFairStart}});
  s.act("case.filed", just(no));  // invalid: kept
  const FoldResult f = fold_cases(s.log());
  const Json j = to_json(f.cases.at(0));
  CHECK(j["case_number"] == no);
  CHECK(j["state"] == "notice_served");
  CHECK(j["defence_deadline"] == kFairStart + 24 * kHour);
  CHECK(j["decided"].is_null());
  CHECK(j["complainant"]["id_number"] == "91310000MA1K4ABC1X");
  REQUIRE(j["timeline"].size() == s.log().size());
  CHECK(j["timeline"][0]["type"] == "case.opened");
  CHECK(j["timeline"][0]["state_after"] == "draft");
  CHECK(j["timeline"].back()["valid"] == false);
  CHECK(j["timeline"].back()["reason"] == "case.filed not valid in state notice_served");
  CHECK(j["timeline"].back()["event"]["hash"] == s.log().back().hash_hex());

  const Json row = to_json(case_list(f).at(0));
  CHECK(row["state"] == "notice_served");
  CHECK(row["invalid_events"] == 1);
}

TEST_CASE("the exported fold has the same canonical bytes for any input order", "[cases]") {
  FairScenario fair(8);
  std::vector<SignedEvent> events = fair.all();
  const std::string expected = canonical_dump(to_json(fold_cases(events)));
  std::shuffle(events.begin(), events.end(), std::mt19937(3));
  CHECK(canonical_dump(to_json(fold_cases(events))) == expected);
  CHECK(expected.size() > 10'000);
}
