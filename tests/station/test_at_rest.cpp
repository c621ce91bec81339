// At rest (docs/station.md): a stolen tablet without a PIN yields no complaint data. The
// station's files are scanned byte by byte after a real complaint with a photo; the right PIN
// shows everything again, a wrong one opens nothing; officers added later get their key;
// five wrong PINs lock the station until a supervisor's PIN clears it.
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <sstream>

#include <SQLiteCpp/Database.h>

#include "case_controller.h"
#include "crypto/password.h"
#include "intake_wizard.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::all_files;
using fg::test::Station;

namespace {

const QString kComplainant = QStringLiteral("Qiaoxin Lamp Works 巧心灯具厂");
const QString kPatent = QStringLiteral("ZL 2017 1 0601862.3");
const QString kNote = QStringLiteral("展品与专利附图完全一致 Qiaoxin exhibit");
// The distinctive pieces searched for in every file of the data folder.
const std::vector<std::string> kNeedles = {"Qiaoxin", "巧心灯具厂", "0601862", "展品与专利附图",
                                           "QX-PHOTO-PATTERN-7731"};

QByteArray photo_bytes() {
  QByteArray photo;
  for (int i = 0; i < 3000; ++i) photo += QByteArray("QX-PHOTO-PATTERN-7731 ") + QByteArray::number(i * 7919 % 1000);
  return photo;
}

// Records a complaint with the distinctive texts and a photo; returns the case number.
QString record_complaint(Station& s, const QString& photo_file) {
  IntakeWizard& w = *s.backend->intake();
  w.reset();
  REQUIRE(w.recordComplainant(
      {{"name", kComplainant}, {"kind", "company"}, {"idNumber", "91440300MA5QX0001"}, {"country", "CN"}}));
  REQUIRE(w.recordRight({{"rightType", "invention"}, {"number", kPatent}}));
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(w.caseNumber());
  INFO(page.error().toStdString());
  REQUIRE(page.addEvidence("exhibit_photo", photo_file, kNote, true));
  return w.caseNumber();
}

// The bureau re-signs the roster with one more officer (as `fairguard-relay officers add`).
std::string roster_with(const test::Station& s, const char* id, const char* pin) {
  auto v = verify_fair_config(s.fair.signed_config, s.fair.bureau->public_key());
  REQUIRE(v);
  FairConfig c = *v.config;
  c.version += 1;
  c.officers.push_back({id, "Wang Fang 王芳", hash_password(pin, PasswordCost::Test), false, false,
                        make_officer_box(pin, PasswordCost::Test)});
  return sign_fair_config(c, *s.fair.bureau);
}

}  // namespace

TEST_CASE("a stolen tablet: no complaint text or photo byte in any file, all back with the right PIN", "[station]") {
  Station s;
  s.signIn();
  QTemporaryDir outside;
  const QString photo_file = outside.filePath(QStringLiteral("photo.jpg"));
  {
    QFile f(photo_file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(photo_bytes());
  }
  const QString number = record_complaint(s, photo_file);
  // The control: the events and the photo do hold every needle in clear.
  std::string clear = photo_bytes().toStdString();
  for (const SignedEvent& e : s.backend->store()->all_in_fold_order()) clear += e.bytes;
  for (const auto& needle : kNeedles) CHECK(clear.find(needle) != std::string::npos);

  // While the app runs (WAL and shared-memory files present), the files hold none either.
  {
    const std::string running = all_files(s.dir.path());
    for (const auto& needle : kNeedles) {
      INFO("while running: " << needle);
      CHECK(running.find(needle) == std::string::npos);
    }
  }
  s.backend->session()->signOut();
  CHECK_FALSE(s.backend->dataOpen());
  CHECK(s.backend->store() == nullptr);
  CHECK(s.backend->cases()->rowCount() == 0);  // nothing left on screen either
  s.backend.reset();                           // the app exits; the tablet is taken

  const std::string disk = all_files(s.dir.path());
  REQUIRE(disk.size() > 10'000);
  for (const auto& needle : kNeedles) {
    INFO(needle);
    CHECK(disk.find(needle) == std::string::npos);
  }

  StationBackend reopened;
  QString error;
  REQUIRE(reopened.open(s.dir.path(), &error));
  CHECK(reopened.enrolled());
  CHECK(reopened.store() == nullptr);
  CHECK(reopened.findCase(number.toStdString()) == nullptr);
  // A wrong PIN opens nothing.
  CHECK(reopened.session()->signIn("OF-017", "1235") == OfficerSession::Result::WrongPin);
  CHECK_FALSE(reopened.dataOpen());
  CHECK(reopened.store() == nullptr);
  // The right PIN of any officer shows everything again.
  REQUIRE(reopened.session()->signIn("OF-023", "4321") == OfficerSession::Result::SignedIn);
  CHECK(reopened.dataOpen());
  const Case* c = reopened.findCase(number.toStdString());
  REQUIRE(c);
  CHECK(QString::fromStdString(c->complainant.value("name", "")) == kComplainant);
  REQUIRE(c->evidence.size() == 1);
  const std::string hash = c->evidence.front().fields.value("blob", "");
  std::ostringstream photo;
  REQUIRE(reopened.blobs()->read(hash, photo));
  CHECK(photo.str() == photo_bytes().toStdString());
  // A viewer gets a plain copy outside the data folder, removed at sign-out.
  const QString copy = reopened.vault().plainBlobFile(hash);
  REQUIRE_FALSE(copy.isEmpty());
  CHECK_FALSE(copy.startsWith(s.dir.path()));
  CHECK(QFile::exists(copy));
  reopened.session()->signOut();
  CHECK_FALSE(QFile::exists(copy));
}

TEST_CASE("a station with one altered ciphertext byte refuses to show it, with a clear error", "[station]") {
  Station s;
  s.signIn();
  REQUIRE(s.backend->intake()->recordComplainant({{"name", kComplainant}, {"idNumber", "1"}}));
  s.backend->session()->signOut();
  s.backend.reset();
  {
    SQLite::Database db(QDir(s.dir.path()).filePath("events.db").toStdString(), SQLite::OPEN_READWRITE);
    std::string sealed = db.execAndGet("SELECT bytes FROM events WHERE seq=1").getString();
    sealed[sealed.size() - 5] = static_cast<char>(sealed[sealed.size() - 5] ^ 0x01);
    SQLite::Statement u(db, "UPDATE events SET bytes=? WHERE seq=1");
    u.bind(1, sealed.data(), static_cast<int>(sealed.size()));
    u.exec();
  }
  StationBackend reopened;
  QString error;
  REQUIRE(reopened.open(s.dir.path(), &error));
  CHECK(reopened.session()->signIn("OF-017", "1234") == OfficerSession::Result::DataLocked);
  CHECK_THAT(reopened.session()->lastError().toStdString(),
             Catch::Contains("cannot be read") && Catch::Contains("does not decrypt"));
  CHECK_FALSE(reopened.session()->signedIn());
  CHECK_FALSE(reopened.dataOpen());
}

TEST_CASE("an officer added to the roster later reads the station once another officer signed in", "[station]") {
  Station s;
  s.signIn();
  REQUIRE(s.backend->intake()->recordComplainant({{"name", kComplainant}, {"idNumber", "1"}}));
  const QString number = s.backend->intake()->caseNumber();
  s.backend->session()->signOut();
  s.backend.reset();

  // The new roster arrives while the station is locked (a sync at start, or enrolment).
  StationBackend station;
  QString error;
  REQUIRE(station.open(s.dir.path(), &error));
  const std::string newer = roster_with(s, "OF-099", "5678");
  INFO(error.toStdString());
  REQUIRE(station.installFairConfig(newer, s.fair.bureau->public_key(), &error));
  CHECK(station.session()->signIn("OF-099", "5678") == OfficerSession::Result::DataLocked);
  CHECK(station.session()->lastError().contains("no key for you yet"));
  CHECK(station.session()->remainingAttempts() == OfficerSession::kMaxFailures);  // a right PIN is no failure
  // Any officer who has the key signs in once: the newcomer gets a copy.
  REQUIRE(station.session()->signIn("OF-017", "1234") == OfficerSession::Result::SignedIn);
  station.session()->signOut();
  REQUIRE(station.session()->signIn("OF-099", "5678") == OfficerSession::Result::SignedIn);
  const Case* c = station.findCase(number.toStdString());
  REQUIRE(c);
  CHECK(QString::fromStdString(c->complainant.value("name", "")) == kComplainant);
}

TEST_CASE("a roster that arrives while the data is open gives newcomers their key at once", "[station]") {
  Station s;
  s.signIn();
  QString error;
  REQUIRE(s.backend->installFairConfig(roster_with(s, "OF-100", "8642"), s.fair.bureau->public_key(), &error));
  s.backend->session()->signOut();
  CHECK(s.backend->session()->signIn("OF-100", "8642") == OfficerSession::Result::SignedIn);
  CHECK(s.backend->dataOpen());
}

TEST_CASE("the lock-out survives a restart and deleting its state file, and only a supervisor clears it", "[station]") {
  Station s;
  for (int i = 0; i < OfficerSession::kMaxFailures; ++i)
    CHECK(s.backend->session()->signIn("OF-017", "0000") == OfficerSession::Result::WrongPin);
  CHECK(s.backend->session()->lockedOut());
  s.backend.reset();
  // Deleting the counter does not buy more guesses: with encrypted data, a missing counter
  // counts as locked out.
  REQUIRE(QFile::remove(QDir(s.dir.path()).filePath("sign-in.state")));
  StationBackend restarted;
  QString error;
  REQUIRE(restarted.open(s.dir.path(), &error));
  OfficerSession& session = *restarted.session();
  CHECK(session.lockedOut());
  CHECK(session.signIn("OF-017", "1234") == OfficerSession::Result::LockedOut);
  CHECK_FALSE(restarted.dataOpen());
  CHECK_FALSE(session.resetLockout("OF-023", "4321"));  // role officer
  CHECK(session.lockedOut());
  CHECK(session.resetLockout("SV-001", "9999"));  // role supervisor
  CHECK(session.signIn("OF-017", "1234") == OfficerSession::Result::SignedIn);
  CHECK(restarted.dataOpen());
}
