// The camera path: 1920x1080 QVideoFrames in the pixel formats cameras deliver.
#include <catch2/catch.hpp>

#include <QImage>

#include "decode_frame.h"
#include "scan_formats.h"
#include "scan_test_support.h"

using namespace fg;

namespace {

struct Case {
  QVideoFrameFormat::PixelFormat format;
  FramePath path;
  const char* name;
};

const Case cases[] = {
    {QVideoFrameFormat::Format_NV12, FramePath::LumaPlane, "NV12"},
    {QVideoFrameFormat::Format_NV21, FramePath::LumaPlane, "NV21"},
    {QVideoFrameFormat::Format_YUV420P, FramePath::LumaPlane, "YUV420P"},
    {QVideoFrameFormat::Format_YV12, FramePath::LumaPlane, "YV12"},
    {QVideoFrameFormat::Format_YUYV, FramePath::StridedLuma, "YUYV"},
    {QVideoFrameFormat::Format_UYVY, FramePath::StridedLuma, "UYVY"},
    {QVideoFrameFormat::Format_P010, FramePath::StridedLuma, "P010"},
    {QVideoFrameFormat::Format_BGRA8888, FramePath::ConvertedImage, "BGRA8888"},
};

}  // namespace

TEST_CASE("codes in camera frames of every pixel format are read, corners in frame pixels", "[scan]") {
  fg::test::ensure_qt_app();
  // One 2D and one linear code, and a turned one that needs the column scan.
  for (const char* name : {"qrzh-m3.png", "code128-m3.png", "ean13-rot90.png", "dm-perspective.png"}) {
    const auto f = fg::test::fixture(name);
    const QImage code(QString::fromStdString(f.file));
    REQUIRE_FALSE(code.isNull());
    QPoint origin;
    const QImage picture = fg::test::place_on_frame(code, &origin);
    for (const auto& c : cases) {
      INFO(name << " in " << c.name);
      const QVideoFrame frame = fg::test::make_frame(picture, c.format);
      REQUIRE(frame.isValid());
      const FrameScan scan = decode_frame(frame);
      CHECK(scan.path == c.path);
      REQUIRE(scan.results.size() == 1);
      CHECK(scan.results[0].text == f.text);
      CHECK(parse_scan_format(scan.results[0].format) == parse_scan_format(f.format));
      // Every corner inside the placed image: the frame's coordinates, not the code's.
      for (const auto& p : scan.results[0].corners) {
        CHECK(p.x >= origin.x() - 2);
        CHECK(p.x <= origin.x() + code.width() + 2);
        CHECK(p.y >= origin.y() - 2);
        CHECK(p.y <= origin.y() + code.height() + 2);
      }
    }
  }
}

TEST_CASE("pixel formats take the fast path when they carry luminance", "[scan]") {
  CHECK(frame_path_for(QVideoFrameFormat::Format_NV12) == FramePath::LumaPlane);
  CHECK(frame_path_for(QVideoFrameFormat::Format_YUV420P) == FramePath::LumaPlane);
  CHECK(frame_path_for(QVideoFrameFormat::Format_Y8) == FramePath::LumaPlane);
  CHECK(frame_path_for(QVideoFrameFormat::Format_YUYV) == FramePath::StridedLuma);
  CHECK(frame_path_for(QVideoFrameFormat::Format_UYVY) == FramePath::StridedLuma);
  CHECK(frame_path_for(QVideoFrameFormat::Format_BGRA8888) == FramePath::ConvertedImage);
  CHECK(frame_path_for(QVideoFrameFormat::Format_Jpeg) == FramePath::ConvertedImage);
  CHECK(frame_path_for(QVideoFrameFormat::Format_Invalid) == FramePath::Unreadable);
}

TEST_CASE("a frame without a code or an invalid frame gives no result", "[scan]") {
  fg::test::ensure_qt_app();
  const auto none = fg::test::fixture("nocode.png");
  const QImage picture = fg::test::place_on_frame(QImage(QString::fromStdString(none.file)));
  const FrameScan scan = decode_frame(fg::test::make_frame(picture, QVideoFrameFormat::Format_NV12));
  CHECK(scan.path == FramePath::LumaPlane);
  CHECK(scan.results.empty());

  const FrameScan invalid = decode_frame(QVideoFrame());
  CHECK(invalid.path == FramePath::Unreadable);
  CHECK(invalid.results.empty());
}
