// The case page: actions offered and accepted only in workflow order; serving a notice needs
// the respondent booth's genuine sticker and writes a notice PDF; the timeline shows who did
// what, signed.
#include <QFile>

#include <catch2/catch.hpp>

#include "case_controller.h"
#include "cases/case.h"
#include "cases/event_types.h"
#include "intake_wizard.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

TEST_CASE("an action out of workflow order is refused and records nothing", "[station]") {
  Station s;
  s.signIn();
  IntakeWizard& w = *s.backend->intake();
  REQUIRE(w.recordComplainant({{"name", "A"}, {"idNumber", "1"}}));
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(w.caseNumber());
  CHECK(page.status() == "draft");
  CHECK_FALSE(page.allowedActions().contains("notice.served"));
  const auto before = s.events();
  CHECK_FALSE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), {}));
  CHECK(page.error().contains("draft"));
  CHECK_FALSE(page.recordDecision("exhibit_covered", {}, "none", {}));
  CHECK_FALSE(page.close({}));
  CHECK(s.events() == before);
}

TEST_CASE("serve notice, defence, decision, close: in order, with the notice PDF", "[station]") {
  Station s;
  s.signIn();
  const std::string number = accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(QString::fromStdString(number));
  CHECK(page.allowedActions() ==
        QStringList{"notice.served", "decision.recorded", "case.withdrawn", "case.transferred", "evidence.added"});

  // The sticker must be genuine and be the respondent's booth.
  const auto before = s.events();
  CHECK_FALSE(page.serveNotice(QString::fromStdString(s.forged_sticker("9.1K23")), {}));
  CHECK_FALSE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K27")), {}));
  CHECK(page.error().contains("9.1K27"));
  CHECK(s.events() == before);

  const qint64 t0 = s.backend->now();
  REQUIRE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), "Booth manager"));
  CHECK(page.status() == "notice_served");
  const Case* c = s.backend->findCase(number);
  REQUIRE(c->defence_deadline);
  CHECK(*c->defence_deadline - *c->served == events::kDefencePeriodMs);
  CHECK(*c->served >= t0);
  QFile pdf(page.noticePdf());
  REQUIRE(pdf.open(QIODevice::ReadOnly));
  CHECK(pdf.read(5) == "%PDF-");
  CHECK(pdf.size() > 2000);

  CHECK_FALSE(page.recordDefence("  "));
  REQUIRE(page.recordDefence("Own design since 2018."));
  CHECK(page.status() == "defence_received");
  CHECK_FALSE(page.close({}));  // not before a decision
  REQUIRE(page.addEvidence("note", {}, "Exhibit photographed from three sides.", true));
  REQUIRE(page.recordDecision("exhibit_covered", {"exhibit_covered", "materials_sealed"}, "none", {}));
  CHECK_FALSE(page.recordDecision("no_infringement", {}, "none", {}));  // decided once
  REQUIRE(page.close("done"));
  CHECK(page.status() == "closed");
  CHECK(page.allowedActions().isEmpty());

  // The timeline: every event of the case, signed, applied, by this officer at station S03.
  const auto& rows = page.timeline()->rows();
  REQUIRE(rows.size() == s.types().size());
  for (const TimelineRow& r : rows) {
    CHECK(r.signatureValid);
    CHECK(r.valid);
    CHECK(r.station == "S03");
    CHECK(r.officer == "OF-017");
  }
  CHECK(rows.back().type == "case.closed");
}

TEST_CASE("a case can be withdrawn or transferred only while open", "[station]") {
  Station s;
  s.signIn();
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(QString::fromStdString(accepted_case(s)));
  REQUIRE(page.transfer("Unresolved at closing", "Guangzhou IP Office"));
  CHECK(page.status() == "transferred");
  CHECK_FALSE(page.withdraw("changed mind"));
  REQUIRE(page.close({}));
}

TEST_CASE("after actions, the case-by-case fold equals a full fold of the store", "[station]") {
  Station s;
  QString error;
  s.signIn();  // else add_demo_cases signs out at the end, which closes the encrypted stores
  const bool added = add_demo_cases(*s.backend, s.fair, 9, &error);
  INFO(error.toStdString());
  REQUIRE(added);
  const std::vector<Case> incremental = s.backend->fold().cases;
  s.backend->refresh();
  CHECK(s.backend->fold().cases.size() == 9);
  CHECK(incremental == s.backend->fold().cases);
}
