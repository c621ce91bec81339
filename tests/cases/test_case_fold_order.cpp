#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>

#include "cases/case_fold.h"
#include "fair_scenario.h"
#include "ledger/store.h"
#include "support/temp_dir.h"

using namespace fg;
using namespace fg::test;

TEST_CASE("the scenario exercises what order must not change", "[cases]") {
  FairScenario fair(20);
  FoldResult f = fold_cases(fair.all(), "CF138");
  REQUIRE(f.cases.size() == 60);
  int conflicts = 0, invalid = 0, late = 0, corrections = 0, closed = 0;
  for (const Case& c : f.cases) {
    conflicts += static_cast<int>(c.conflicts.size());
    invalid += c.invalid_events();
    late += c.defence_late();
    corrections += static_cast<int>(
        std::count_if(c.evidence.begin(), c.evidence.end(), [](const EvidenceItem& e) { return !e.corrects.empty(); }));
    closed += c.state == CaseState::Closed;
  }
  CHECK(conflicts > 0);
  CHECK(invalid > conflicts);
  CHECK(late > 0);
  CHECK(corrections > 0);
  CHECK(closed > 0);
}

TEST_CASE("any permutation of the events folds to the identical result", "[cases]") {
  FairScenario fair(20);
  std::vector<SignedEvent> events = fair.all();
  const FoldResult expected = fold_cases(events, "CF138");
  std::mt19937 rng(20261125);
  for (int round = 0; round < 25; ++round) {
    std::shuffle(events.begin(), events.end(), rng);
    INFO("round " << round);
    REQUIRE(fold_cases(events, "CF138") == expected);
  }
  std::reverse(events.begin(), events.end());
  CHECK(fold_cases(events, "CF138") == expected);
}

TEST_CASE("events received twice are folded once", "[cases]") {
  FairScenario fair(6);
  std::vector<SignedEvent> events = fair.all();
  const FoldResult expected = fold_cases(events);
  std::vector<SignedEvent> doubled = events;
  doubled.insert(doubled.end(), events.begin(), events.begin() + static_cast<long>(events.size() / 2));
  std::shuffle(doubled.begin(), doubled.end(), std::mt19937(7));
  CHECK(fold_cases(doubled) == expected);
  CHECK(fold_cases(doubled).events == static_cast<std::int64_t>(events.size()));
}

TEST_CASE("two stations' event sets merged in any order converge", "[cases]") {
  FairScenario fair(12);
  // What each station holds before the last sync: its own events plus part of the others'.
  auto holding = [&](const TestStation& own, const TestStation& x, const TestStation& y, std::size_t cut) {
    std::vector<SignedEvent> v = own.log();
    v.insert(v.end(), x.log().begin(), x.log().begin() + static_cast<long>(std::min(cut, x.log().size())));
    v.insert(v.end(), y.log().begin(), y.log().begin() + static_cast<long>(std::min(cut, y.log().size())));
    return v;
  };
  std::vector<SignedEvent> at_a = holding(fair.a, fair.b, fair.c, 40);
  std::vector<SignedEvent> at_b = holding(fair.b, fair.c, fair.a, 90);
  std::vector<SignedEvent> at_c = holding(fair.c, fair.a, fair.b, 10);
  CHECK_FALSE(fold_cases(at_a) == fold_cases(at_b));  // before the sync they differ

  auto merge = [](std::vector<SignedEvent> x, const std::vector<SignedEvent>& y) {
    x.insert(x.end(), y.begin(), y.end());
    return x;
  };
  const FoldResult everything = fold_cases(fair.all());
  CHECK(fold_cases(merge(merge(at_a, at_b), at_c)) == everything);
  CHECK(fold_cases(merge(merge(at_c, at_b), at_a)) == everything);
  CHECK(fold_cases(merge(at_b, merge(at_a, at_c))) == everything);
}

TEST_CASE("two stations' SQLite stores folded after a sync both ways show the same cases", "[cases]") {
  TempDir dir;
  KeyPair k1 = KeyPair::from_seed(std::vector<std::uint8_t>(32, 21));
  KeyPair k2 = KeyPair::from_seed(std::vector<std::uint8_t>(32, 22));
  EventStore s1(dir.path() / "s1.db", "CF138"), s2(dir.path() / "s2.db", "CF138");
  s1.trust_device(k2.public_hex());
  s2.trust_device(k1.public_hex());
  const std::string no = "CF138-S01-0001";
  for (auto& [type, body] : std::vector<std::pair<std::string, Json>>{{"case.opened", opened(no, "A1")},
                                                                      {"complainant.recorded", complainant(no)},
                                                                      {"case.filed", just(no)},
                                                                      {"case.accepted", just(no)}})
    s1.append(k1, "OF01", type, body);
  for (const auto& r : s2.import_batch(s1.all_in_fold_order())) REQUIRE(accepted(r.status));
  // Both decide offline, then sync both ways.
  s1.append(k1, "OF01", "decision.recorded", decision(no, "exhibit_covered"));
  s2.append(k2, "OF02", "decision.recorded", decision(no, "no_infringement"));
  s2.append(k2, "OF02", "case.opened", opened("CF138-S02-0001", "B7", "S02"));
  for (const auto& r : s2.import_batch(s1.all_in_fold_order())) REQUIRE(accepted(r.status));
  for (const auto& r : s1.import_batch(s2.all_in_fold_order())) REQUIRE(accepted(r.status));

  const FoldResult f1 = fold_cases(s1.all_in_fold_order(), "CF138");
  const FoldResult f2 = fold_cases(s2.all_in_fold_order(), "CF138");
  CHECK(f1 == f2);
  REQUIRE(f1.cases.size() == 2);
  CHECK(f1.cases[0].state == CaseState::Decided);
  CHECK(f1.cases[0].conflicts.size() == 1);
  CHECK(f1.cases[1].state == CaseState::Draft);
}

TEST_CASE("bodies of any shape never make the fold throw, and it stays deterministic", "[cases]") {
  FairScenario fair(4);
  std::mt19937 rng(99);
  const std::vector<Json> odd = {Json(),
                                 Json(42),
                                 Json("x"),
                                 Json(true),
                                 Json::array({1, "a"}),
                                 Json::object(),
                                 Json{{"hash", 7}, {"device", "d"}, {"seq", 1}},
                                 Json(-1)};
  // Re-sign each event of a fresh station with one body value replaced by an odd one.
  TestStation mangler(40, "OF40");
  for (const SignedEvent& s : fair.all()) {
    Json body = s.event.body;
    if (body.empty()) continue;
    auto it = body.begin();
    std::advance(it, static_cast<long>(rng() % body.size()));
    *it = odd[rng() % odd.size()];
    if (rng() % 5 == 0) body = odd[rng() % odd.size()];
    if (!body.is_object()) body = Json::object();
    mangler.act(s.event.type, body);
  }
  mangler.act("evidence.corrected", {{"case_number", "CF138-S01-0001"}, {"corrects", odd[6]}});
  std::vector<SignedEvent> events = fair.all();
  events.insert(events.end(), mangler.log().begin(), mangler.log().end());
  FoldResult expected;
  REQUIRE_NOTHROW(expected = fold_cases(events));
  CHECK(expected.events == static_cast<std::int64_t>(events.size()));
  std::size_t kept = expected.unassigned.size();
  for (const Case& c : expected.cases) kept += c.timeline.size();
  CHECK(kept == events.size());  // nothing dropped
  std::shuffle(events.begin(), events.end(), rng);
  CHECK(fold_cases(events) == expected);
}

TEST_CASE("the incremental folder equals the full fold whatever batches and order events arrive in", "[cases]") {
  FairScenario fair(10);
  std::vector<SignedEvent> events = fair.all();
  TestStation odd(41, "OF41");
  events.push_back(odd.act("lunch.ordered", {{"case_number", "CF138-S01-0001"}}));
  events.push_back(odd.act("case.filed", Json::object()));
  const FoldResult expected = fold_cases(events, "CF138");

  SECTION("in the order each station made them, one event at a time") {
    CaseFolder folder("CF138");
    for (const auto& s : events) {
      CHECK(folder.add(std::span(&s, 1)) == 1);
      (void)folder.result();  // refreshed after every action, as the station screen does
    }
    CHECK(folder.result() == expected);
  }
  SECTION("shuffled, in random batches, with repeats") {
    std::mt19937 rng(5);
    for (int round = 0; round < 5; ++round) {
      std::shuffle(events.begin(), events.end(), rng);
      CaseFolder folder("CF138");
      std::size_t at = 0, added = 0;
      while (at < events.size()) {
        std::size_t n = std::min<std::size_t>(1 + rng() % 40, events.size() - at);
        added += folder.add(std::span(events).subspan(at, n));
        if (rng() % 2) (void)folder.result();
        if (rng() % 3 == 0) CHECK(folder.add(std::span(events).subspan(0, at)) == 0);  // a repeated sync
        at += n;
      }
      CHECK(added == events.size());
      REQUIRE(folder.result() == expected);
    }
  }
}
