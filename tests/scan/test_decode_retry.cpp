// The second look (decode_retry): tilted linear codes and soft frames read when the straight
// pass finds nothing, no copy ever reads a wrong code, and the budget stops it.
#include <catch2/catch.hpp>

#include <QImage>

#include <array>
#include <cmath>

#include "code_image.h"
#include "decode_image.h"
#include "decode_luminance.h"
#include "luma_transforms.h"
#include "scan_test_support.h"

using namespace fg;

namespace {

QImage grey_fixture(const std::string& name) {
  const auto f = fg::test::fixture(name);
  return QImage(QString::fromStdString(f.file)).convertToFormat(QImage::Format_Grayscale8);
}

LumaView view_of(const QImage& grey) {
  return {grey.constBits(), grey.width(), grey.height(), static_cast<int>(grey.bytesPerLine()), 1};
}

ScanOptions straight_only() {
  ScanOptions o;
  o.retry_budget_ms = 0;
  return o;
}

ScanResults decode(const LumaImage& copy, const ScanOptions& o) {
  return decode_luminance(copy.pixels.data(), copy.width, copy.height, copy.width, o);
}

}  // namespace

TEST_CASE("a linear code tilted 35 degrees reads through the turned copies, corners on the code", "[scan]") {
  fg::test::ensure_qt_app();
  for (const char* name : {"ean13-tilt35.png", "upca-tilt35.png", "code128-tilt35.png", "code39-tilt35.png"}) {
    INFO(name);
    const auto f = fg::test::fixture(name);
    const QImage grey = grey_fixture(name);
    CHECK(decode_image(grey, straight_only()).empty());  // ZXing's row scan alone cannot
    ScanOptions patient;
    patient.retry_budget_ms = 5000;  // the reads are tested here, not the clock of a busy CI machine
    const auto found = decode_image(grey, patient);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == f.text);
    // The corners come back in the picture's coordinates: the scanned row crosses its centre.
    const auto& c = found[0].corners;
    const double mid_x = (c[0].x + c[1].x + c[2].x + c[3].x) / 4.0;
    const double mid_y = (c[0].y + c[1].y + c[2].y + c[3].y) / 4.0;
    CHECK(std::abs(mid_x - grey.width() / 2.0) < grey.width() / 8.0);
    CHECK(std::abs(mid_y - grey.height() / 2.0) < grey.height() / 8.0);
  }
}

TEST_CASE("no sharpened, enlarged or turned copy of any fixture reads a wrong code", "[scan]") {
  fg::test::ensure_qt_app();
  // The 3-row rule holds in every copy; this looks at each copy on its own, so a misread that
  // the retry's order happens to skip today is caught too.
  const ScanOptions o = straight_only();
  int copies = 0;
  int read = 0;
  for (const auto& f : fg::test::fixtures()) {
    if (f.expect == "none") continue;
    const QImage grey = grey_fixture(f.name);
    REQUIRE_FALSE(grey.isNull());
    const LumaView v = view_of(grey);
    std::vector<LumaImage> made = {sharpened(v, 2), enlarged_centre(v)};
    for (double turn : {15.0, -15.0, 30.0, -30.0, 45.0, -45.0}) made.push_back(rotated(v, turn));
    for (const auto& copy : made) {
      ++copies;
      for (const auto& r : decode(copy, o)) {
        INFO(f.name << " read as " << r.format << " '" << r.text << "'");
        CHECK(r.text == f.text);
        ++read;
      }
    }
  }
  CHECK(copies >= 140 * 8);
  CHECK(read > copies / 2);  // the copies are readable pictures, not noise
}

TEST_CASE("a soft camera frame reads through the sharpened copy", "[scan]") {
  fg::test::ensure_qt_app();
  // The benchmark's blur: a 1920x1080 frame down to 40 % and back (slightly out of focus).
  const QImage code = fg::code_image(ZXing::BarcodeFormat::QRCode, "FG:CF138-S03-0042", 3);
  const QImage frame = fg::test::place_on_frame(code).convertToFormat(QImage::Format_Grayscale8);
  const QImage soft =
      frame.scaled(frame.width() * 2 / 5, frame.height() * 2 / 5, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
          .scaled(frame.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  CHECK(decode_image(soft, straight_only()).empty());
  ScanOptions patient;
  patient.retry_budget_ms = 5000;
  const auto found = decode_image(soft, patient);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "FG:CF138-S03-0042");
}

TEST_CASE("the retry budget stops the second look", "[scan]") {
  fg::test::ensure_qt_app();
  // A budget spent at once leaves only the first copy (sharpened), which cannot straighten a
  // code turned 35 degrees; 0 turns the retry off.
  const QImage grey = grey_fixture("ean13-tilt35.png");
  ScanOptions spent;
  spent.retry_budget_ms = 1e-6;
  CHECK(decode_image(grey, spent).empty());
  CHECK(decode_image(grey, straight_only()).empty());
  // Only row-scanned formats are turned: a QR-only field never gets an "any format" copy.
  ScanOptions qr_only;
  qr_only.formats = ZXing::BarcodeFormat::QRCode;
  qr_only.retry_budget_ms = 5000;
  CHECK(decode_image(grey, qr_only).empty());
}
