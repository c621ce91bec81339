// The case page: actions offered and accepted only in workflow order; serving a notice needs
// the respondent booth's genuine sticker and writes a notice PDF; the timeline shows who did
// what, signed.
#include <QFile>

#include <algorithm>
#include <sstream>

#include <catch2/catch.hpp>

#include "case_controller.h"
#include "cases/case.h"
#include "cases/event_types.h"
#include "crypto/sha256.h"
#include "documents/document_pdf.h"
#include "ledger/json_fields.h"
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
  REQUIRE(page.recordDecision("exhibit_covered", {"exhibit_covered", "materials_sealed"}, "none",
                              "Same shape and pattern as the registered design."));
  CHECK_FALSE(page.recordDecision("no_infringement", {}, "none", "Another shape."));  // decided once
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

namespace {

// The stored event of `type` in case `number` (the first in fold order).
std::optional<SignedEvent> event_of(Station& s, const std::string& number, std::string_view type) {
  for (const SignedEvent& e : s.backend->store()->working_in_fold_order())
    if (e.event.type == type && string_at(e.event.body, "case_number") == number) return e;
  return std::nullopt;
}

// The plain bytes of a blob in the station's (encrypted) blob store.
std::string blob_bytes(Station& s, const std::string& hash) {
  std::ostringstream out;
  REQUIRE(s.backend->blobs()->read(hash, out));
  return out.str();
}

}  // namespace

TEST_CASE("a decision is refused without an outcome, without reasons, or contradicting its outcome", "[station]") {
  Station s;
  s.signIn();
  const std::string number = accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(QString::fromStdString(number));
  const auto before = s.events();
  struct Refusal {
    const char* outcome;
    QStringList measures;
    const char* sanction;
    const char* reasons;
    const char* message;
  };
  const Refusal refusals[] = {
      {"", {}, "none", "Anything.", "Choose the outcome."},
      {"complaint_withdrawn", {}, "none", "Anything.", "Choose the outcome."},  // its own action
      {"exhibit_covered",
       {"exhibit_covered"},
       "none",
       "  ",
       "Give the reasons: why the exhibit infringes the right (the features or claims compared)."},
      {"no_infringement", {}, "none", "", "Give the reasons: why the exhibit does not infringe the right."},
      {"exhibit_withdrawn", {}, "none", "", "Give the reasons: what the respondent withdrew from the fair, and when."},
      {"settled", {}, "none", "", "Give the reasons: what the parties agreed."},
      {"exhibit_covered", {}, "", "Same design.", "Choose the sanction (\"No sanction\" when there is none)."},
      {"exhibit_covered",
       {"materials_sealed"},
       "none",
       "Same design.",
       "Infringement was found: tick what was done with the exhibit (covered or removed)."},
      {"no_infringement",
       {"exhibit_covered"},
       "none",
       "Other shape.",
       "No infringement was found: no measure can be ordered. Untick the measures."},
      {"no_infringement",
       {},
       "fair_notice",
       "Other shape.",
       "No infringement was found: no sanction can be imposed. Choose \"No sanction\"."},
      {"settled",
       {},
       "delegation_notice",
       "Licence agreed.",
       "A sanction needs a finding of infringement (outcome \"Cover exhibit\"). Choose \"No sanction\"."},
      {"exhibit_covered",
       {"exhibit_covered", "exhibit_burnt"},
       "none",
       "Same design.",
       "Unknown measure: exhibit_burnt"},
  };
  for (const Refusal& r : refusals) {
    INFO(r.outcome << " / " << r.sanction << " / " << r.measures.join(",").toStdString());
    CHECK(page.decisionProblem(r.outcome, r.measures, r.sanction, r.reasons) == r.message);
    CHECK_FALSE(page.recordDecision(r.outcome, r.measures, r.sanction, r.reasons));
    CHECK(page.error() == r.message);
  }
  CHECK(s.events() == before);
  CHECK(page.status() == "accepted");

  // In Chinese too.
  s.backend->language()->setLanguage("zh_CN");
  CHECK(page.decisionProblem("", {}, "none", {}) == QStringLiteral("请选择处理结果。"));
  CHECK(page.decisionProblem("settled", {}, "none", {}) == QStringLiteral("请写明理由：双方达成了什么协议。"));
  s.backend->language()->setLanguage("en");

  // Each outcome may be recorded with what fits it (here: the last one).
  CHECK(page.decisionProblem("exhibit_withdrawn", {"exhibit_removed"}, "none", "Withdrawn at 14:00.").isEmpty());
  CHECK(page.decisionProblem("no_infringement", {}, "none", "Other shape.").isEmpty());
  CHECK(page.decisionProblem("exhibit_covered", {"exhibit_removed"}, "fair_notice", "Third offence.").isEmpty());
  REQUIRE(page.recordDecision("settled", {}, "none", "  The respondent takes a licence.  "));
  const auto decision = event_of(s, number, events::kDecisionRecorded);
  REQUIRE(decision);
  CHECK(string_at(decision->event.body, "reasons") == "The respondent takes a licence.");
  CHECK(string_at(decision->event.body, "sanction") == "none");
}

TEST_CASE(
    "the acceptance slip, notice and decision notice are sealed as blobs the events cite, as the renderer "
    "makes them",
    "[station]") {
  Station s;
  s.signIn();
  const std::string number = accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(QString::fromStdString(number));
  REQUIRE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), "Chen Jing, booth manager"));
  REQUIRE(page.recordDefence("Own design since 2018."));
  REQUIRE(page.recordDecision("exhibit_covered", {"exhibit_covered"}, "fair_notice", "Same shape as the design."));

  const std::vector<SignedEvent> events = s.backend->store()->working_in_fold_order();
  for (const auto& [type, key] : {std::pair{events::kCaseAccepted, "document"},
                                  {events::kNoticeServed, "notice"},
                                  {events::kDecisionRecorded, "document"}}) {
    INFO(type);
    const auto issuing = event_of(s, number, type);
    REQUIRE(issuing);
    const std::string cited = string_at(issuing->event.body, key);
    REQUIRE(cited.size() == 64);
    CHECK(std::find(issuing->event.blobs.begin(), issuing->event.blobs.end(), cited) != issuing->event.blobs.end());
    const std::string pdf = blob_bytes(s, cited);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    CHECK(sha256_hex(as_bytes(pdf)) == cited);
    // Made again from the events alone (as the relay does): the same bytes.
    CHECK(render_issued_document(events, *issuing, s.backend->fairConfig()) == pdf);
  }
  // The case page's viewer copy of the notice is that blob.
  QFile file(page.noticePdf());
  REQUIRE(file.open(QIODevice::ReadOnly));
  const auto notice = event_of(s, number, events::kNoticeServed);
  CHECK(file.readAll().toStdString() == blob_bytes(s, string_at(notice->event.body, "notice")));
}

TEST_CASE("a rejected complaint's slip is sealed, cited by case.rejected and made again from the events", "[station]") {
  Station s;
  s.signIn();
  const std::string number = fg::test::intake_to_admissibility(*s.backend, s.fair);
  IntakeWizard& w = *s.backend->intake();
  REQUIRE(w.reject("The power of attorney is missing."));
  const auto rejected = event_of(s, number, events::kCaseRejected);
  REQUIRE(rejected);
  const std::string cited = string_at(rejected->event.body, "document");
  REQUIRE(cited.size() == 64);
  CHECK(rejected->event.blobs == std::vector<std::string>{cited});
  const std::string pdf = blob_bytes(s, cited);
  CHECK(sha256_hex(as_bytes(pdf)) == cited);
  CHECK(render_issued_document(s.backend->store()->working_in_fold_order(), *rejected, s.backend->fairConfig()) == pdf);
  // The case page lists it to show and print.
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(QString::fromStdString(number));
  const QVariantList papers = page.papers();
  REQUIRE(papers.size() == 1);
  CHECK(papers[0].toMap().value("kind") == "rejection");
  CHECK(papers[0].toMap().value("blob").toString().toStdString() == cited);
}
