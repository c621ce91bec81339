#include <catch2/catch.hpp>

#include "cases/case_fold.h"
#include "cases/event_types.h"
#include "station_fixture.h"

using namespace fg;
using namespace fg::test;

namespace {
const std::string kNo = "CF138-S01-0001";

const TimelineEntry& last_entry(const FoldResult& f, const std::string& number = kNo) {
  const Case* c = f.find(number);
  REQUIRE(c);
  REQUIRE_FALSE(c->timeline.empty());
  return c->timeline.back();
}
}  // namespace

TEST_CASE("a complaint goes through intake, notice, defence and decision to closed", "[cases]") {
  TestStation s(1, "OF01");
  const std::string booth = "11.2C05";
  s.act("case.opened", opened(kNo, booth));
  const std::int64_t received = s.now();
  s.act("complainant.recorded", complainant(kNo));
  s.act("right.recorded", right(kNo));
  s.act("respondent.recorded", respondent(kNo, booth));
  s.act("product.recorded", {{"case_number", kNo},
                             {"description", "LED desk lamp"},
                             {"code", "6901234567892"},
                             {"code_format", "EAN-13"},
                             {"display_form", "exhibit"}});
  s.act("grounds.recorded", {{"case_number", kNo}, {"text", "Same overall visual impression"}});
  const std::string cert = blob_of("certificate scan");
  s.act("document.attached", {{"case_number", kNo}, {"kind", "patent_certificate"}, {"blob", cert}}, {cert});
  const std::string photo = blob_of("exhibit photo");
  s.act("evidence.added",
        {{"case_number", kNo},
         {"kind", "exhibit_photo"},
         {"blob", photo},
         {"booth", booth},
         {"captured_at", s.now()},
         {"original_seen", true}},
        {photo});
  s.act("admissibility.checked",
        {{"case_number", kNo}, {"complete", true}, {"duplicate", false}, {"prior_session", false}});
  s.act("case.filed", just(kNo));
  s.advance(kHour);
  s.act("case.accepted", just(kNo));
  const std::int64_t accepted = s.now();
  s.advance(2 * kHour);
  s.act(
      "notice.served",
      {{"case_number", kNo}, {"served_at", s.now()}, {"sticker", "FG1:CF138:11.2C05:sig"}, {"sticker_verified", true}});
  const std::int64_t served = s.now();
  const std::string sig = blob_of("respondent signature");
  s.act("ack.signed", {{"case_number", kNo}, {"party", "respondent"}, {"signature", sig}, {"about", "notice.served"}},
        {sig});
  s.advance(5 * kHour);
  s.act("defence.recorded", {{"case_number", kNo}, {"summary", "Prior art from 2015 catalogue"}});
  s.advance(2 * kHour);
  s.act("decision.recorded", decision(kNo, "exhibit_covered"));
  const std::int64_t decided = s.now();
  s.act("case.closed", just(kNo));

  FoldResult f = fold_cases(s.log(), "CF138");
  REQUIRE(f.cases.size() == 1);
  CHECK(f.unassigned.empty());
  CHECK(f.events == static_cast<std::int64_t>(s.log().size()));
  const Case& c = f.cases[0];
  CHECK(c.number == kNo);
  CHECK(c.state == CaseState::Closed);
  CHECK(c.fair == "CF138");
  CHECK(c.station == "S01");
  CHECK(c.booth == booth);
  CHECK(c.hall == "11.2");
  CHECK(c.complainant_id() == "91310000MA1K4ABC1X");
  CHECK(c.complainant["agent_badge"] == "A-0042");
  CHECK_FALSE(c.complainant.contains("case_number"));
  CHECK(c.right_type() == "design");
  CHECK(c.right_number() == "ZL 2019 3 0123456.7");
  CHECK(c.respondent["booth_source"] == "sticker_verified");
  CHECK(c.product["code"] == "6901234567892");
  CHECK(c.grounds["text"] == "Same overall visual impression");
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].blob == cert);
  REQUIRE(c.evidence.size() == 1);
  CHECK(c.evidence[0].fields["blob"] == photo);
  CHECK(c.evidence[0].id == s.log()[7].hash_hex());
  CHECK_FALSE(c.duplicate_flag());
  CHECK(c.received == received);
  CHECK(c.accepted == accepted);
  CHECK(c.served == served);
  CHECK(c.defence_deadline == served + 24 * kHour);
  CHECK(c.decided == decided);
  CHECK(c.closed == decided);
  REQUIRE(c.defences.size() == 1);
  CHECK_FALSE(c.defence_late());
  CHECK(c.outcome == "exhibit_covered");
  CHECK(c.measures == std::vector<std::string>{"exhibit_covered"});
  CHECK(c.sanction == "none");
  REQUIRE(c.acknowledgements.size() == 1);
  CHECK(c.acknowledgements[0].party == "respondent");
  CHECK(c.conflicts.empty());
  CHECK(c.invalid_events() == 0);

  // The timeline holds every event, in order, with who did what and the state it led to.
  REQUIRE(c.timeline.size() == s.log().size());
  for (std::size_t i = 0; i < c.timeline.size(); ++i) {
    const auto& t = c.timeline[i];
    const auto& e = s.log()[i].event;
    CHECK(t.valid);
    CHECK(t.reason.empty());
    CHECK(t.type == e.type);
    CHECK(t.ref == EventRef{e.device, e.seq, s.log()[i].hash_hex()});
    CHECK(t.officer == "OF01");
    CHECK(t.time == e.time);
    CHECK(t.hlc == e.hlc);
  }
  std::vector<CaseState> states;
  for (const auto& t : c.timeline)
    if (states.empty() || states.back() != t.state_after) states.push_back(t.state_after);
  CHECK(states == std::vector<CaseState>{CaseState::Draft, CaseState::Filed, CaseState::Accepted,
                                         CaseState::NoticeServed, CaseState::DefenceReceived, CaseState::Decided,
                                         CaseState::Closed});
}

TEST_CASE("a case opened at the desk without a booth takes the respondent's booth", "[cases]") {
  TestStation s(1, "OF01");
  s.act("case.opened", {{"case_number", kNo}, {"booth", ""}, {"station", "S01"}});
  s.act("respondent.recorded",
        {{"case_number", kNo}, {"booth", "9.1D22"}, {"hall", "9.1"}, {"booth_source", "manual"}});
  s.act("respondent.recorded", {{"case_number", kNo}, {"booth", "9.1D23"}, {"booth_source", "sticker_verified"}});
  const FoldResult folded = fold_cases(s.log());
  const Case& c = folded.cases.at(0);
  CHECK(c.state == CaseState::Draft);
  CHECK(c.invalid_events() == 0);
  CHECK(c.booth == "9.1D23");
  CHECK(c.hall == "9.1");
  CHECK(c.respondent_booth() == "9.1D23");

  TestStation t(2, "OF02");
  t.act("case.opened", opened(kNo, "A1"));
  t.act("respondent.recorded", respondent(kNo, "A9"));
  CHECK(fold_cases(t.log()).cases.at(0).booth == "A1");  // the complaint's booth stays
}

TEST_CASE("later details overwrite only the keys they carry", "[cases]") {
  TestStation s(1, "OF01");
  s.act("case.opened", opened(kNo, "A1"));
  s.act("complainant.recorded", complainant(kNo));
  s.act("complainant.recorded", {{"case_number", kNo}, {"badge", "B-777"}, {"agent", "Wang Fang"}});
  const FoldResult folded = fold_cases(s.log());
  const Case& c = folded.cases.at(0);
  CHECK(c.complainant["name"] == "Shenzhen Lumen Co.");
  CHECK(c.complainant["badge"] == "B-777");
  CHECK(c.complainant["agent"] == "Wang Fang");
  CHECK(c.timeline.size() == 3);  // the earlier value stays visible in the timeline's events
}

namespace {
struct InvalidStep {
  const char* name;
  std::vector<std::string> setup;  // valid steps after case.opened
  std::string bad_type;
  CaseState state;  // the state the case is in, and stays in
};
}  // namespace

TEST_CASE("every invalid transition is kept in the timeline, flagged, and changes nothing", "[cases]") {
  const std::vector<InvalidStep> steps = {
      {"accept before filing", {}, "case.accepted", CaseState::Draft},
      {"reject before filing", {}, "case.rejected", CaseState::Draft},
      {"notice before acceptance", {"case.filed"}, "notice.served", CaseState::Filed},
      {"defence before notice", {"case.filed", "case.accepted"}, "defence.recorded", CaseState::Accepted},
      {"decision before acceptance", {"case.filed"}, "decision.recorded", CaseState::Filed},
      {"filed twice", {"case.filed"}, "case.filed", CaseState::Filed},
      {"opened twice", {}, "case.opened", CaseState::Draft},
      {"transfer before acceptance", {"case.filed"}, "case.transferred", CaseState::Filed},
      {"close an open case", {"case.filed", "case.accepted", "notice.served"}, "case.closed", CaseState::NoticeServed},
      {"admissibility after acceptance", {"case.filed", "case.accepted"}, "admissibility.checked", CaseState::Accepted},
      {"notice twice", {"case.filed", "case.accepted", "notice.served"}, "notice.served", CaseState::NoticeServed},
      {"decision after close",
       {"case.filed", "case.accepted", "decision.recorded", "case.closed"},
       "decision.recorded",
       CaseState::Closed},
      {"details after close",
       {"case.filed", "case.rejected", "case.closed"},
       "complainant.recorded",
       CaseState::Closed},
      {"evidence after close", {"case.filed", "case.rejected", "case.closed"}, "evidence.added", CaseState::Closed},
      {"acknowledgement after close", {"case.withdrawn", "case.closed"}, "ack.signed", CaseState::Closed},
      {"withdraw after decision",
       {"case.filed", "case.accepted", "decision.recorded"},
       "case.withdrawn",
       CaseState::Decided},
      {"details after decision",
       {"case.filed", "case.accepted", "decision.recorded"},
       "right.recorded",
       CaseState::Decided},
      {"accept a rejected case", {"case.filed", "case.rejected"}, "case.accepted", CaseState::Rejected},
  };
  auto body_for = [](const std::string& type) -> Json {
    if (type == "case.opened") return opened(kNo, "A1");
    if (type == "case.rejected") return {{"case_number", kNo}, {"reason", "right expired"}};
    if (type == "decision.recorded") return decision(kNo, "no_infringement");
    if (type == "evidence.added") return {{"case_number", kNo}, {"kind", "note"}, {"text", "seen"}};
    if (type == "ack.signed") return {{"case_number", kNo}, {"party", "complainant"}, {"signature", blob_of("s")}};
    if (type == "complainant.recorded") return complainant(kNo, "CHANGED");
    if (type == "right.recorded") return right(kNo, "CHANGED");
    return just(kNo);
  };
  for (const auto& step : steps) {
    SECTION(step.name) {
      TestStation s(1, "OF01");
      s.act("case.opened", opened(kNo, "A1"));
      s.act("complainant.recorded", complainant(kNo));
      s.act("right.recorded", right(kNo));
      for (const auto& t : step.setup) s.act(t, body_for(t));
      const Case before = fold_cases(s.log()).cases.at(0);
      REQUIRE(before.state == step.state);
      REQUIRE(before.invalid_events() == 0);

      s.act(step.bad_type, body_for(step.bad_type));
      FoldResult f = fold_cases(s.log());
      const Case& c = f.cases.at(0);
      const TimelineEntry& t = c.timeline.back();
      CHECK(c.timeline.size() == s.log().size());  // kept
      CHECK(t.type == step.bad_type);
      CHECK_FALSE(t.valid);  // flagged
      CHECK_FALSE(t.reason.empty());
      CHECK(t.state_after == step.state);
      CHECK(c.state == step.state);  // nothing changed but the timeline
      Case without = c;
      without.timeline.pop_back();
      CHECK(without == before);
    }
  }
}

TEST_CASE("the reason names the event and the state it was not valid in", "[cases]") {
  TestStation s(1, "OF01");
  s.act("case.opened", opened(kNo, "A1"));
  s.act("case.filed", just(kNo));
  s.act("notice.served", just(kNo));
  CHECK(last_entry(fold_cases(s.log())).reason == "notice.served not valid in state filed");
}

TEST_CASE("events of an unopened case, bad bodies and unknown types are kept and flagged", "[cases]") {
  TestStation s(1, "OF01");
  s.act("complainant.recorded", complainant("CF138-S01-0009"));
  s.act("case.opened", opened(kNo, "A1"));
  s.act("case.filed", just(kNo));
  s.act("case.accepted", just(kNo));
  s.act("decision.recorded", decision(kNo, "banana"));
  s.act("case.opened", {{"case_number", "CF138-S01-0002"}, {"received_at", "yesterday"}});
  s.act("lunch.ordered", just(kNo));
  s.act("case.filed", Json::object());
  FoldResult f = fold_cases(s.log());

  const Case* orphan = f.find("CF138-S01-0009");
  REQUIRE(orphan);
  CHECK(orphan->state == CaseState::None);
  CHECK_FALSE(orphan->timeline.at(0).valid);
  CHECK_THAT(orphan->timeline.at(0).reason, Catch::Contains("not opened"));

  const Case* c = f.find(kNo);
  REQUIRE(c);
  CHECK(c->state == CaseState::Accepted);
  CHECK(c->outcome.empty());
  CHECK_THAT(c->timeline.back().reason, Catch::Contains("outcome") && Catch::Contains("banana"));

  const Case* bad_time = f.find("CF138-S01-0002");
  REQUIRE(bad_time);
  CHECK(bad_time->state == CaseState::None);
  CHECK(bad_time->timeline.at(0).reason == "body key 'received_at' must be an integer (ms UTC)");

  REQUIRE(f.unassigned.size() == 2);
  CHECK_THAT(f.unassigned[0].reason, Catch::Contains("lunch.ordered"));
  CHECK_THAT(f.unassigned[1].reason, Catch::Contains("case_number"));
  CHECK(f.events == 8);
}

TEST_CASE("a case number of another fair cannot open a case in this one", "[cases]") {
  TestStation s(1, "OF01");
  s.act("case.opened", opened("CF139-S01-0001", "A1"));
  s.act("case.opened", opened("LEGACY/2025/17", "A2"));  // numbers from before FairGuard stay usable
  const FoldResult f = fold_cases(s.log());
  REQUIRE(f.cases.size() == 2);
  CHECK(f.find("CF139-S01-0001")->state == CaseState::None);
  CHECK(f.find("CF139-S01-0001")->timeline.at(0).reason ==
        "case number CF139-S01-0001 belongs to fair CF139, not CF138");
  CHECK(f.find("LEGACY/2025/17")->state == CaseState::Draft);
}

TEST_CASE("events of another fair are set apart when the fair is named", "[cases]") {
  TestStation s(1, "OF01", "CF139");
  s.act("case.opened", opened("CF139-S01-0001", "A1"));
  CHECK(fold_cases(s.log(), "CF138").cases.empty());
  CHECK(fold_cases(s.log(), "CF138").unassigned.size() == 1);
  CHECK(fold_cases(s.log()).cases.size() == 1);
}

TEST_CASE("the defence deadline is notice served + 24 h and a late defence is stored and flagged", "[cases]") {
  TestStation s(1, "OF01");
  open_and_accept(s, kNo, "A1");
  const std::int64_t served = kFairStart + 3 * kHour;
  s.set_time(served + 10);
  s.act("notice.served", {{"case_number", kNo}, {"served_at", served}});

  SECTION("on time: 1 ms before the deadline") {
    s.act("defence.recorded", {{"case_number", kNo}, {"received_at", served + 24 * kHour - 1}, {"summary", "x"}});
    const FoldResult folded = fold_cases(s.log());
    const Case& c = folded.cases.at(0);
    CHECK(c.defence_deadline == served + 24 * kHour);
    CHECK(c.state == CaseState::DefenceReceived);
    CHECK_FALSE(c.defence_late());
    CHECK_FALSE(c.timeline.back().late);
  }
  SECTION("late: 1 ms after the deadline") {
    s.set_time(served + 25 * kHour);
    s.act("defence.recorded", {{"case_number", kNo}, {"received_at", served + 24 * kHour + 1}, {"summary", "x"}});
    const FoldResult folded = fold_cases(s.log());
    const Case& c = folded.cases.at(0);
    CHECK(c.state == CaseState::DefenceReceived);
    REQUIRE(c.defences.size() == 1);
    CHECK(c.defences[0].late);
    CHECK(c.defences[0].summary == "x");
    CHECK(c.timeline.back().valid);
    CHECK(c.timeline.back().late);
    CHECK_THAT(c.timeline.back().reason, Catch::Contains("deadline"));
  }
  SECTION("received_at defaults to the event time") {
    s.set_time(served + 30 * kHour);
    s.act("defence.recorded", {{"case_number", kNo}, {"summary", "x"}});
    CHECK(fold_cases(s.log()).cases.at(0).defences.at(0).received_at == served + 30 * kHour);
    CHECK(fold_cases(s.log()).cases.at(0).defence_late());
  }
  SECTION("no defence does not block the decision; a defence after it is stored as late") {
    s.set_time(served + 25 * kHour);
    s.act("decision.recorded", decision(kNo, "exhibit_withdrawn"));
    s.act("defence.recorded", {{"case_number", kNo}, {"summary", "too late"}});
    const FoldResult folded = fold_cases(s.log());
    const Case& c = folded.cases.at(0);
    CHECK(c.state == CaseState::Decided);
    CHECK(c.outcome == "exhibit_withdrawn");
    REQUIRE(c.defences.size() == 1);
    CHECK(c.defences[0].late);
    CHECK(c.timeline.back().valid);
    CHECK(c.timeline.back().late);
    CHECK(c.timeline.back().state_after == CaseState::Decided);
  }
}

TEST_CASE("two stations deciding differently offline are flagged as a conflict, nothing dropped", "[cases]") {
  TestStation s1(1, "OF01"), s2(2, "OF02");
  open_and_accept(s1, kNo, "A1");
  s2.set_time(s1.now());
  s2.receive(s1.log());  // both stations know the accepted case, then lose the network
  s1.advance(kHour);
  s2.advance(kHour + 5);
  s1.act("decision.recorded", decision(kNo, "exhibit_covered"));
  s2.act("decision.recorded", decision(kNo, "no_infringement"));
  std::vector<SignedEvent> merged = s1.log();
  merged.insert(merged.end(), s2.log().begin(), s2.log().end());

  const FoldResult folded = fold_cases(merged);
  const Case& c = folded.cases.at(0);
  CHECK(c.state == CaseState::Decided);
  CHECK(c.outcome == "exhibit_covered");  // s1 is first in fold order (earlier hlc)
  REQUIRE(c.conflicts.size() == 1);
  CHECK(c.conflicts[0].group == "outcome");
  CHECK(c.conflicts[0].held.device == s1.device());
  CHECK(c.conflicts[0].held_action == "decision.recorded:exhibit_covered");
  CHECK(c.conflicts[0].rival.device == s2.device());
  CHECK(c.conflicts[0].rival_action == "decision.recorded:no_infringement");
  const TimelineEntry& t = c.timeline.back();
  CHECK(t.ref.device == s2.device());
  CHECK(t.conflict);
  CHECK_FALSE(t.valid);
  CHECK(c.timeline.size() == merged.size());
}

TEST_CASE("concurrent accept and reject by two stations is an admission conflict", "[cases]") {
  TestStation s1(1, "OF01"), s2(2, "OF02");
  s1.act("case.opened", opened(kNo, "A1"));
  s1.act("case.filed", just(kNo));
  s2.receive(s1.log());
  s2.act("case.rejected", {{"case_number", kNo}, {"reason", "no power of attorney"}});
  s1.advance(1);
  s1.act("case.accepted", just(kNo));
  std::vector<SignedEvent> merged = s1.log();
  merged.insert(merged.end(), s2.log().begin(), s2.log().end());
  const FoldResult folded = fold_cases(merged);
  const Case& c = folded.cases.at(0);
  REQUIRE(c.conflicts.size() == 1);
  CHECK(c.conflicts[0].group == "admission");
  // Whichever came first in fold order holds; the other is kept as the rival.
  CHECK((c.state == CaseState::Accepted || c.state == CaseState::Rejected));
  CHECK(c.conflicts[0].rival_action != c.conflicts[0].held_action);
}

TEST_CASE("the same decision by two stations is a flagged duplicate, not a conflict", "[cases]") {
  TestStation s1(1, "OF01"), s2(2, "OF02");
  open_and_accept(s1, kNo, "A1");
  s2.receive(s1.log());
  s1.act("decision.recorded", decision(kNo, "settled"));
  s2.act("decision.recorded", decision(kNo, "settled"));
  std::vector<SignedEvent> merged = s2.log();
  merged.insert(merged.end(), s1.log().begin(), s1.log().end());
  const FoldResult folded = fold_cases(merged);
  const Case& c = folded.cases.at(0);
  CHECK(c.state == CaseState::Decided);
  CHECK(c.conflicts.empty());
  CHECK(c.invalid_events() == 1);
  CHECK_THAT(c.timeline.back().reason, Catch::Contains("already taken by another station"));
}

TEST_CASE("a second decision from the same station is an invalid transition, not a conflict", "[cases]") {
  TestStation s(1, "OF01");
  open_and_accept(s, kNo, "A1");
  s.act("decision.recorded", decision(kNo, "settled"));
  s.act("decision.recorded", decision(kNo, "no_infringement"));
  const FoldResult folded = fold_cases(s.log());
  const Case& c = folded.cases.at(0);
  CHECK(c.outcome == "settled");
  CHECK(c.conflicts.empty());
  CHECK(c.timeline.back().reason == "decision.recorded not valid in state decided");
}

TEST_CASE("evidence is never edited: a correction is a new item pointing at the old one", "[cases]") {
  TestStation s(1, "OF01");
  s.act("case.opened", opened(kNo, "A1"));
  const std::string photo = blob_of("photo");
  SignedEvent added = s.act("evidence.added",
                            {{"case_number", kNo},
                             {"kind", "exhibit_photo"},
                             {"blob", photo},
                             {"booth", "A2"},
                             {"captured_at", s.now()},
                             {"original_seen", false}},
                            {photo});
  SignedEvent fix1 = s.act("evidence.corrected", {{"case_number", kNo},
                                                  {"corrects", {{"device", s.device()}, {"seq", added.event.seq}}},
                                                  {"reason", "wrong booth typed"},
                                                  {"booth", "A1"}});
  s.act("evidence.corrected", {{"case_number", kNo},
                               {"corrects", {{"hash", fix1.hash_hex()}}},
                               {"reason", "original was shown"},
                               {"original_seen", true}});
  s.act("evidence.corrected", {{"case_number", kNo}, {"corrects", {{"hash", blob_of("nothing")}}}, {"reason", "?"}});
  const FoldResult folded = fold_cases(s.log());
  const Case& c = folded.cases.at(0);
  REQUIRE(c.evidence.size() == 3);
  CHECK(c.evidence[0].fields["booth"] == "A2");  // the original is kept as it was
  CHECK(c.evidence[0].corrected_by == std::vector<std::string>{fix1.hash_hex()});
  CHECK_FALSE(c.evidence[0].current());
  CHECK(c.evidence[1].corrects == added.hash_hex());
  CHECK(c.evidence[1].fields["booth"] == "A1");
  CHECK(c.evidence[1].fields["blob"] == photo);
  CHECK(c.evidence[2].corrects == fix1.hash_hex());
  CHECK(c.evidence[2].fields["booth"] == "A1");
  CHECK(c.evidence[2].fields["original_seen"] == true);
  CHECK(c.evidence[2].current());
  CHECK_FALSE(c.timeline.back().valid);
  CHECK_THAT(c.timeline.back().reason, Catch::Contains("no earlier evidence item"));
}

TEST_CASE("a refusal to sign is an acknowledgement with its photo and witness, flagged without them", "[cases]") {
  TestStation s(1, "OF01");
  s.act("case.opened", opened(kNo, "11.2C05"));
  s.act("case.filed", just(kNo));
  s.act("case.accepted", just(kNo));
  s.act("notice.served", {{"case_number", kNo}, {"sticker", "FG1:CF138:11.2C05:sig"}, {"sticker_verified", true}});
  const std::string photo = blob_of("notice left on the counter");
  // No photo, no witness: kept, flagged, not an acknowledgement.
  s.act("ack.refused", {{"case_number", kNo}, {"party", "respondent"}, {"witness", "OF02"}});
  s.act("ack.refused", {{"case_number", kNo}, {"party", "respondent"}, {"photo", photo}}, {photo});
  s.act("ack.refused",
        {{"case_number", kNo},
         {"party", "respondent"},
         {"about", "notice.served"},
         {"photo", photo},
         {"witness", "OF02"},
         {"signer", "Mr Zhao"},
         {"role", "sales manager"}},
        {photo});
  const FoldResult f = fold_cases(s.log(), "CF138");
  const Case& c = f.cases.at(0);
  CHECK(c.state == CaseState::NoticeServed);  // a receipt, signed or not, changes no state
  REQUIRE(c.acknowledgements.size() == 1);
  const Acknowledgement& a = c.acknowledgements[0];
  CHECK(a.refused);
  CHECK(a.signature.empty());
  CHECK(a.photo == photo);
  CHECK(a.witness == "OF02");
  CHECK(a.signer == "Mr Zhao");
  CHECK(a.role == "sales manager");
  CHECK(a.about == "notice.served");
  const auto& t = c.timeline;
  REQUIRE(t.size() == 7);
  CHECK_FALSE(t[4].valid);
  CHECK(t[4].reason.find("photo") != std::string::npos);
  CHECK_FALSE(t[5].valid);
  CHECK(t[5].reason.find("witness") != std::string::npos);
  CHECK(t[6].valid);
}
