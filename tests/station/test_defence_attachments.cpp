// What the respondent hands over with a defence (photos of their own design, a licence, prior
// art) is sealed the moment it is imported or photographed and cited by defence.recorded, so
// it travels with the case to the bureau and into its bundles; the case page shows it.
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

#include <sstream>

#include "case_controller.h"
#include "cases/event_types.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

namespace {

QString write_file(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
  const QString path = dir.filePath(name);
  QFile f(path);
  REQUIRE(f.open(QIODevice::WriteOnly));
  f.write(bytes);
  return path;
}

}  // namespace

TEST_CASE("a defence cites the photos and documents handed over with it, sealed as imported", "[station]") {
  Station s;
  s.signIn();
  accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  QTemporaryDir dir;
  QImage photo(320, 240, QImage::Format_RGB32);
  photo.fill(QColor(200, 180, 90));
  const QString photo_file = dir.filePath("design-2018.png");
  REQUIRE(photo.save(photo_file));
  const QByteArray licence = "%PDF-1.4\n% licence agreement of 2019, scanned\n";
  const QString licence_file = write_file(dir, "licence.pdf", licence);

  // Before the notice is served no defence is asked for: nothing is sealed for one.
  CHECK(page.sealDefenceFile(photo_file).isEmpty());
  CHECK_FALSE(page.error().isEmpty());
  REQUIRE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), "Chen Jing"));

  const QString photo_blob = page.sealDefenceFile(photo_file);
  const QString licence_blob = page.sealDefenceFile(QUrl::fromLocalFile(licence_file).toString());
  REQUIRE(photo_blob.size() == 64);
  REQUIRE(licence_blob.size() == 64);
  // Sealed byte for byte: the file may change or go; the blob is what was handed over.
  std::ostringstream sealed;
  REQUIRE(s.backend->blobs()->read(licence_blob.toStdString(), sealed));
  CHECK(QByteArray::fromStdString(sealed.str()) == licence);
  QFile::remove(licence_file);

  // A file that is not there is refused with a reason, and nothing is recorded.
  CHECK(page.sealDefenceFile(dir.filePath("missing.jpg")).isEmpty());
  CHECK_FALSE(page.error().isEmpty());
  const std::int64_t before = s.events();
  CHECK_FALSE(page.recordDefence("Own design.", {QString(64, QLatin1Char('e'))}));  // never sealed here
  CHECK(page.error() == "An attachment was not sealed: attach it again.");
  CHECK_FALSE(page.recordDefence("   ", {photo_blob}));
  CHECK(s.events() == before);

  // Recorded once each, in the order given, even when the form handed one twice.
  REQUIRE(
      page.recordDefence("Own design since 2018; licence of 2019 attached.", {photo_blob, licence_blob, photo_blob}));
  const SignedEvent last = s.backend->store()->all_in_fold_order().back();
  CHECK(last.event.type == events::kDefenceRecorded);
  const std::vector<std::string> cited{photo_blob.toStdString(), licence_blob.toStdString()};
  CHECK(last.event.blobs == cited);
  CHECK(last.event.body.at("evidence").get<std::vector<std::string>>() == cited);

  // The case page lists them with the defence.
  const QVariantList defences = page.details().value("defences").toList();
  REQUIRE(defences.size() == 1);
  CHECK(defences[0].toMap().value("attachments").toStringList() == QStringList{photo_blob, licence_blob});

  // A defence without attachments cites nothing.
  REQUIRE(page.recordDefence("A second answer, by telephone."));
  CHECK(s.backend->store()->all_in_fold_order().back().event.blobs.empty());
}
