#include "station_fixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include "codes/booth_sticker.h"
#include "fairconfig/fair_config.h"
#include "intake_wizard.h"

namespace fg::test {

void ensure_app() {
  static int argc = 1;
  static char name[] = "station_tests";
  static char* argv[] = {name, nullptr};
  if (!QCoreApplication::instance()) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Made once and never destroyed: a static QGuiApplication would be destroyed at exit after
    // the Qt Quick statics its clean-up routines use (a crash once a test has shown a window).
    new QGuiApplication(argc, argv);
  }
}

Station::Station() {
  ensure_app();
  REQUIRE(dir.isValid());
  backend = std::make_unique<StationBackend>();
  QString error;
  const bool opened = backend->open(dir.path(), &error) && enrol_demo_fair(*backend, fair, &error);
  INFO(error.toStdString());
  REQUIRE(opened);
  REQUIRE(backend->enrolled());
}

void Station::signIn(const char* officer, const char* pin) {
  REQUIRE(backend->session()->trySignIn(QString::fromLatin1(officer), QString::fromLatin1(pin)));
}

void Station::addStation(const KeyPair& key, const char* code) {
  FairConfig c = backend->enrolment().fairConfig();
  ++c.version;
  c.devices.push_back({key.public_hex(), std::string("Desk ") + code, code, false});
  QString error;
  const bool installed =
      backend->installFairConfig(sign_fair_config(c, *fair.bureau), fair.bureau->public_key(), &error);
  INFO(error.toStdString());
  REQUIRE(installed);
}

std::int64_t Station::events() {
  if (backend->store()) return backend->store()->event_count();
  SQLite::Database db(QDir(dir.path()).filePath(QStringLiteral("events.db")).toStdString(), SQLite::OPEN_READONLY);
  return db.execAndGet("SELECT COUNT(*) FROM events").getInt64();
}

std::vector<std::string> Station::types() {
  std::vector<std::string> out;
  for (const SignedEvent& e : backend->store()->all_in_fold_order()) out.push_back(e.event.type);
  return out;
}

std::string Station::forged_sticker(const std::string& booth) const {
  const KeyPair forger = KeyPair::generate();
  return make_booth_sticker("CF138", "9.1", booth, forger);
}

std::string intake_to_admissibility(StationBackend& backend, const DemoFair& fair, const char* booth,
                                    const char* idNumber) {
  IntakeWizard& w = *backend.intake();
  w.reset();
  REQUIRE(w.recordComplainant({{"name", "Shenzhen Brightlight Co., Ltd."},
                               {"kind", "company"},
                               {"idNumber", QString::fromLatin1(idNumber)},
                               {"country", "CN"}}));
  REQUIRE(w.recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.3"}}));
  REQUIRE(w.recordRespondentFromSticker(QString::fromStdString(fair.sticker(booth))));
  REQUIRE(w.recordProduct({{"description", "LED desk lamp"}, {"code", "4006381333931"}}));
  REQUIRE(w.recordGrounds(QStringLiteral("Same shape as the registered design.")));
  for (const QVariant& d : w.documents()) w.setDocumentSeen(d.toMap().value("kind").toString(), true);
  REQUIRE(w.checkAdmissibility(false, {}));
  return w.caseNumber().toStdString();
}

std::string all_files(const QString& dir) {
  std::string all;
  QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    QFile f(it.next());
    REQUIRE(f.open(QIODevice::ReadOnly));
    all += f.readAll().toStdString();
  }
  return all;
}

QString drawn_signature() { return demo_signature(); }

std::string accepted_case(Station& s) {
  const std::string number = intake_to_admissibility(*s.backend, s.fair, "9.1K23");
  REQUIRE(s.backend->intake()->saveSignature(drawn_signature(), "W"));
  REQUIRE(s.backend->intake()->accept({}));
  s.backend->currentCase()->setCaseNumber(QString::fromStdString(number));
  return number;
}

}  // namespace fg::test
