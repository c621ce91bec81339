// Evidence sealed at capture: the stored blob is exactly the captured bytes (an imported file
// byte for byte, a camera still PNG-encoded once), the evidence.added event says who, when,
// which station, case and booth (the last genuine sticker scanned here, and when), thumbnails
// come from the blob in a bounded memory cache, and document photos attach under the kind the
// checklist names.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QUrl>

#include <catch2/catch.hpp>

#include <sstream>

#include "case_controller.h"
#include "cases/case.h"
#include "cases/event_types.h"
#include "code_image.h"
#include "crypto/sha256.h"
#include "evidence_capture.h"
#include "evidence_thumbnails.h"
#include "intake_wizard.h"
#include "last_booth_sticker.h"
#include "scanner_qml.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

namespace {

// A photo-like picture (gradients and text, so PNG and JPEG differ from a flat fill).
QImage sample_picture(int w, int h, int seed) {
  QImage image(w, h, QImage::Format_RGB32);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      image.setPixel(x, y, qRgb((x * 255 / w + seed * 40) % 256, (y * 255 / h) % 256, (x ^ y) & 0xff));
  QPainter p(&image);
  p.setPen(Qt::black);
  p.drawText(10, 30, QStringLiteral("Exhibit %1").arg(seed));
  return image;
}

QString write_picture(const QTemporaryDir& dir, const QString& name, const QImage& image, const char* format) {
  const QString path = QDir(dir.path()).filePath(name);
  REQUIRE(image.save(path, format));
  return path;
}

QByteArray file_bytes(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}

QByteArray blob_bytes(StationBackend& backend, const std::string& hash) {
  std::ostringstream out;
  std::string why;
  INFO(why);
  REQUIRE(backend.blobs()->read(hash, out, &why));
  const std::string s = out.str();
  return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

std::string hex_of(const QByteArray& bytes) {
  return sha256_hex(as_bytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
}

// The body of the newest event of this station.
Json last_body(Station& s) {
  const auto events = s.backend->store()->all_in_fold_order();
  REQUIRE(!events.empty());
  return events.back().event.body;
}

}  // namespace

TEST_CASE("an imported file is sealed byte for byte and later changes to the file do not reach it", "[station]") {
  Station s;
  s.signIn();
  accepted_case(s);
  QTemporaryDir files;
  const QString path = write_picture(files, QStringLiteral("stand.jpg"), sample_picture(640, 480, 1), "JPEG");
  const QByteArray original = file_bytes(path);
  CaseController& page = *s.backend->currentCase();
  REQUIRE(page.addEvidence("exhibit_photo", QUrl::fromLocalFile(path).toString(), {}, true));

  const Json body = last_body(s);
  const std::string blob = body.at("blob").get<std::string>();
  CHECK(blob == hex_of(original));  // what sha256sum prints for the file
  CHECK(body.at("size").get<qint64>() == original.size());
  CHECK(body.at("media_type") == "image/jpeg");
  CHECK(body.at("file_name") == "stand.jpg");
  CHECK(body.at("source") == "file");
  CHECK(s.backend->store()->all_in_fold_order().back().event.blobs == std::vector<std::string>{blob});

  // Someone edits the file afterwards: the sealed evidence is untouched.
  {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("retouched");
  }
  CHECK(blob_bytes(*s.backend, blob) == original);
  CHECK(s.backend->blobs()->verify(blob));
  REQUIRE(page.evidence()->count() == 1);
  const EvidenceRow& row = page.evidence()->rows().front();
  CHECK(row.blob.toStdString() == blob);
  CHECK(row.fingerprint == QString::fromStdString(blob.substr(0, 4) + " " + blob.substr(4, 4)));
  CHECK(row.isImage);
  CHECK(row.originalSeen);

  // A missing file is refused with its name and records nothing.
  const auto before = s.events();
  CHECK_FALSE(page.addEvidence("exhibit_photo", QDir(files.path()).filePath("gone.jpg"), {}, false));
  CHECK(page.error().contains("gone.jpg"));
  CHECK(s.events() == before);
}

TEST_CASE("a camera still is encoded once, losslessly, and those bytes are sealed", "[station]") {
  Station s;
  s.signIn();
  accepted_case(s);
  const QImage still = sample_picture(320, 240, 2);
  CaseController& page = *s.backend->currentCase();
  REQUIRE(page.addImage("exhibit_photo", still, "front view", false));
  const Json body = last_body(s);
  CHECK(body.at("media_type") == "image/png");
  CHECK(body.at("source") == "camera");
  CHECK(body.at("text") == "front view");
  const QByteArray stored = blob_bytes(*s.backend, body.at("blob").get<std::string>());
  CHECK(hex_of(stored) == body.at("blob").get<std::string>());
  CHECK(stored.startsWith("\x89PNG"));
  const QImage back = QImage::fromData(stored, "PNG").convertToFormat(QImage::Format_RGB32);
  CHECK(back == still.convertToFormat(QImage::Format_RGB32));  // every pixel as taken

  // No frame from the camera: refused, nothing written.
  const auto before = s.events();
  CHECK_FALSE(page.addImage("exhibit_photo", QImage(), {}, false));
  CHECK_FALSE(page.addPhoto("exhibit_photo", nullptr, {}, false));
  CHECK(s.events() == before);
}

TEST_CASE("evidence.added names the officer, station, case, booth and when its sticker was scanned", "[station]") {
  Station s;
  s.signIn("OF-023", "4321");
  const std::string number = accepted_case(s);
  CaseController& page = *s.backend->currentCase();

  // At the neighbouring booth: its genuine sticker is scanned at t1, the photo taken at t2.
  const qint64 t1 = 1'780'000'000'000;
  s.backend->setFixedNow(t1);
  const QVariantMap scanned = s.backend->lastSticker()->offer(QString::fromStdString(s.fair.sticker("9.1K27")));
  REQUIRE(scanned.value("ok").toBool());
  CHECK(scanned.value("verdict") == "genuine");
  s.backend->setFixedNow(t1 + 90'000);
  QTemporaryDir files;
  REQUIRE(page.addEvidence("brochure", write_picture(files, "b.png", sample_picture(100, 80, 3), "PNG"), {}, true));
  const auto e = s.backend->store()->all_in_fold_order().back();
  CHECK(e.event.type == events::kEvidenceAdded);
  CHECK(e.event.officer == "OF-023");
  CHECK(e.event.body.at("case_number") == number);
  CHECK(e.event.body.at("station") == "S03");
  CHECK(e.event.body.at("booth") == "9.1K27");
  CHECK(e.event.body.at("booth_sticker_at").get<qint64>() == t1);
  CHECK(e.event.body.at("captured_at").get<qint64>() == t1 + 90'000);
  CHECK(e.event.body.at("original_seen") == true);
  const EvidenceRow& row = page.evidence()->rows().back();
  CHECK(row.booth == "9.1K27");
  CHECK(row.boothStickerAt == t1);
  CHECK(row.officer == "OF-023");
  CHECK(row.station == "S03");

  // No sticker scanned on this station (since start): the case's respondent booth, no time.
  s.backend->lastSticker()->forget();
  REQUIRE(page.addEvidence("note", {}, "Booth staff refused to show the catalogue.", false));
  CHECK(last_body(s).at("booth") == "9.1K23");
  CHECK_FALSE(last_body(s).contains("booth_sticker_at"));
  CHECK_FALSE(last_body(s).contains("blob"));

  // A code read by the scanner page.
  REQUIRE(page.addScannedCode("4006381333931", "EAN-13", true));
  CHECK(last_body(s).at("kind") == "scanned_code");
  CHECK(last_body(s).at("text") == "4006381333931");
  CHECK(last_body(s).at("code_format") == "EAN-13");
  CHECK(page.evidence()->count() == 3);
  const Case* c = s.backend->findCase(number);
  REQUIRE(c);
  CHECK(c->invalid_events() == 0);
}

TEST_CASE("a forged booth sticker is refused with its message and fills no booth", "[station]") {
  Station s;
  s.signIn();
  LastBoothSticker& last = *s.backend->lastSticker();
  CHECK_FALSE(last.known());
  const QVariantMap forged = last.offer(QString::fromStdString(s.forged_sticker("9.1K23")));
  CHECK_FALSE(forged.value("ok").toBool());
  CHECK(forged.value("verdict") == "forged");
  CHECK(forged.value("message").toString().startsWith("Forged or altered sticker"));
  CHECK(forged.value("booth").toString().isEmpty());
  CHECK_FALSE(last.known());
  // The genuine one is remembered; a later forgery does not replace it.
  REQUIRE(last.offer(QString::fromStdString(s.fair.sticker("9.1K23"))).value("ok").toBool());
  (void)last.offer(QString::fromStdString(s.forged_sticker("9.1K27")));
  CHECK(last.booth() == "9.1K23");
  CHECK(last.offer("4006381333931").value("verdict") == "not_sticker");

  // The intake step refuses it and records no respondent.
  IntakeWizard& w = *s.backend->intake();
  REQUIRE(w.recordComplainant({{"name", "A"}, {"idNumber", "1"}}));
  const auto check = w.checkSticker(QString::fromStdString(s.forged_sticker("9.1K23")));
  CHECK(check.value("verdict") == "forged");
  CHECK_FALSE(w.recordRespondentFromSticker(QString::fromStdString(s.forged_sticker("9.1K23"))));
  CHECK(w.error().startsWith("Forged or altered sticker"));
  CHECK(s.backend->findCase(w.caseNumber().toStdString())->respondent.empty());
}

TEST_CASE("an imported picture of a booth sticker decodes through the scanner's decode function", "[station]") {
  Station s;
  s.signIn();
  QTemporaryDir files;
  const std::string genuine = s.fair.sticker("9.1K23");
  const QString good = write_picture(files, "sticker.png", code_image(ZXing::BarcodeFormat::QRCode, genuine, 4), "PNG");
  const QString bad = write_picture(files, "forged.png",
                                    code_image(ZXing::BarcodeFormat::QRCode, s.forged_sticker("9.1K23"), 4), "PNG");
  ImageCodeReader reader;
  const QVariantMap read = reader.decodeFile(QUrl::fromLocalFile(good));
  REQUIRE(read.value("found").toBool());
  CHECK(read.value("text").toString().toStdString() == genuine);
  CHECK(read.value("format") == "QRCode");
  const QVariantMap verdict = s.backend->lastSticker()->offer(read.value("text").toString());
  CHECK(verdict.value("ok").toBool());
  CHECK(verdict.value("booth") == "9.1K23");
  CHECK(s.backend->lastSticker()->booth() == "9.1K23");

  s.backend->lastSticker()->forget();
  const QVariantMap forged = reader.decodeFile(QUrl::fromLocalFile(bad));
  REQUIRE(forged.value("found").toBool());
  CHECK(s.backend->lastSticker()->offer(forged.value("text").toString()).value("verdict") == "forged");
  CHECK_FALSE(s.backend->lastSticker()->known());

  const QVariantMap none =
      reader.decodeFile(QUrl::fromLocalFile(write_picture(files, "plain.png", sample_picture(200, 200, 4), "PNG")));
  CHECK_FALSE(none.value("found").toBool());
  CHECK(none.value("error").toString().contains("plain.png"));
}

TEST_CASE("thumbnails come from the sealed blob and are evicted and re-derived under the cache bound", "[station]") {
  Station s;
  s.signIn();
  accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  std::vector<std::string> blobs;
  {
    QTemporaryDir files;
    for (int i = 0; i < 3; ++i) {
      REQUIRE(page.addEvidence(
          "exhibit_photo", write_picture(files, QStringLiteral("p%1.jpg").arg(i), sample_picture(1200, 900, i), "JPEG"),
          {}, true));
      blobs.push_back(last_body(s).at("blob").get<std::string>());
    }
  }  // the imported files are gone: only the blobs remain
  REQUIRE(page.evidence()->count() == 3);
  CHECK(page.evidence()->rows()[0].thumbnail == QStringLiteral("image://evidence/") + QString::fromStdString(blobs[0]));

  ThumbnailCache cache(2, 128);
  const BlobStore& store = *s.backend->blobs();
  for (const std::string& b : blobs) {
    const QImage t = cache.get(store, b);
    REQUIRE_FALSE(t.isNull());
    CHECK(std::max(t.width(), t.height()) == 128);
    CHECK(t.width() * 900 / 1200 == Approx(t.height()).margin(1));
  }
  CHECK(cache.derivations() == 3);
  CHECK(cache.cached() == 2);
  CHECK_FALSE(cache.contains(blobs[0]));  // least recently used went out
  (void)cache.get(store, blobs[2]);
  CHECK(cache.derivations() == 3);  // a hit
  (void)cache.get(store, blobs[0]);
  CHECK(cache.derivations() == 4);  // re-derived from the blob
  CHECK_FALSE(cache.contains(blobs[1]));

  // Not a picture, or not in the store: no thumbnail, and the reason.
  QString why;
  CHECK(cache.get(store, std::string(64, 'a'), &why).isNull());
  CHECK(why.contains("not in the store"));

  // The provider QML uses answers from the same blobs.
  EvidenceThumbnailProvider provider(&s.backend->vault());
  QSize size;
  const QImage shown = provider.requestImage(QString::fromStdString(blobs[1]), &size, QSize(64, 64));
  CHECK(size.width() == 64);
  CHECK_FALSE(shown.isNull());
}

TEST_CASE("document photos attach under the kind the checklist names", "[station]") {
  Station s;
  s.signIn();
  IntakeWizard& w = *s.backend->intake();
  REQUIRE(w.recordComplainant({{"name", "Brightlight"},
                               {"kind", "company"},
                               {"idNumber", "91440300MA5DOC001"},
                               {"country", "CN"},
                               {"agent", "Li Wei"}}));
  REQUIRE(w.recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.3"}}));
  REQUIRE(w.recordRespondentFromSticker(QString::fromStdString(s.fair.sticker("9.1K23"))));
  REQUIRE(w.recordProduct({{"description", "Lamp"}}));
  REQUIRE(w.recordGrounds("Same claims."));
  QStringList kinds;
  for (const QVariant& d : w.documents()) kinds << d.toMap().value("kind").toString();
  CHECK(kinds == QStringList{"identity", "patent_certificate", "patent_text", "legal_status", "power_of_attorney",
                             "agent_identity"});

  QTemporaryDir files;
  const QString scan = write_picture(files, "claims.png", sample_picture(300, 400, 5), "PNG");
  const std::string hash = hex_of(file_bytes(scan));
  REQUIRE(w.attachDocument("patent_text", scan));
  const Json body = last_body(s);
  CHECK(body.at("kind") == "patent_text");
  CHECK(body.at("blob") == hash);
  CHECK_FALSE(body.contains("note"));
  REQUIRE(w.attachDocument("agent_identity", write_picture(files, "id.png", sample_picture(200, 120, 6), "PNG")));
  CHECK(last_body(s).at("kind") == "agent_identity");

  const Case* c = s.backend->findCase(w.caseNumber().toStdString());
  REQUIRE(c->documents.size() == 2);
  CHECK(c->documents[0].kind == "patent_text");
  CHECK(c->documents[0].blob == hash);
  CHECK(c->invalid_events() == 0);
  for (const QVariant& d : w.documents()) {
    const QVariantMap m = d.toMap();
    const bool mine = m.value("kind") == "patent_text" || m.value("kind") == "agent_identity";
    CHECK(m.value("attached").toBool() == mine);
    CHECK(m.value("present").toBool() == mine);  // attaching ticks it as seen
  }
  // An unknown kind is refused; the admissibility check lists what is missing in the same words.
  CHECK_FALSE(w.attachDocument("patent_copy", scan));
  REQUIRE(w.checkAdmissibility(false, {}));
  const Json adm = last_body(s);
  CHECK(adm.at("missing") == Json::array({"identity", "patent_certificate", "legal_status", "power_of_attorney"}));
  CHECK(s.backend->findCase(w.caseNumber().toStdString())->invalid_events() == 0);
}
