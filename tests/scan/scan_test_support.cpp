#include "scan_test_support.h"

#include <QFile>
#include <QPainter>

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <sstream>

namespace fg::test {

void ensure_qt_app() {
  if (QCoreApplication::instance()) return;
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  static int argc = 1;
  static char name[] = "scan-test";
  static char* argv[] = {name, nullptr};
  // Never deleted: destroying it among static destructors after main crashes in Qt.
  new QGuiApplication(argc, argv);
}

QString fixture_dir() { return QStringLiteral(FAIRGUARD_SCAN_FIXTURES); }

std::vector<Fixture> fixtures() {
  const std::string manifest = fixture_dir().toStdString() + "/manifest.tsv";
  std::ifstream in(manifest);
  INFO("fixtures missing: run the ctest fixture scan_fixtures (scripts/make-scan-fixtures)");
  REQUIRE(in.good());
  std::vector<Fixture> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    REQUIRE(f.size() == 5);
    out.push_back({fixture_dir().toStdString() + "/" + f[0], f[0], f[1], f[2], f[3], f[4]});
  }
  REQUIRE(out.size() > 100);
  return out;
}

Fixture fixture(const std::string& name) {
  for (auto& f : fixtures())
    if (f.name == name) return f;
  FAIL("no fixture " << name);
  return {};
}

QImage place_on_frame(const QImage& code, QPoint* origin, QSize frame) {
  QImage canvas(frame, QImage::Format_RGB32);
  canvas.fill(Qt::white);
  const QPoint at((frame.width() - code.width()) / 2, (frame.height() - code.height()) / 2);
  QPainter painter(&canvas);
  painter.drawImage(at, code);
  painter.end();
  if (origin) *origin = at;
  return canvas;
}

QVideoFrame make_frame(const QImage& picture, QVideoFrameFormat::PixelFormat format) {
  const int w = picture.width() & ~1;
  const int h = picture.height() & ~1;
  const QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
  const QImage rgb = picture.convertToFormat(QImage::Format_ARGB32);
  QVideoFrame frame(QVideoFrameFormat(QSize(w, h), format));
  REQUIRE(frame.map(QVideoFrame::WriteOnly));
  auto y_at = [&](int x, int y) { return grey.constScanLine(y)[x]; };
  switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
      for (int y = 0; y < h; ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), static_cast<size_t>(w));
      for (int p = 1; p < frame.planeCount(); ++p)
        std::memset(frame.bits(p), 128, static_cast<size_t>(frame.mappedBytes(p)));
      break;
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
      const int y_off = format == QVideoFrameFormat::Format_YUYV ? 0 : 1;
      for (int y = 0; y < h; ++y) {
        uchar* row = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < w; ++x) {
          row[2 * x + y_off] = y_at(x, y);
          row[2 * x + 1 - y_off] = 128;
        }
      }
      break;
    }
    case QVideoFrameFormat::Format_P010:
      for (int y = 0; y < h; ++y) {
        auto* row = reinterpret_cast<uint16_t*>(frame.bits(0) + y * frame.bytesPerLine(0));
        for (int x = 0; x < w; ++x) row[x] = static_cast<uint16_t>(y_at(x, y) << 8);
      }
      for (int y = 0; y < h / 2; ++y) {
        auto* row = reinterpret_cast<uint16_t*>(frame.bits(1) + y * frame.bytesPerLine(1));
        for (int x = 0; x < w; ++x) row[x] = 128 << 8;
      }
      break;
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRX8888:
      // Little-endian ARGB32 is B, G, R, A in memory.
      for (int y = 0; y < h; ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), rgb.constScanLine(y), static_cast<size_t>(w) * 4);
      break;
    default:
      FAIL("make_frame: pixel format not supported by the test helper");
  }
  frame.unmap();
  return frame;
}

}  // namespace fg::test
