// The exhibitors' self-service kiosk: submissions wait in memory (nothing recorded, nothing on
// disk), an officer exits with id + PIN (a wrong PIN counts), takes one over into the intake
// wizard pre-filled, and the recorded case carries the exhibitor's details. No case is
// reachable while kiosk mode is on.
#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

#include "case_controller.h"
#include "intake_wizard.h"
#include "kiosk_desk.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

namespace {

QVariantMap first_form(const Station& s) {
  return {{"kind", "company"},
          {"name", "Hoffmann Werkzeuge GmbH"},
          {"idNumber", "HRB 123456"},
          {"country", "de"},
          {"badge", "EXH-7781"},
          {"agent", "Li Na 李娜"},
          {"agentBadge", "AG-0042"},
          {"rightType", "invention"},
          {"number", "201710601862.3"},
          {"title", "Ratchet spanner"},
          {"sticker", QString::fromStdString(s.fair.sticker("9.1K23"))},
          {"grounds", "The spanners on display copy claim 1."},
          {"contact", "+49 711 123456"}};
}

QVariantMap second_form() {
  return {{"kind", "person"},
          {"name", "王芳"},
          {"idNumber", "110101199003071234"},
          {"country", "CN"},
          {"rightType", "design"},
          {"number", "ZL 2019 3 0111222.4"},
          {"booth", "10.2b05"},
          {"grounds", "外观与我的外观设计相同。"},
          {"contact", "wang.fang@example.cn"}};
}

// True when any file under `dir` contains `text` (UTF-8).
bool on_disk(const QString& dir, const QString& text) {
  const QByteArray needle = text.toUtf8();
  for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
    QFile f(it.next());
    if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("kiosk submission waits in memory until an officer exits with the PIN and records it", "[station]") {
  Station s;
  s.signIn();
  KioskDesk& desk = *s.backend->kioskDesk();
  REQUIRE(desk.enter());
  CHECK(desk.active());
  CHECK_FALSE(s.backend->session()->signedIn());  // the officer's session does not stay open
  CHECK(s.backend->dataOpen());                   // but the data stays open, so the background sync goes on
  const auto events_before = s.events();

  // A form with a patent number that does not check is refused with the intake's message.
  QVariantMap bad = first_form(s);
  bad["number"] = "201710601862.4";
  CHECK(desk.submit(bad) == 0);
  CHECK_FALSE(desk.error().isEmpty());
  CHECK(desk.pendingCount() == 0);

  const int k1 = desk.submit(first_form(s));
  REQUIRE(k1 > 0);
  CHECK(desk.error().isEmpty());
  CHECK(desk.pendingCount() == 1);
  CHECK(desk.queue()->rowCount() == 0);                      // the kiosk shows no submission
  CHECK(s.events() == events_before);                        // nothing recorded
  CHECK_FALSE(on_disk(s.dir.path(), "Hoffmann Werkzeuge"));  // nor written anywhere
  CHECK_FALSE(on_disk(s.dir.path(), "+49 711 123456"));

  // A wrong PIN does not exit and counts as a failed sign-in.
  CHECK_FALSE(desk.exit("OF-017", "0000"));
  CHECK(desk.active());
  CHECK(s.backend->session()->remainingAttempts() == OfficerSession::kMaxFailures - 1);
  CHECK_FALSE(desk.takeOver(k1));  // not from inside the kiosk

  REQUIRE(desk.exit("OF-017", "1234"));
  CHECK_FALSE(desk.active());
  CHECK(s.backend->session()->officerId() == "OF-017");
  CHECK(s.backend->session()->remainingAttempts() == OfficerSession::kMaxFailures);
  REQUIRE(desk.queue()->rowCount() == 1);
  CHECK(desk.queue()->data(desk.queue()->index(0), KioskQueueModel::NameRole).toString() == "Hoffmann Werkzeuge GmbH");
  CHECK(desk.queue()->data(desk.queue()->index(0), KioskQueueModel::BoothRole).toString() == "9.1K23");

  // Take over: the wizard opens pre-filled, marked as the exhibitor's entry.
  REQUIRE(desk.takeOver(k1));
  // The queue names the officer who took it over as the case page does, not by id alone.
  const QString taken_by = desk.queue()->data(desk.queue()->index(0), KioskQueueModel::TakenByRole).toString();
  CHECK(taken_by == s.backend->session()->officerName() + " (" + s.backend->session()->officerId() + ")");
  CHECK_FALSE(s.backend->session()->officerName().isEmpty());
  IntakeWizard& w = *s.backend->intake();
  CHECK(w.kioskSubmission() == k1);
  CHECK(w.caseNumber().isEmpty());  // nothing recorded yet
  const QVariantMap c = w.recorded().value("complainant").toMap();
  CHECK(c.value("name").toString() == "Hoffmann Werkzeuge GmbH");
  CHECK(c.value("id_number").toString() == "HRB 123456");
  CHECK(c.value("country").toString() == "DE");
  CHECK(c.value("agent").toString() == "Li Na 李娜");
  const QVariantMap r = w.recorded().value("right").toMap();
  CHECK(r.value("right_type").toString() == "invention");
  CHECK(r.value("number").toString() == "ZL 2017 1 0601862.3");  // display form, as checked
  CHECK(w.recorded().value("grounds").toMap().value("text").toString() == "The spanners on display copy claim 1.");

  // The officer checks each step and saves what the steps show (as the pages do).
  REQUIRE(w.recordComplainant({{"name", c.value("name")},
                               {"kind", c.value("kind")},
                               {"idNumber", c.value("id_number")},
                               {"country", c.value("country")},
                               {"badge", c.value("badge")},
                               {"agent", c.value("agent")},
                               {"agentBadge", c.value("agent_badge")}}));
  CHECK(desk.pendingCount() == 0);  // the case holds it now
  REQUIRE(w.recordRight(
      {{"rightType", r.value("right_type")}, {"number", r.value("number")}, {"title", r.value("title")}}));
  REQUIRE(w.recordRespondentFromSticker(w.exhibitorEntry().value("respondent").toMap().value("sticker").toString()));
  REQUIRE(w.recordProduct({{"description", "Ratchet spanner set"}}));
  // Every step the exhibitor filled must be saved by the officer before the admissibility check.
  for (const QVariant& d : w.documents()) w.setDocumentSeen(d.toMap().value("kind").toString(), true);
  CHECK_FALSE(w.checkAdmissibility(false, {}));
  REQUIRE(w.recordGrounds(w.recorded().value("grounds").toMap().value("text").toString()));
  REQUIRE(w.checkAdmissibility(false, {}));
  REQUIRE(w.saveSignature(fg::test::drawn_signature(), "Li Na"));
  REQUIRE(w.accept({}));

  const Case* recorded = s.backend->findCase(w.caseNumber().toStdString());
  REQUIRE(recorded);
  CHECK(recorded->state == CaseState::Accepted);
  CHECK(recorded->complainant.value("name", "") == "Hoffmann Werkzeuge GmbH");
  CHECK(recorded->complainant.value("id_number", "") == "HRB 123456");
  CHECK(recorded->complainant.value("country", "") == "DE");
  CHECK(recorded->complainant.value("badge", "") == "EXH-7781");
  CHECK(recorded->complainant.value("agent", "") == "Li Na 李娜");
  CHECK(recorded->complainant.value("agent_badge", "") == "AG-0042");
  CHECK(recorded->complainant.value("contact", "") == "+49 711 123456");
  CHECK(recorded->right.value("number", "") == "ZL 2017 1 0601862.3");
  CHECK(recorded->right.value("title", "") == "Ratchet spanner");
  CHECK(recorded->respondent_booth() == "9.1K23");
  CHECK(recorded->respondent.value("booth_source", "") == "sticker_verified");
  CHECK(recorded->grounds.value("text", "") == "The spanners on display copy claim 1.");
  CHECK(recorded->admissibility.value("note", "").find("entered by the exhibitor") != std::string::npos);
  for (const TimelineEntry& t : recorded->timeline) CHECK(t.officer == "OF-017");  // signed by the officer
}

TEST_CASE("a second kiosk submission carries nothing of the first", "[station]") {
  Station s;
  s.signIn();
  KioskDesk& desk = *s.backend->kioskDesk();
  REQUIRE(desk.enter());
  const int k1 = desk.submit(first_form(s));
  const int k2 = desk.submit(second_form());
  INFO(desk.error().toStdString());
  REQUIRE(k1 > 0);
  REQUIRE(k2 > k1);
  CHECK(desk.queue()->rowCount() == 0);
  REQUIRE(desk.exit("OF-023", "4321"));
  REQUIRE(desk.queue()->rowCount() == 2);

  REQUIRE(desk.takeOver(k2));
  const QVariantMap entry = s.backend->intake()->recorded();
  const QVariantMap c = entry.value("complainant").toMap();
  CHECK(c.value("name").toString() == "王芳");
  CHECK(c.value("kind").toString() == "person");
  CHECK_FALSE(c.contains("agent"));  // the first complainant's agent is not carried over
  CHECK_FALSE(c.contains("agent_badge"));
  CHECK_FALSE(c.contains("badge"));
  CHECK(entry.value("right").toMap().value("right_type").toString() == "design");
  CHECK_FALSE(entry.value("right").toMap().contains("title"));
  const QVariantMap booth = entry.value("respondent").toMap();
  CHECK(booth.value("booth").toString() == "10.2B05");
  CHECK_FALSE(booth.contains("sticker"));
  // A fresh complaint (New complaint) forgets the kiosk entry.
  s.backend->intake()->reset();
  CHECK(s.backend->intake()->recorded().isEmpty());
  CHECK(s.backend->intake()->kioskSubmission() == 0);
  CHECK(desk.pendingCount() == 2);  // not recorded: both still wait
  REQUIRE(desk.discard(k1));
  CHECK(desk.pendingCount() == 1);
}

TEST_CASE("case access is refused while kiosk mode is on", "[station]") {
  Station s;
  s.signIn();
  const std::string number = fg::test::intake_to_admissibility(*s.backend, s.fair);
  REQUIRE(s.backend->findCase(number));
  s.backend->currentCase()->setCaseNumber(QString::fromStdString(number));
  REQUIRE(s.backend->cases()->rowCount() == 1);

  KioskDesk& desk = *s.backend->kioskDesk();
  REQUIRE(desk.enter());
  CHECK(s.backend->findCase(number) == nullptr);
  CHECK(s.backend->cases()->rowCount() == 0);
  CHECK(s.backend->cases()->caseIdAt(0).isEmpty());
  CHECK(s.backend->intake()->caseNumber().isEmpty());  // the open intake is closed
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(QString::fromStdString(number));
  CHECK(page.details().isEmpty());
  CHECK(page.allowedActions().isEmpty());
  CHECK_FALSE(page.recordDefence("from the kiosk"));
  CHECK_FALSE(s.backend->intake()->resume(QString::fromStdString(number)));
  QString why;
  const auto before = s.events();
  CHECK_FALSE(s.backend->append("case.withdrawn", {{"case_number", number}}, {}, &why));
  CHECK(s.events() == before);

  // A signed-out officer's sign-in does not bypass the kiosk; only its exit does.
  REQUIRE(desk.exit("OF-017", "1234"));
  CHECK(s.backend->findCase(number) != nullptr);
  CHECK(s.backend->cases()->rowCount() == 1);
  CHECK(s.backend->intake()->resume(QString::fromStdString(number)));
}

TEST_CASE("a kiosk locked out by wrong PINs is left only with a supervisor's PIN", "[station]") {
  Station s;
  s.signIn();
  KioskDesk& desk = *s.backend->kioskDesk();
  REQUIRE(desk.enter());
  for (int i = 0; i < OfficerSession::kMaxFailures; ++i) CHECK_FALSE(desk.exit("OF-017", "0000"));
  CHECK(s.backend->session()->lockedOut());
  CHECK_FALSE(desk.exit("OF-017", "1234"));  // even the right PIN of an officer
  CHECK(desk.active());
  REQUIRE(desk.exit("SV-001", "9999"));
  CHECK_FALSE(desk.active());
  CHECK(s.backend->session()->officerId() == "SV-001");
  CHECK_FALSE(s.backend->session()->lockedOut());
}

TEST_CASE("the kiosk, the intake and the scanner page give one verdict for the same sticker", "[station]") {
  Station s;
  s.signIn();
  KioskDesk& desk = *s.backend->kioskDesk();
  const QString forged = QString::fromStdString(s.forged_sticker("9.1K23"));
  const QString genuine = QString::fromStdString(s.fair.sticker("9.1K23"));
  // Before the one checker, the kiosk's check said only "not ok" for a forged sticker, so the
  // form could not warn the way the officer's pages do.
  const QVariantMap kiosk = desk.checkSticker(forged);
  CHECK_FALSE(kiosk.value("ok").toBool());
  CHECK(kiosk.value("verdict").toString() == "forged");
  for (const QString& text : {forged, genuine, QStringLiteral("4006381333931"), QString()}) {
    INFO(text.toStdString());
    const QVariantMap fromKiosk = desk.checkSticker(text);
    CHECK(fromKiosk == s.backend->intake()->checkSticker(text));
    CHECK(fromKiosk == s.backend->lastSticker()->check(text));
  }
  CHECK(desk.checkSticker(genuine).value("verdict").toString() == "genuine");
  CHECK(desk.checkSticker("4006381333931").value("verdict").toString() == "not_sticker");
  CHECK(desk.checkSticker("  ").value("verdict").toString() == "empty");
  // The same right-number check too: blanks around the number do not matter to either.
  CHECK(desk.checkRightNumber("invention", " 201710601862.3 ") ==
        s.backend->intake()->checkRightNumber("invention", " 201710601862.3 "));
  CHECK(desk.checkRightNumber("invention", " 201710601862.3 ").value("ok").toBool());
}
