// The respondent's receipt of the notice on the case page: signed on the pad under the
// declaration they confirm, with their name and role; or refused, which needs a photo of the
// notice left at the booth and a second officer of the roster as witness. Either is one
// signed event; anything missing is refused with a message and writes nothing.
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "case_controller.h"
#include "cases/case.h"
#include "cases/event_types.h"
#include "ledger/json_fields.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

namespace {

std::string served_case(Station& s) {
  const std::string number = accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  CHECK_FALSE(page.receiptPending());  // no notice yet
  REQUIRE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), {}));
  CHECK(page.receiptPending());
  return number;
}

SignedEvent last_event(Station& s) {
  auto all = s.backend->store()->working_in_fold_order();
  return all.back();
}

// A pad nobody touched: a transparent PNG.
QString blank_pad() {
  QImage blank(300, 120, QImage::Format_ARGB32);
  blank.fill(Qt::transparent);
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  blank.save(&buffer, "PNG");
  return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

}  // namespace

TEST_CASE("the respondent signs the receipt of the notice under the declaration", "[station]") {
  Station s;
  s.signIn();
  const std::string number = served_case(s);
  CaseController& page = *s.backend->currentCase();
  const auto before = s.events();
  CHECK_FALSE(page.signReceipt(fg::test::drawn_signature(), " ", "booth manager"));
  CHECK(page.error() == "Enter the name of the person who receives the notice.");
  CHECK_FALSE(page.signReceipt(fg::test::drawn_signature(), "Chen Jing", ""));
  CHECK(page.error() == "Enter their role at the booth (e.g. booth manager).");
  CHECK_FALSE(page.signReceipt(blank_pad(), "Chen Jing", "booth manager"));
  CHECK(page.error() == "The signature pad is empty: ask the recipient to sign, or record that they refuse.");
  CHECK(s.events() == before);

  const QString declaration = page.receiptDeclaration("Chen Jing", "booth manager");
  CHECK(declaration.startsWith(
      QStringLiteral("I, Chen Jing, booth manager at booth 9.1K23, confirm that I received the notice of complaint "
                     "of case %1 on ")
          .arg(QString::fromStdString(number))));
  REQUIRE(page.signReceipt(fg::test::drawn_signature(), " Chen Jing ", "booth manager"));
  const SignedEvent e = last_event(s);
  CHECK(e.event.type == events::kAckSigned);
  CHECK(string_at(e.event.body, "party") == "respondent");
  CHECK(string_at(e.event.body, "about") == "notice.served");
  CHECK(string_at(e.event.body, "signer") == "Chen Jing");
  CHECK(string_at(e.event.body, "role") == "booth manager");
  CHECK(string_at(e.event.body, "declaration") == declaration.toStdString());
  CHECK(string_at(e.event.body, "notice").size() == 64);  // the paper acknowledged
  const std::string signature = string_at(e.event.body, "signature");
  CHECK(e.event.blobs == std::vector<std::string>{signature});
  CHECK(s.backend->blobs()->size(signature));
  CHECK_FALSE(page.receiptPending());
  CHECK_FALSE(page.signReceipt(fg::test::drawn_signature(), "Someone", "else"));  // once
  CHECK(page.error() == "The notice's receipt is recorded already, or no notice was served.");
}

TEST_CASE("a refusal to sign needs a photo of the notice at the booth and a second officer as witness", "[station]") {
  Station s;
  s.signIn();
  served_case(s);
  CaseController& page = *s.backend->currentCase();
  const auto before = s.events();
  CHECK_FALSE(page.refuseReceipt("Mr Zhao", "sales", {}, "OF-023"));
  CHECK(page.error() == "Photograph the notice left at the booth: a refusal needs the photo.");
  CHECK_FALSE(page.refuseReceipt("Mr Zhao", "sales", QString(64, QLatin1Char('f')), "OF-023"));  // not sealed here
  CHECK(page.error() == "Photograph the notice left at the booth: a refusal needs the photo.");

  // The photo, sealed from a file (the camera's frame goes the same way).
  QTemporaryDir dir;
  QImage photo(640, 480, QImage::Format_RGB32);
  photo.fill(QColor(200, 180, 120));
  const QString file = dir.filePath("notice-at-booth.jpg");
  REQUIRE(photo.save(file));
  const QString blob = page.sealRefusalPhoto(file);
  REQUIRE(blob.size() == 64);
  CHECK(page.sealRefusalPhoto(dir.filePath("missing.jpg")).isEmpty());
  CHECK_FALSE(page.error().isEmpty());

  CHECK_FALSE(page.refuseReceipt("Mr Zhao", "sales", blob, "  "));
  CHECK(page.error() == "Name the second officer who saw the refusal (their officer id).");
  CHECK_FALSE(page.refuseReceipt("Mr Zhao", "sales", blob, "OF-999"));
  CHECK(page.error() == "OF-999 is not an officer on the roster.");
  CHECK_FALSE(page.refuseReceipt("Mr Zhao", "sales", blob, "of-017"));
  CHECK(page.error() == "The witness is a second officer: not you, who served the notice.");
  CHECK(s.events() == before);
  s.backend->language()->setLanguage("zh_CN");
  CHECK_FALSE(page.refuseReceipt({}, {}, {}, "OF-023"));
  CHECK(page.error() == QStringLiteral("请拍摄留置在展位的告知书：拒绝签收须附照片。"));
  s.backend->language()->setLanguage("en");

  // Name and role are optional: a refusing recipient may not give them.
  REQUIRE(page.refuseReceipt({}, {}, blob, "of-023"));
  const SignedEvent e = last_event(s);
  CHECK(e.event.type == events::kAckRefused);
  CHECK(e.event.officer == "OF-017");
  CHECK(string_at(e.event.body, "witness") == "OF-023");
  CHECK(string_at(e.event.body, "photo") == blob.toStdString());
  CHECK(e.event.blobs == std::vector<std::string>{blob.toStdString()});
  CHECK_FALSE(e.event.body.contains("signer"));
  const Case* c = s.backend->findCase(page.caseNumber().toStdString());
  REQUIRE(c->acknowledgements.size() == 2);  // the complainant's at intake, this refusal
  CHECK(c->acknowledgements[1].refused);
  CHECK(c->timeline.back().valid);
  CHECK_FALSE(page.receiptPending());
}

TEST_CASE("after the decision the respondent signs for the decision notice too", "[station]") {
  Station s;
  s.signIn();
  const std::string number = served_case(s);
  CaseController& page = *s.backend->currentCase();
  CHECK(page.receiptAbout() == "notice.served");
  REQUIRE(page.signReceipt(fg::test::drawn_signature(), "Chen Jing", "booth manager"));
  CHECK(page.receiptAbout().isEmpty());  // nothing else handed over yet
  REQUIRE(page.recordDecision("no_infringement", {}, "none", "The lamp's shade differs from the design."));

  // The decision notice now waits for its receipt, under its own declaration.
  CHECK(page.receiptAbout() == "decision.recorded");
  CHECK(page.receiptPending());
  const QString declaration = page.receiptDeclaration("Chen Jing", "booth manager");
  CHECK(declaration.startsWith(
      QStringLiteral("I, Chen Jing, booth manager at booth 9.1K23, confirm that I received the decision notice of "
                     "case %1 on ")
          .arg(QString::fromStdString(number))));
  CHECK(declaration.endsWith("My signature does not mean that I accept the decision."));
  REQUIRE(page.signReceipt(fg::test::drawn_signature(), "Chen Jing", "booth manager"));
  const SignedEvent e = last_event(s);
  CHECK(e.event.type == events::kAckSigned);
  CHECK(string_at(e.event.body, "about") == "decision.recorded");
  CHECK(string_at(e.event.body, "declaration") == declaration.toStdString());
  // The paper acknowledged is the decision notice the case page lists.
  QString decision_paper;
  for (const QVariant& p : page.papers())
    if (p.toMap().value("kind") == "decision") decision_paper = p.toMap().value("blob").toString();
  REQUIRE(decision_paper.size() == 64);
  CHECK(string_at(e.event.body, "document") == decision_paper.toStdString());
  CHECK_FALSE(e.event.body.contains("notice"));
  CHECK(page.receiptAbout().isEmpty());
  CHECK_FALSE(page.signReceipt(fg::test::drawn_signature(), "Someone", "else"));  // once
}

TEST_CASE("a refused receipt of the decision notice needs its photo and witness too", "[station]") {
  Station s;
  s.signIn();
  served_case(s);
  CaseController& page = *s.backend->currentCase();
  REQUIRE(page.recordDecision("no_infringement", {}, "none", "The lamp's shade differs from the design."));
  CHECK(page.receiptAbout() == "notice.served");  // the notice's receipt is still owed first
  QTemporaryDir dir;
  QImage photo(320, 240, QImage::Format_RGB32);
  photo.fill(QColor(180, 200, 120));
  REQUIRE(photo.save(dir.filePath("left.png")));
  REQUIRE(page.refuseReceipt({}, {}, page.sealRefusalPhoto(dir.filePath("left.png")), "OF-023"));
  CHECK(page.receiptAbout() == "decision.recorded");
  CHECK_FALSE(page.refuseReceipt({}, {}, {}, "OF-023"));
  CHECK(page.error() == "Photograph the notice left at the booth: a refusal needs the photo.");
  REQUIRE(page.refuseReceipt({}, {}, page.sealRefusalPhoto(dir.filePath("left.png")), "OF-023"));
  const SignedEvent e = last_event(s);
  CHECK(e.event.type == events::kAckRefused);
  CHECK(string_at(e.event.body, "about") == "decision.recorded");
  CHECK(page.receiptAbout().isEmpty());
}

TEST_CASE("the complainant signs for the acceptance or rejection slip handed to them", "[station]") {
  Station s;
  s.signIn();
  const std::string number = accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  CHECK(page.complainantReceiptAbout() == "case.accepted");
  CHECK(page.complainantDeclaration("Wu Lei").startsWith(
      QStringLiteral("I, Wu Lei, confirm that I received the acceptance notice of complaint %1 on ")
          .arg(QString::fromStdString(number))));
  const auto before = s.events();
  CHECK_FALSE(page.signComplainantReceipt(fg::test::drawn_signature(), "  "));
  CHECK(page.error() == "Enter the name of the person who receives it.");
  CHECK_FALSE(page.signComplainantReceipt(blank_pad(), "Wu Lei"));
  CHECK(s.events() == before);

  REQUIRE(page.signComplainantReceipt(fg::test::drawn_signature(), "Wu Lei"));
  const SignedEvent e = last_event(s);
  CHECK(e.event.type == events::kAckSigned);
  CHECK(string_at(e.event.body, "party") == "complainant");
  CHECK(string_at(e.event.body, "about") == "case.accepted");
  CHECK(string_at(e.event.body, "signer") == "Wu Lei");
  QString slip;
  for (const QVariant& p : page.papers())
    if (p.toMap().value("kind") == "acceptance") slip = p.toMap().value("blob").toString();
  REQUIRE(slip.size() == 64);
  CHECK(string_at(e.event.body, "document") == slip.toStdString());
  CHECK(e.event.blobs == std::vector<std::string>{string_at(e.event.body, "signature")});
  CHECK(page.complainantReceiptAbout().isEmpty());
  CHECK_FALSE(page.signComplainantReceipt(fg::test::drawn_signature(), "Wu Lei"));  // once
  CHECK(page.error() == "The complainant has signed for this notice already, or none was issued.");
  CHECK(page.receiptAbout().isEmpty());  // the respondent's receipts are another matter

  // A rejected complaint's slip is signed for the same way.
  const std::string rejected = fg::test::intake_to_admissibility(*s.backend, s.fair, "9.1K23", "91440300MA5TEST02");
  REQUIRE(s.backend->intake()->reject("The right had lapsed."));
  page.setCaseNumber(QString::fromStdString(rejected));
  CHECK(page.complainantReceiptAbout() == "case.rejected");
  CHECK(page.complainantDeclaration("Wu Lei").contains("received the rejection notice of complaint"));
  REQUIRE(page.signComplainantReceipt(fg::test::drawn_signature(), "Wu Lei"));
  CHECK(string_at(last_event(s).event.body, "about") == "case.rejected");
  CHECK(page.complainantReceiptAbout().isEmpty());
}
