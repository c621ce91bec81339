// The case page's file: every fact the officer stands behind, read back from the events: the
// intake documents, who served the notice and to whom, the receipt, the defences, the decision
// with its reasons and who decided, and how the case ended, each with officer and time.
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "case_controller.h"
#include "intake_wizard.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

TEST_CASE("the case page holds the whole file: documents, notice, receipt, defence, decision, closing", "[station]") {
  Station s;
  s.signIn();
  const std::string number = fg::test::intake_to_admissibility(*s.backend, s.fair);
  IntakeWizard& w = *s.backend->intake();
  QTemporaryDir dir;
  QImage scan(400, 300, QImage::Format_RGB32);
  scan.fill(Qt::white);
  const QString file = dir.filePath("certificate.png");
  REQUIRE(scan.save(file));
  REQUIRE(w.attachDocument("patent_certificate", file));
  REQUIRE(w.saveSignature(fg::test::drawn_signature(), "W"));
  REQUIRE(w.accept({}));
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(QString::fromStdString(number));
  REQUIRE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), "Chen Jing"));
  REQUIRE(page.signReceipt(fg::test::drawn_signature(), "Chen Jing", "booth manager"));
  REQUIRE(page.recordDefence("Own design since 2018."));
  REQUIRE(page.recordDecision("exhibit_covered", {"exhibit_covered", "materials_sealed"}, "fair_notice",
                              "Same shape and pattern as the registered design."));
  REQUIRE(page.close("Measures checked at the booth."));

  const QVariantMap d = page.details();
  const QString officer = QStringLiteral("Li Wei 李伟 (OF-017)");
  const QVariantList documents = d.value("documents").toList();
  REQUIRE(documents.size() == 1);
  CHECK(documents[0].toMap().value("kind") == "patent_certificate");
  CHECK(documents[0].toMap().value("blob").toString().size() == 64);
  CHECK(documents[0].toMap().value("officer") == officer);

  const QVariantMap notice = d.value("notice").toMap();
  CHECK(notice.value("recipient") == "Chen Jing");
  CHECK(notice.value("officer") == officer);
  CHECK(notice.value("deadline").toLongLong() - notice.value("served").toLongLong() == 24LL * 3600 * 1000);

  QVariantMap receipt;
  for (const QVariant& r : d.value("receipts").toList())
    if (r.toMap().value("party") == "respondent") receipt = r.toMap();
  CHECK(receipt.value("signer") == "Chen Jing");
  CHECK(receipt.value("role") == "booth manager");
  CHECK_FALSE(receipt.value("refused").toBool());

  const QVariantList defences = d.value("defences").toList();
  REQUIRE(defences.size() == 1);
  CHECK(defences[0].toMap().value("summary") == "Own design since 2018.");
  CHECK_FALSE(defences[0].toMap().value("late").toBool());

  const QVariantMap decision = d.value("decision").toMap();
  CHECK(decision.value("outcome") == "exhibit_covered");
  CHECK(decision.value("measures").toStringList() == QStringList{"exhibit_covered", "materials_sealed"});
  CHECK(decision.value("sanction") == "fair_notice");
  CHECK(decision.value("reasons") == "Same shape and pattern as the registered design.");
  CHECK(decision.value("officer") == officer);
  CHECK(decision.value("time").toLongLong() > 0);

  const QVariantList endings = d.value("endings").toList();
  REQUIRE(endings.size() == 1);
  CHECK(endings[0].toMap().value("type") == "case.closed");
  CHECK(endings[0].toMap().value("reason") == "Measures checked at the booth.");
}
