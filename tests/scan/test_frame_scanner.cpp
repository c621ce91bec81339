// FrameScanner driven the way the app drives it: frames pushed into a QVideoSink.
#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QImage>
#include <QPointF>
#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

#include <thread>

#include "frame_scanner.h"
#include "scan_test_support.h"

using namespace fg;

namespace {

QVideoFrame frame_of(const std::string& fixture, QPoint* origin = nullptr,
                     QVideoFrameFormat::PixelFormat format = QVideoFrameFormat::Format_NV12) {
  const auto f = fg::test::fixture(fixture);
  const QImage code(QString::fromStdString(f.file));
  return fg::test::make_frame(fg::test::place_on_frame(code, origin), format);
}

// Spins the event loop until the scanner is idle again (bounded).
void wait_idle(FrameScanner& scanner) {
  QElapsedTimer t;
  t.start();
  while (scanner.busy() && t.elapsed() < 10000) QTest::qWait(5);
  REQUIRE_FALSE(scanner.busy());
  QCoreApplication::processEvents();
}

}  // namespace

TEST_CASE("a frame pushed into the video sink gives codeFound with text, format and corners", "[scan]") {
  fg::test::ensure_qt_app();
  QVideoSink sink;
  FrameScanner scanner;
  scanner.setVideoSink(&sink);
  CHECK(scanner.videoSink() == &sink);
  QSignalSpy found(&scanner, &FrameScanner::codeFound);

  QPoint origin;
  const auto f = fg::test::fixture("qr-m3.png");
  sink.setVideoFrame(frame_of("qr-m3.png", &origin));
  REQUIRE(found.wait(10000));
  REQUIRE(found.size() == 1);
  CHECK(found[0][0].toString().toStdString() == f.text);
  CHECK(found[0][1].toString() == QStringLiteral("QRCode"));
  const auto corners = found[0][2].toList();
  REQUIRE(corners.size() == 4);
  const QPointF top_left = corners[0].toPointF();
  CHECK(std::abs(top_left.x() - (origin.x() + 30)) <= 4);  // 10-module quiet zone of 3 px
  CHECK(std::abs(top_left.y() - (origin.y() + 30)) <= 4);
  CHECK(scanner.scannedFrames() == 1);
  CHECK(scanner.droppedFrames() == 0);
}

TEST_CASE("frames that arrive while the worker is busy are dropped, not queued", "[scan]") {
  fg::test::ensure_qt_app();
  QVideoSink sink;
  FrameScanner scanner;
  scanner.setVideoSink(&sink);
  QSignalSpy found(&scanner, &FrameScanner::codeFound);
  QSignalSpy decoded(&scanner, &FrameScanner::frameDecoded);

  // Without returning to the event loop the first decode cannot be reported, so the
  // worker counts as busy for all the others.
  // Two frames in turn: the sink ignores a frame equal to the one it holds, a camera never
  // delivers the same buffer twice in a row.
  const QVideoFrame frames[] = {frame_of("ean13-m3.png"), frame_of("ean13-m3.png")};
  const QVideoFrame& frame = frames[0];
  for (int i = 0; i < 20; ++i) sink.setVideoFrame(frames[i % 2]);
  CHECK(scanner.droppedFrames() == 19);
  wait_idle(scanner);
  QTest::qWait(50);  // nothing else may be on its way
  CHECK(decoded.size() == 1);
  CHECK(scanner.scannedFrames() == 1);
  CHECK(found.size() == 1);

  // Idle again: the next frame is taken.
  CHECK(scanner.offerFrame(frame));
  wait_idle(scanner);
  CHECK(scanner.scannedFrames() == 2);
}

TEST_CASE("frames faster than decoding: results stay fresh and latency bounded", "[scan]") {
  fg::test::ensure_qt_app();
  FrameScanner scanner;
  scanner.setRepeatDelay(0);
  QSignalSpy decoded(&scanner, &FrameScanner::frameDecoded);
  const QVideoFrame frame = frame_of("code128-m3.png");

  // A frame every 2 ms for 1 s (a 500 fps camera): far more than one worker can decode.
  QElapsedTimer clock;
  clock.start();
  qint64 last_accept = -1;
  qint64 worst_latency = 0;
  double slowest_decode = 0;
  int results_seen = 0;
  while (clock.elapsed() < 1000) {
    if (scanner.offerFrame(frame)) last_accept = clock.elapsed();
    QTest::qWait(2);
    if (decoded.size() > results_seen) {
      results_seen = static_cast<int>(decoded.size());
      slowest_decode = std::max(slowest_decode, decoded.last()[1].toDouble());
      worst_latency = std::max(worst_latency, clock.elapsed() - last_accept);
    }
  }
  wait_idle(scanner);
  INFO("accepted " << scanner.scannedFrames() << ", dropped " << scanner.droppedFrames() << ", worst latency "
                   << worst_latency << " ms, slowest decode " << slowest_decode << " ms");
  CHECK(scanner.droppedFrames() > scanner.scannedFrames());
  CHECK(scanner.scannedFrames() >= 3);
  // A result always belongs to the frame accepted last: latency is one decode plus the trip
  // through the event loop, never a queue of decodes (a queue would hold hundreds of frames
  // here and the latency would grow to seconds). Slack for a loaded machine.
  CHECK(worst_latency <= 2 * slowest_decode + 250);
}

TEST_CASE("the same code in view is reported once per repeat delay", "[scan]") {
  fg::test::ensure_qt_app();
  FrameScanner scanner;
  QSignalSpy found(&scanner, &FrameScanner::codeFound);
  const QVideoFrame frame = frame_of("dm-m3.png");
  scanner.setRepeatDelay(60000);
  for (int i = 0; i < 3; ++i) {
    REQUIRE(scanner.offerFrame(frame));
    wait_idle(scanner);
  }
  CHECK(found.size() == 1);
  scanner.setRepeatDelay(0);
  REQUIRE(scanner.offerFrame(frame));
  wait_idle(scanner);
  CHECK(found.size() == 2);
}

TEST_CASE("the formats setting limits what a field accepts", "[scan]") {
  fg::test::ensure_qt_app();
  FrameScanner scanner;
  QSignalSpy found(&scanner, &FrameScanner::codeFound);
  QSignalSpy decoded(&scanner, &FrameScanner::frameDecoded);
  scanner.setFormats({QStringLiteral("QRCode"), QStringLiteral("NoSuchCode")});
  CHECK(scanner.formats() == QStringList{QStringLiteral("QRCode")});  // unknown name left out

  REQUIRE(scanner.offerFrame(frame_of("ean13-m3.png")));
  wait_idle(scanner);
  CHECK(decoded.size() == 1);
  CHECK(found.isEmpty());

  scanner.setFormats({QStringLiteral("EAN-13")});
  REQUIRE(scanner.offerFrame(frame_of("ean13-m3.png")));
  wait_idle(scanner);
  REQUIRE(found.size() == 1);
  CHECK(found[0][1].toString() == QStringLiteral("EAN-13"));
}

TEST_CASE("an inactive scanner or a detached sink takes no frames", "[scan]") {
  fg::test::ensure_qt_app();
  QVideoSink sink;
  FrameScanner scanner;
  scanner.setVideoSink(&sink);
  scanner.setActive(false);
  sink.setVideoFrame(frame_of("qr-m3.png"));
  CHECK(scanner.scannedFrames() == 0);
  CHECK_FALSE(scanner.busy());

  scanner.setActive(true);
  scanner.setVideoSink(nullptr);
  sink.setVideoFrame(frame_of("qr-m3.png"));
  CHECK_FALSE(scanner.busy());

  QObject not_a_sink;
  scanner.setVideoSink(&not_a_sink);  // refused with a warning
  CHECK(scanner.videoSink() == nullptr);
}

TEST_CASE("a YUYV frame through the scanner reads the same as NV12", "[scan]") {
  fg::test::ensure_qt_app();
  FrameScanner scanner;
  QSignalSpy found(&scanner, &FrameScanner::codeFound);
  QSignalSpy decoded(&scanner, &FrameScanner::frameDecoded);
  REQUIRE(scanner.offerFrame(frame_of("upca-m3.png", nullptr, QVideoFrameFormat::Format_YUYV)));
  wait_idle(scanner);
  REQUIRE(found.size() == 1);
  CHECK(found[0][0].toString() == QStringLiteral("036000291452"));
  CHECK(decoded[0][0].toInt() == static_cast<int>(FramePath::StridedLuma));
}

TEST_CASE("frames delivered on the camera's own thread are taken or dropped there", "[scan]") {
  fg::test::ensure_qt_app();
  QVideoSink sink;
  FrameScanner scanner;
  scanner.setVideoSink(&sink);
  QSignalSpy found(&scanner, &FrameScanner::codeFound);
  const QVideoFrame frames[] = {frame_of("qr-m3.png"), frame_of("qr-m3.png")};

  // Like a GStreamer streaming thread: 30 frames, 1 ms apart, while the GUI thread is busy
  // elsewhere and cannot process events.
  std::thread camera([&] {
    for (int i = 0; i < 30; ++i) {
      sink.setVideoFrame(frames[i % 2]);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  });
  camera.join();
  // All 30 were decided on the camera thread: one taken, the rest dropped, none waiting in
  // the GUI thread's event queue.
  CHECK(scanner.droppedFrames() == 29);
  wait_idle(scanner);
  QTest::qWait(50);
  CHECK(scanner.scannedFrames() == 1);
  REQUIRE(found.size() == 1);
  CHECK(found[0][1].toString() == QStringLiteral("QRCode"));
  scanner.setVideoSink(nullptr);
}

TEST_CASE("harderEvery gives the thorough pass to every Nth frame only", "[scan]") {
  fg::test::ensure_qt_app();
  FrameScanner scanner;
  QSignalSpy decoded(&scanner, &FrameScanner::frameDecoded);
  const QVideoFrame frame = frame_of("qr-m3.png");
  auto harder_pattern = [&](int frames) {
    decoded.clear();
    QList<bool> pattern;
    for (int i = 0; i < frames; ++i) {
      REQUIRE(scanner.offerFrame(frame));
      wait_idle(scanner);
    }
    for (const auto& args : decoded) pattern << args[3].toBool();
    return pattern;
  };
  CHECK(harder_pattern(3) == QList<bool>{true, true, true});  // default: every frame
  scanner.setHarderEvery(3);
  const auto pattern = harder_pattern(6);
  CHECK(pattern.count(true) == 2);
  CHECK(pattern.indexOf(true) + 3 == pattern.lastIndexOf(true));
  scanner.setTryHarder(false);
  CHECK(harder_pattern(3) == QList<bool>{false, false, false});
  scanner.setHarderEvery(0);  // meaningless: treated as 1
  CHECK(scanner.harderEvery() == 1);
}
