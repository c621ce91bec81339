// The second look (decode_retry): tilted linear codes and PDF417, soft frames read when the
// straight pass finds nothing, no copy ever reads a wrong code, and the budget stops it.
#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

#include <array>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

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

// The retry's copies of a crop: turned upright by its own angle, and that sharpened (amount 1
// and 2) then enlarged twice.
std::vector<LumaImage> crop_copies(const LumaView& v, const CropBox& box) {
  double turn = upright_turn(v, box);
  if (std::abs(turn) <= 5) turn = 0;  // as decode_retry: near upright is left as it is
  const TurnedCrop crop = turned_crop(v, box, turn, 1);
  std::vector<LumaImage> made = {crop.image};
  for (int amount : {1, 2}) {
    const LumaImage sharp = sharpened(view_of(crop.image), amount);
    made.push_back(turned_crop(view_of(sharp), {0, 0, sharp.width, sharp.height}, 0, 2).image);
  }
  return made;
}

// Read by one of the crop copies with the straight pass (no retry of their own).
bool a_crop_copy_reads(const QImage& frame, const std::string& text) {
  const auto box = busy_region(view_of(frame));
  if (!box) return false;
  for (const auto& copy : crop_copies(view_of(frame), *box))
    for (const auto& r : decode(copy, straight_only()))
      if (r.text == text) return true;
  return false;
}

// The benchmark's camera scene (tests/bench/scan_bench): the code in the middle of a light grey
// 1920x1080 frame.
QImage bench_scene(const QImage& code) {
  QImage canvas(1920, 1080, QImage::Format_Grayscale8);
  canvas.fill(235);
  QPainter p(&canvas);
  p.drawImage(QPointF((canvas.width() - code.width()) / 2.0, (canvas.height() - code.height()) / 2.0), code);
  p.end();
  return canvas;
}

// The benchmark's soft focus: a frame down to 40 % and back.
QImage soft(const QImage& frame) {
  return frame.scaled(frame.width() * 2 / 5, frame.height() * 2 / 5, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
      .scaled(frame.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// The four corners' centre lies on the code (drawn around the frame's centre).
void check_centre_on_code(const ScanResult& r, const QImage& frame) {
  const auto& c = r.corners;
  const double mid_x = (c[0].x + c[1].x + c[2].x + c[3].x) / 4.0;
  const double mid_y = (c[0].y + c[1].y + c[2].y + c[3].y) / 4.0;
  CHECK(std::abs(mid_x - frame.width() / 2.0) < frame.width() / 8.0);
  CHECK(std::abs(mid_y - frame.height() / 2.0) < frame.height() / 8.0);
}

}  // namespace

TEST_CASE("soft DataMatrix, EAN-8 and Code 128 frames read through the crop around the code", "[scan]") {
  fg::test::ensure_qt_app();
  using ZXing::BarcodeFormat;
  const std::vector<std::pair<BarcodeFormat, std::string>> codes = {
      {BarcodeFormat::DataMatrix, "CF138-B12-A0007"},
      {BarcodeFormat::EAN8, "96385074"},
      {BarcodeFormat::Code128, "FG-BOOTH-B12-0042"},
  };
  for (const auto& [format, text] : codes) {
    INFO(text);
    const QImage frame = soft(bench_scene(fg::code_image(format, text, 3)));
    CHECK(decode_image(frame, straight_only()).empty());  // ZXing alone cannot
    // The patch of edges is the code's, a small part of the frame.
    const auto box = busy_region(view_of(frame));
    REQUIRE(box);
    CHECK(box->x < frame.width() / 2);
    CHECK(box->x + box->width > frame.width() / 2);
    CHECK(box->width * box->height * 4 < frame.width() * frame.height());
    CHECK(a_crop_copy_reads(frame, text));
    ScanOptions patient;
    patient.retry_budget_ms = 5000;
    const auto found = decode_image(frame, patient);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == text);
    check_centre_on_code(found[0], frame);
  }
}

TEST_CASE("PDF417 tilted 20 and 35 degrees reads through the copy turned upright by its own angle", "[scan]") {
  fg::test::ensure_qt_app();
  for (const auto& [name, tilt] : {std::pair{"pdf417-tilt20.png", 20.0}, std::pair{"pdf417-tilt35.png", 35.0}}) {
    INFO(name);
    const auto f = fg::test::fixture(name);
    const QImage frame = fg::test::place_on_frame(grey_fixture(name)).convertToFormat(QImage::Format_Grayscale8);
    CHECK(decode_image(frame, straight_only()).empty());
    const auto box = busy_region(view_of(frame));
    REQUIRE(box);
    // ImageMagick turned it clockwise by `tilt`: the copy turns it back.
    const double turn = upright_turn(view_of(frame), *box);
    CHECK(std::abs(turn + tilt) < 5);
    const TurnedCrop upright = turned_crop(view_of(frame), *box, turn, 1);
    const auto direct = decode(upright.image, straight_only());
    REQUIRE(direct.size() == 1);
    CHECK(direct[0].text == f.text);
    ScanOptions patient;
    patient.retry_budget_ms = 5000;
    const auto found = decode_image(frame, patient);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == f.text);
    check_centre_on_code(found[0], frame);
  }
}

TEST_CASE("a plain or noisy frame has no patch of edges to crop", "[scan]") {
  fg::test::ensure_qt_app();
  QImage plain(1920, 1080, QImage::Format_Grayscale8);
  plain.fill(200);
  CHECK_FALSE(busy_region(view_of(plain)));
  // Grain over the whole frame: the patch would be the frame, no smaller crop to read.
  QImage grain = plain;
  uint32_t seed = 7;
  for (int y = 0; y < grain.height(); ++y) {
    uchar* row = grain.scanLine(y);
    for (int x = 0; x < grain.width(); ++x) {
      seed = seed * 1664525U + 1013904223U;
      row[x] = static_cast<uchar>(160 + (seed >> 24) % 80);
    }
  }
  CHECK_FALSE(busy_region(view_of(grain)));
}

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
  int cropped = 0;
  for (const auto& f : fg::test::fixtures()) {
    if (f.expect == "none") continue;
    const QImage grey = grey_fixture(f.name);
    REQUIRE_FALSE(grey.isNull());
    const LumaView v = view_of(grey);
    std::vector<LumaImage> made = {sharpened(v, 2), enlarged_centre(v)};
    for (double turn : {15.0, -15.0, 30.0, -30.0, 45.0, -45.0}) made.push_back(rotated(v, turn));
    // The crop copies, from the picture on a camera frame (where a patch of edges stands out).
    const QImage frame = fg::test::place_on_frame(grey).convertToFormat(QImage::Format_Grayscale8);
    if (const auto box = busy_region(view_of(frame))) {
      ++cropped;
      for (const auto& copy : crop_copies(view_of(frame), *box)) made.push_back(copy);
    }
    for (const auto& copy : made) {
      ++copies;
      for (const auto& r : decode(copy, o)) {
        INFO(f.name << " copy " << (&copy - made.data()) << " read as " << r.format << " '" << r.text << "'");
        CHECK(r.text == f.text);
        ++read;
      }
    }
  }
  CHECK(cropped >= 120);  // most pictures have a patch of edges to crop on a camera frame
  CHECK(copies >= 140 * 8 + 120 * 3);
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
