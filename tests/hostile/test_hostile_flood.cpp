// Finding 13 of issue 11: one enrolled device floods the fair with junk cases; the bureau
// revokes it with a cut-off. Its events after the cut-off stay in relay.db as evidence, but
// no station's case list and no report figure counts them, and the report says why.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>

#include "cases/case_fold.h"
#include "cases/event_types.h"
#include "data/relay_data.h"
#include "hostile_fair.h"

using namespace fg;
using namespace fg::test;

namespace {

constexpr int kJunk = 300;

std::size_t case_count(relay::SimStation& s) {
  return fold_cases(s.store().working_in_fold_order(), "CF138").cases.size();
}

Json figures(HostileFair& fair, const std::string& name) {
  const auto out = fair.dir() / name;
  const auto r = fair.relay().admin({"report", "--out", out.string()});
  INFO(r.err << r.out);
  REQUIRE(r.code == 0);
  std::ifstream in(out / "figures.json");
  std::ostringstream s;
  s << in.rdbuf();
  return Json::parse(s.str());
}

}  // namespace

TEST_CASE("hostile flood: 300 junk cases, revoked with a cut-off, leave every working view but stay as evidence",
          "[hostile]") {
  HostileFair fair;
  relay::SimStation& hostile = fair.station("hostile");
  relay::SimStation& desk = fair.station("desk");
  std::mt19937_64 rng(13);

  hostile.take_complaint(rng, 0);  // seq 1..12: real work before it went bad
  desk.take_complaint(rng, 0);
  REQUIRE(hostile.sync().report.events_refused == 0);
  const std::int64_t last_good = hostile.store().head_seq(hostile.key().public_hex());
  for (int i = 1; i <= kJunk; ++i) {
    char number[48];
    std::snprintf(number, sizeof number, "CF138-%s-9%03d", hostile.code().c_str(), i);
    hostile.store().append(hostile.key(), "GZ001", std::string(events::kCaseOpened),
                           {{"case_number", number}, {"station", hostile.code()}});
  }
  REQUIRE(hostile.sync().report.events_refused == 0);
  REQUIRE(desk.sync().report.events_refused == 0);
  REQUIRE(case_count(desk) == 2 + kJunk);  // the flood reached the other station's dashboard
  CHECK(figures(fair, "before")["complaints"]["received"] == 2 + kJunk);

  const auto revoke =
      fair.relay().admin({"revoke", "--device", hostile.code(), "--after-seq", std::to_string(last_good)});
  INFO(revoke.err << revoke.out);
  REQUIRE(revoke.code == 0);
  CHECK_THAT(revoke.out, Catch::Contains("up to seq " + std::to_string(last_good)) &&
                             Catch::Contains(std::to_string(kJunk) + " event(s) after that are set aside"));

  // The station that already holds the junk hides it at its next sync (the signed cut-off).
  const auto r = desk.sync();
  CHECK(r.report.events_refused == 0);
  CHECK(case_count(desk) == 2);
  CHECK(desk.store().event_count() == 24 + kJunk);  // still held there, set aside
  REQUIRE(desk.store().set_aside().size() == 1);
  CHECK(desk.store().set_aside()[0].events == kJunk);

  // A station enrolled afterwards receives the device's good events only.
  relay::SimStation& late = fair.station("late");
  CHECK(late.store().head_seq(hostile.key().public_hex()) == last_good);
  CHECK(case_count(late) == 2);

  const Json f = figures(fair, "after");
  CHECK(f["complaints"]["received"] == 2);
  CHECK(f["checks"]["set_aside_events"] == kJunk);
  REQUIRE(f["checks"]["set_aside"].size() == 1);
  CHECK(f["checks"]["set_aside"][0]["reason"] == "device revoked");
  CHECK(f["checks"]["set_aside"][0]["after_seq"] == last_good);

  relay::RelayData data(fair.relay().dir());
  CHECK(data.events().head_seq(hostile.key().public_hex()) == last_good + kJunk);  // all kept in relay.db
  CHECK(data.events().verify_chain(hostile.key().public_hex()).ok);
}
