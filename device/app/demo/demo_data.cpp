#include "demo_data.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include "case_controller.h"
#include "codes/booth_sticker.h"
#include "crypto/password.h"
#include "fairconfig/fair_config.h"
#include "intake_wizard.h"
#include "station_backend.h"

namespace fg {
namespace {

struct DemoBooth {
  const char* booth;
  const char* hall;
  const char* exhibitor;
};
constexpr DemoBooth kBooths[] = {
    {"9.1K23", "9.1", "Ningbo Lumen Trading Co., Ltd. 宁波流明贸易"},
    {"9.1K27", "9.1", "Yongkang Tools Factory 永康工具厂"},
    {"10.2B05", "10.2", "佛山美家电器有限公司"},
    {"11.3C18", "11.3", "Xiamen Camp Gear Co., Ltd."},
    {"12.1A01", "12.1", "景德镇瓷源陶瓷有限公司"},
};

struct DemoComplaint {
  const char* complainant;
  const char* country;
  const char* right_type;
  const char* number;
  const char* product;
};
constexpr DemoComplaint kComplaints[] = {
    {"Shenzhen Brightlight Co., Ltd.", "CN", "design", "201930111222.3", "LED desk lamp, model BL-7"},
    {"Hoffmann Werkzeuge GmbH", "DE", "invention", "201710601862.3", "Ratchet spanner set"},
    {"松下电器（中国）有限公司", "CN", "utility_model", "202020123456.0", "电饭煲内胆"},
    {"Nordic Outdoor AB", "SE", "trademark", "G1234567", "Tent with NORDLITE logo"},
    {"杭州青山茶具有限公司", "CN", "design", "201730123456.7", "青花茶具套装"},
};

// A stand-in for a camera still of an exhibit: a table with a lamp, tinted per case.
QImage exhibit_picture(int seed) {
  QImage image(480, 360, QImage::Format_RGB32);
  image.fill(QColor::fromHsv((seed * 47) % 360, 40, 235));
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(0, 250, 480, 110, QColor(120, 90, 60));  // table
  p.setBrush(QColor(60, 60, 70));
  p.drawEllipse(QRect(180, 228, 120, 30));            // base
  p.fillRect(234, 110, 12, 125, QColor(70, 70, 80));  // stem
  p.setBrush(QColor::fromHsv((seed * 83) % 360, 160, 220));
  p.drawPolygon(QPolygon({QPoint(170, 130), QPoint(310, 130), QPoint(270, 60), QPoint(210, 60)}));  // shade
  p.end();
  return image;
}

// A stand-in for the respondent's prior-art brochure, photographed with their defence.
QImage brochure_picture(int seed) {
  QImage image(360, 480, QImage::Format_RGB32);
  image.fill(QColor(250, 248, 240));
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(0, 0, 360, 70, QColor(40, 70, 110));
  p.setPen(Qt::white);
  p.setFont(QFont(QStringLiteral("Noto Sans"), 20, QFont::Bold));
  p.drawText(QRect(0, 0, 360, 70), Qt::AlignCenter, QStringLiteral("Catalogue 2018"));
  p.setBrush(QColor::fromHsv((seed * 61) % 360, 120, 200));
  p.setPen(Qt::NoPen);
  p.drawPolygon(QPolygon({QPoint(110, 200), QPoint(250, 200), QPoint(215, 120), QPoint(145, 120)}));
  p.fillRect(174, 200, 12, 120, QColor(70, 70, 80));
  p.setPen(QColor(60, 60, 60));
  p.setFont(QFont(QStringLiteral("Noto Sans"), 12));
  p.drawText(QRect(30, 350, 300, 100), Qt::AlignLeft | Qt::TextWordWrap,
             QStringLiteral("Table lamp, model 18-%1. Shown at the 2018 autumn fair.").arg(100 + seed));
  p.end();
  return image;
}

// Fixes a patent number's check character so that the demo numbers always verify.
std::string with_check(const std::string& number, const std::string& type) {
  if (type == "trademark") return number;
  const std::string digits = number.substr(0, number.find('.'));
  int sum = 0;
  const int weights[] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
  for (std::size_t i = 0; i < digits.size(); ++i) sum += (digits[i] - '0') * weights[i % 12];
  const int check = sum % 11;
  return digits + "." + (check == 10 ? std::string("X") : std::to_string(check));
}

}  // namespace

QString demo_signature() {
  QImage image(400, 160, QImage::Format_ARGB32);
  image.fill(Qt::transparent);
  QPainter p(&image);
  p.setPen(QPen(Qt::black, 4));
  p.drawLine(20, 120, 120, 30);
  p.drawLine(120, 30, 200, 130);
  p.drawLine(200, 130, 380, 40);
  p.end();
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

std::string DemoFair::sticker(const std::string& booth) const {
  for (const DemoBooth& b : kBooths)
    if (booth == b.booth) return make_booth_sticker("CF138", b.hall, b.booth, *bureau);
  return make_booth_sticker("CF138", "1.1", booth, *bureau);
}

bool enrol_demo_fair(StationBackend& backend, DemoFair& fair, QString* error) {
  if (!backend.deviceKey()) {
    if (error) *error = QStringLiteral("open the backend first");
    return false;
  }
  fair.bureau = std::make_unique<KeyPair>(KeyPair::generate());
  FairConfig c;
  c.version = 1;
  c.issued_at = 1'780'000'000'000;
  c.fair = {"CF138",
            "138th China Import and Export Fair, Phase 1",
            "Canton Fair Complex, Guangzhou",
            "2025-10-15",
            "2025-10-19",
            "Asia/Shanghai",
            {"9.1", "10.2", "11.3", "12.1"}};
  for (const DemoBooth& b : kBooths) c.booths.push_back({b.booth, b.hall, b.exhibitor, "Guangdong", "Consumer goods"});
  // Each with a box key and a signing key (sign_pk): the demo station writes event format v2.
  auto officer = [](const char* id, const char* name, const char* pin, bool supervisor) {
    OfficerKeysPublic keys = make_officer_keys(pin, PasswordCost::Test);
    Officer o{id, name, hash_password(pin, PasswordCost::Test), false, supervisor, std::move(keys.box)};
    o.sign_pk = std::move(keys.sign_pk);
    return o;
  };
  c.officers = {officer("OF-017", "Li Wei 李伟", "1234", false), officer("OF-023", "Chen Jing 陈静", "4321", false),
                officer("SV-001", "Zhang Min 张敏", "9999", true)};
  c.devices = {{backend.enrolment().devicePublicHex(), "Hall 9 desk", "S03", false},
               {KeyPair::generate().public_hex(), "Hall 11 desk", "S01", false}};
  fair.signed_config = sign_fair_config(c, *fair.bureau);
  return backend.installFairConfig(fair.signed_config, fair.bureau->public_key(), error);
}

bool add_demo_cases(StationBackend& backend, const DemoFair& fair, int count, QString* error) {
  const bool was_signed_in = backend.session()->signedIn();
  if (!was_signed_in && !backend.session()->trySignIn(QStringLiteral("OF-017"), QStringLiteral("1234"))) {
    if (error) *error = backend.session()->lastError();
    return false;
  }
  IntakeWizard wizard;
  backend.equip(wizard);
  CaseController page;
  backend.equip(page);
  const QString signature = demo_signature();
  QTemporaryDir scratch;  // pictures imported as files, then sealed
  bool ok = scratch.isValid();
  for (int i = 0; i < count && ok; ++i) {
    const DemoComplaint& d = kComplaints[i % std::size(kComplaints)];
    const DemoBooth& b = kBooths[i % std::size(kBooths)];
    wizard.reset();
    const QString id = QStringLiteral("91440300MA5%1").arg(i, 7, 10, QLatin1Char('0'));
    ok = wizard.recordComplainant({{"name", QString::fromUtf8(d.complainant)},
                                   {"kind", "company"},
                                   {"idNumber", id},
                                   {"country", QString::fromUtf8(d.country)}}) &&
         wizard.recordRight(
             {{"rightType", d.right_type}, {"number", QString::fromStdString(with_check(d.number, d.right_type))}});
    if (!ok) break;
    const int stage = i % 7;  // 0 draft, 1 accepted, 2 rejected, 3 served, 4 defence, 5 decided, 6 closed
    ok = (i % 2 == 0 ? wizard.recordRespondentFromSticker(QString::fromStdString(fair.sticker(b.booth)))
                     : wizard.recordRespondentManual(QString::fromUtf8(b.booth), {})) &&
         wizard.recordProduct({{"description", QString::fromUtf8(d.product)}, {"displayForm", "exhibit"}});
    if (!ok || stage == 0) continue;
    ok = wizard.recordGrounds(QStringLiteral("The exhibit reproduces the protected features."));
    for (const QVariant& doc : wizard.documents()) wizard.setDocumentSeen(doc.toMap().value("kind").toString(), true);
    ok = ok && wizard.checkAdmissibility(false, {});
    if (!ok) break;
    if (stage == 2) {
      ok = wizard.reject(QStringLiteral("The right had lapsed (annual fee unpaid)."));
      continue;
    }
    ok = wizard.saveSignature(signature, QString::fromUtf8(d.complainant)) && wizard.accept({});
    if (!ok || stage == 1) continue;
    page.setCaseNumber(wizard.caseNumber());
    // The complainant signs for the acceptance slip (stage 1 cases leave theirs owed: the tour).
    ok = page.signComplainantReceipt(signature, QString::fromUtf8(d.complainant)) &&
         page.serveNotice(QString::fromStdString(fair.sticker(b.booth)), QStringLiteral("Booth manager"));
    // At the booth (its sticker was just scanned): a photo, the code on the box, a note.
    ok = ok &&
         page.addImage(QStringLiteral("exhibit_photo"), exhibit_picture(i),
                       QStringLiteral("Exhibit on the front table"), true) &&
         page.addScannedCode(QStringLiteral("4006381333931"), QStringLiteral("EAN-13"), true) &&
         page.addEvidence(QStringLiteral("note"), {},
                          QStringLiteral("Staff confirmed the lamp is on sale at the fair."), false);
    if (!ok || stage == 3) continue;  // its receipt still owed: the tour's "case/receipt"
    ok = page.signReceipt(signature, QStringLiteral("Wang Fang"), QStringLiteral("booth manager"));
    // The brochure they hand over is photographed and imported, as a file from the tablet's camera app.
    const QString brochure = scratch.filePath(QStringLiteral("brochure-%1.png").arg(i));
    ok = brochure_picture(i).save(brochure, "PNG");
    const QString attached = ok ? page.sealDefenceFile(brochure) : QString();
    ok = !attached.isEmpty() &&
         page.recordDefence(QStringLiteral("The lamp follows our own 2018 design; prior-art brochure attached."),
                            {attached});
    if (!ok || stage == 4) continue;
    ok = page.recordDecision(QStringLiteral("exhibit_covered"), {QStringLiteral("exhibit_covered")},
                             QStringLiteral("none"),
                             QStringLiteral("The exhibit shows every feature of the registered design; the 2018 "
                                            "brochure shows another shade."));
    if (!ok || stage == 5) continue;
    ok = page.close({});
  }
  if (!ok && error) *error = !wizard.error().isEmpty() ? wizard.error() : page.error();
  if (!was_signed_in) backend.session()->signOut();
  return ok;
}

}  // namespace fg
