// The intake wizard against a real store: every step appends its event; refusals (bad patent
// number, forged sticker, missing documents, duplicate, empty signature) append nothing.
#include <QBuffer>
#include <QFile>
#include <QImage>

#include <catch2/catch.hpp>

#include <sstream>

#include "cases/case.h"
#include "crypto/sha256.h"
#include "intake_wizard.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

TEST_CASE("a complaint goes from intake to accepted, one signed event per step", "[station]") {
  Station s;
  s.signIn();
  IntakeWizard& w = *s.backend->intake();
  const std::string number = fg::test::intake_to_admissibility(*s.backend, s.fair);
  CHECK(number == "CF138-S03-0001");
  REQUIRE(w.saveSignature(fg::test::drawn_signature(), "Wang Fang"));
  REQUIRE(w.accept("documents seen"));
  CHECK(w.step() == IntakeWizard::Finished);

  CHECK(s.types() == std::vector<std::string>{"case.opened", "complainant.recorded", "right.recorded",
                                              "respondent.recorded", "product.recorded", "grounds.recorded",
                                              "admissibility.checked", "ack.signed", "case.filed", "case.accepted"});
  const Case* c = s.backend->findCase(number);
  REQUIRE(c);
  CHECK(c->state == CaseState::Accepted);
  CHECK(c->right_number() == "ZL 2017 1 0601862.3");
  CHECK(c->respondent.value("booth_source", "") == "sticker_verified");
  CHECK(c->respondent.value("exhibitor", "").find("Ningbo Lumen") == 0);
  CHECK(c->product.value("code_format", "") == "EAN-13");
  CHECK(s.backend->store()->verify_chain(s.backend->deviceKey()->public_hex()).ok);

  // The drawn signature is a PNG blob whose bytes hash to the name the event cites (read
  // through the store: the file itself is encrypted).
  REQUIRE(c->acknowledgements.size() == 1);
  const std::string blob = c->acknowledgements[0].signature;
  std::ostringstream png;
  REQUIRE(s.backend->blobs()->read(blob, png));
  CHECK(sha256_hex(as_bytes(png.str())) == blob);
  CHECK(png.str().substr(0, 4) == std::string("\x89PNG", 4));
}

TEST_CASE("the step bar shows as done the steps recorded for this case, also after going back", "[station]") {
  Station s;
  s.signIn();
  IntakeWizard& w = *s.backend->intake();
  const auto done = [&w] {
    std::vector<bool> out;
    for (const QVariant& v : w.stepsDone()) out.push_back(v.toBool());
    return out;
  };
  w.reset();
  CHECK(done() == std::vector<bool>(7, false));
  REQUIRE(w.recordComplainant({{"name", "Shenzhen Brightlight Co., Ltd."},
                               {"kind", "company"},
                               {"idNumber", "91440300MA5TEST02"},
                               {"country", "CN"}}));
  REQUIRE(w.recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.3"}}));
  w.setStep(IntakeWizard::Complainant);  // back to correct step 1: what is recorded stays done
  CHECK(done() == std::vector<bool>{true, true, false, false, false, false, false});

  fg::test::intake_to_admissibility(*s.backend, s.fair);
  CHECK(done() == std::vector<bool>{true, true, true, true, true, true, false});
  REQUIRE(w.reject("The right had lapsed."));
  CHECK(done() == std::vector<bool>(7, true));
}

TEST_CASE("a patent number that does not check is refused and records nothing", "[station]") {
  Station s;
  s.signIn();
  IntakeWizard& w = *s.backend->intake();
  REQUIRE(w.recordComplainant({{"name", "A"}, {"idNumber", "1"}}));
  const auto before = s.events();

  const QVariantMap live = w.checkRightNumber("invention", "ZL 2017 1 0601862.4");
  CHECK_FALSE(live.value("ok").toBool());
  CHECK(live.value("message").toString().contains("expected 3"));
  CHECK_FALSE(w.recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.4"}}));
  CHECK(w.error().contains("expected 3"));
  // A design patent number for an invention patent is refused too.
  CHECK_FALSE(w.recordRight({{"rightType", "invention"}, {"number", "201930111222.4"}}));
  CHECK_FALSE(w.recordRight({{"rightType", "design"}, {"number", ""}}));
  CHECK(s.events() == before);
  CHECK(w.step() == IntakeWizard::Right);

  CHECK(w.checkRightNumber("invention", "200710308494.x").value("ok").toBool());
  REQUIRE(w.recordRight({{"rightType", "invention"}, {"number", "200710308494.x"}}));
  CHECK(s.events() == before + 1);
}

TEST_CASE("a forged or foreign booth sticker is refused: a typed booth is marked manual", "[station]") {
  Station s;
  s.signIn();
  IntakeWizard& w = *s.backend->intake();
  REQUIRE(w.recordComplainant({{"name", "A"}, {"idNumber", "1"}}));
  REQUIRE(w.recordRight({{"rightType", "trademark"}, {"number", "G1234567"}}));
  const auto before = s.events();

  const QString forged = QString::fromStdString(s.forged_sticker("9.1K23"));
  CHECK_FALSE(w.checkSticker(forged).value("ok").toBool());
  CHECK_FALSE(w.recordRespondentFromSticker(forged));
  CHECK(w.error().contains("Forged"));
  CHECK_FALSE(w.recordRespondentFromSticker("4006381333931"));  // a product code, not a sticker
  // A typed booth that is not in the booth list needs the exhibitor's name.
  CHECK_FALSE(w.recordRespondentManual("99.9Z99", ""));
  CHECK(s.events() == before);

  const QVariantMap genuine = w.checkSticker(QString::fromStdString(s.fair.sticker("10.2B05")));
  CHECK(genuine.value("ok").toBool());
  CHECK(genuine.value("booth").toString() == "10.2B05");

  REQUIRE(w.recordRespondentManual("10.2b05", ""));
  const Case* c = s.backend->findCase(w.caseNumber().toStdString());
  REQUIRE(c);
  CHECK(c->respondent.value("booth_source", "") == "manual");
  CHECK(c->respondent.value("booth", "") == "10.2B05");
  CHECK(c->respondent.value("exhibitor", "") == "佛山美家电器有限公司");  // from the booth list
}

TEST_CASE("acceptance is refused while documents are missing, for a duplicate, and without a signature", "[station]") {
  Station s;
  s.signIn();
  IntakeWizard& w = *s.backend->intake();

  // Missing documents.
  REQUIRE(w.recordComplainant({{"name", "B"}, {"idNumber", "2"}, {"agent", "Li Agent"}}));
  REQUIRE(w.recordRight({{"rightType", "design"}, {"number", "201930111222.4"}}));
  REQUIRE(w.recordRespondentManual("9.1K27", ""));
  REQUIRE(w.recordProduct({{"description", "spanner"}}));
  REQUIRE(w.recordGrounds("copy"));
  bool asks_power_of_attorney = false;
  for (const QVariant& d : w.documents())
    asks_power_of_attorney |= d.toMap().value("kind").toString() == "power_of_attorney";
  CHECK(asks_power_of_attorney);  // filed through an agent
  REQUIRE(w.checkAdmissibility(false, {}));
  REQUIRE(w.saveSignature(fg::test::drawn_signature(), "B"));
  CHECK_FALSE(w.accept({}));
  INFO(w.error().toStdString());
  CHECK(w.error().contains("missing"));
  CHECK_FALSE(w.reject("  "));  // a rejection needs its reason
  REQUIRE(w.reject("Power of attorney not presented."));
  CHECK(s.backend->findCase(w.caseNumber().toStdString())->state == CaseState::Rejected);

  // The same complainant, right and booth again: a duplicate.
  const std::string first = fg::test::intake_to_admissibility(*s.backend, s.fair, "9.1K23", "SAME-ID");
  REQUIRE(w.saveSignature(fg::test::drawn_signature(), "C"));
  REQUIRE(w.accept({}));
  const std::string second = fg::test::intake_to_admissibility(*s.backend, s.fair, "9.1K23", "SAME-ID");
  CHECK(first != second);
  CHECK(w.duplicate());
  CHECK(s.backend->findCase(second)->duplicate_flag());
  REQUIRE(w.saveSignature(fg::test::drawn_signature(), "C"));
  CHECK_FALSE(w.accept({}));
  CHECK(w.error().contains("duplicate"));

  // No signature yet, and an empty pad is no signature.
  fg::test::intake_to_admissibility(*s.backend, s.fair, "12.1A01", "OTHER-ID");
  CHECK_FALSE(w.accept({}));
  CHECK(w.error().contains("signed"));
  QImage blank(300, 120, QImage::Format_ARGB32);
  blank.fill(Qt::transparent);
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  blank.save(&buffer, "PNG");
  const auto before = s.events();
  CHECK_FALSE(w.saveSignature("data:image/png;base64," + QString::fromLatin1(png.toBase64()), "X"));
  CHECK(s.events() == before);
}

TEST_CASE("nothing is recorded without a signed-in officer", "[station]") {
  Station s;
  IntakeWizard& w = *s.backend->intake();
  CHECK_FALSE(w.recordComplainant({{"name", "A"}, {"idNumber", "1"}}));
  CHECK(w.error().contains("Sign in"));
  CHECK(s.events() == 0);
}
