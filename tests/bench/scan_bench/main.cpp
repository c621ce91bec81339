// scan_bench [--smoke]: measures the scanner on 1920x1080 camera frames.
//  1. overhead: decode_frame (map + decode_luminance) against ZXing::ReadBarcode called directly
//     on the same luminance buffer with the same hints; ratio of medians (aim: <= 1.10). On a
//     frame without a code the straight pass is compared, and the second look (decode_retry)
//     is timed beside it.
//  2. decode rate and median time per distortion class, all nine formats.
//  3. burst: frames offered every 4 ms to a FrameScanner (faster than it decodes): frames taken
//     and dropped, and latency from the frame taken to its result (bounded by one decode);
//     thorough pass on every frame, then on every 4th (harderEvery).
// Prints figures and ratios only; exits non-zero when the scanner does not work at all.

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>
#include <QVideoFrame>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "code_image.h"
#include "decode_frame.h"
#include "frame_scanner.h"
#include "scan_formats.h"

namespace {

using Clock = std::chrono::steady_clock;
using ZXing::BarcodeFormat;

struct Code {
  BarcodeFormat format;
  std::string text;
};

const std::vector<Code> codes = {
    {BarcodeFormat::QRCode, "FG:CF138-S03-0042"},
    {BarcodeFormat::DataMatrix, "CF138-B12-A0007"},
    {BarcodeFormat::PDF417, "CF138|S03|0042|Booth B12"},
    {BarcodeFormat::EAN13, "4006381333931"},
    {BarcodeFormat::EAN8, "96385074"},
    {BarcodeFormat::UPCA, "036000291452"},
    {BarcodeFormat::UPCE, "01234565"},
    {BarcodeFormat::Code128, "FG-BOOTH-B12-0042"},
    {BarcodeFormat::Code39, "FG-B12-0042"},
};

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// A camera scene: the code drawn on a light grey 1920x1080 background after a transform.
QImage scene(const QImage& code, const QTransform& transform = {}) {
  QImage canvas(1920, 1080, QImage::Format_Grayscale8);
  canvas.fill(235);
  QPainter p(&canvas);
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  p.translate(960, 540);
  p.setTransform(transform, true);
  p.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
  p.end();
  return canvas;
}

QImage blurred(const QImage& img) {
  // Down to 40 % and back: the softness of a slightly out-of-focus camera.
  return img.scaled(img.width() * 2 / 5, img.height() * 2 / 5, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
      .scaled(img.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage noisy(QImage img, int amplitude) {
  QRandomGenerator rng(7);
  for (int y = 0; y < img.height(); ++y) {
    uchar* row = img.scanLine(y);
    for (int x = 0; x < img.width(); ++x)
      row[x] = static_cast<uchar>(std::clamp(row[x] + rng.bounded(-amplitude, amplitude + 1), 0, 255));
  }
  return img;
}

QImage low_contrast(QImage img) {
  for (int y = 0; y < img.height(); ++y) {
    uchar* row = img.scanLine(y);
    for (int x = 0; x < img.width(); ++x) row[x] = static_cast<uchar>(90 + row[x] * 75 / 255);  // black 90, white 165
  }
  return img;
}

QVideoFrame nv12(const QImage& grey) {
  QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
  frame.map(QVideoFrame::WriteOnly);
  for (int y = 0; y < grey.height(); ++y)
    std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), static_cast<size_t>(grey.width()));
  std::memset(frame.bits(1), 128, static_cast<size_t>(frame.mappedBytes(1)));
  frame.unmap();
  return frame;
}

QVideoFrame yuyv(const QImage& grey) {
  QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_YUYV));
  frame.map(QVideoFrame::WriteOnly);
  for (int y = 0; y < grey.height(); ++y) {
    uchar* row = frame.bits(0) + y * frame.bytesPerLine(0);
    const uchar* src = grey.constScanLine(y);
    for (int x = 0; x < grey.width(); ++x) {
      row[2 * x] = src[x];
      row[2 * x + 1] = 128;
    }
  }
  frame.unmap();
  return frame;
}

ZXing::DecodeHints same_hints(const fg::ScanOptions& o) {
  ZXing::DecodeHints h;
  h.setFormats(o.formats)
      .setTryHarder(o.try_harder)
      .setTryRotate(o.try_rotate)
      .setMinLineCount(static_cast<uint8_t>(o.min_line_count))
      .setMaxNumberOfSymbols(1);
  return h;
}

// 1. Overhead of the frame path over ZXing alone, per pixel format.
bool overhead(int reps) {
  std::printf("\n1. frame path vs ZXing::ReadBarcode on the same luminance buffer (1920x1080, %d reps, median ms)\n",
              reps);
  std::printf("   %-9s %-10s %10s %10s %8s %12s\n", "format", "content", "ZXing", "frame", "ratio", "+ retry");
  const fg::ScanOptions options;
  fg::ScanOptions straight = options;
  straight.retry_budget_ms = 0;
  const auto hints = same_hints(options);
  bool ok = true;
  std::vector<double> all_ratios;
  struct Scene {
    const char* name;
    QImage image;
  };
  const std::vector<Scene> scenes = {
      {"QR", scene(fg::code_image(BarcodeFormat::QRCode, codes[0].text, 6))},
      {"EAN-13", scene(fg::code_image(BarcodeFormat::EAN13, codes[3].text, 4))},
      {"Code128", scene(fg::code_image(BarcodeFormat::Code128, codes[7].text, 3))},
      {"no code", noisy(scene(QImage(200, 200, QImage::Format_Grayscale8)), 20)},
  };
  for (const char* pix : {"NV12", "YUYV"}) {
    for (const auto& s : scenes) {
      const bool is_nv12 = std::strcmp(pix, "NV12") == 0;
      const QVideoFrame frame = is_nv12 ? nv12(s.image) : yuyv(s.image);
      std::vector<double> direct, ours, with_retry;
      for (int i = 0; i < reps; ++i) {
        // Baseline: map the frame, time only ZXing on the mapped Y samples.
        QVideoFrame mapped(frame);
        mapped.map(QVideoFrame::ReadOnly);
        const ZXing::ImageView view(mapped.bits(0), mapped.width(), mapped.height(), ZXing::ImageFormat::Lum,
                                    mapped.bytesPerLine(0), is_nv12 ? 1 : 2);
        auto t = Clock::now();
        const auto r = ZXing::ReadBarcode(view, hints);
        direct.push_back(ms_since(t));
        mapped.unmap();
        // Ours: everything from the unmapped frame to the result struct (the straight pass; a
        // frame that reads never gets the retry).
        t = Clock::now();
        const auto scan = fg::decode_frame(frame, straight);
        ours.push_back(ms_since(t));
        if (r.isValid() != !scan.results.empty()) ok = false;
        if (!r.isValid()) {
          t = Clock::now();
          if (!fg::decode_frame(frame, options).results.empty()) ok = false;  // no code: nothing found
          with_retry.push_back(ms_since(t));
        }
      }
      const double ratio = median(ours) / median(direct);
      all_ratios.push_back(ratio);
      std::printf("   %-9s %-10s %10.2f %10.2f %8.3f", pix, s.name, median(direct), median(ours), ratio);
      if (with_retry.empty())
        std::printf(" %12s\n", "(not run)");
      else
        std::printf(" %9.2f ms\n", median(with_retry));
    }
  }
  std::printf("   median ratio over all: %.3f (aim <= 1.10)\n", median(all_ratios));
  return ok;
}

// 2. Decode rate per distortion class.
bool rates(int reps) {
  struct Distortion {
    const char* name;
    std::function<QImage(const QImage&)> make;
  };
  const std::vector<Distortion> classes = {
      {"clean", [](const QImage& c) { return scene(c); }},
      {"small", [](const QImage& c) { return scene(c.scaled(c.size() * 2 / 3)); }},
      {"rot90", [](const QImage& c) { return scene(c, QTransform().rotate(90)); }},
      {"rot180", [](const QImage& c) { return scene(c, QTransform().rotate(180)); }},
      {"tilt5", [](const QImage& c) { return scene(c, QTransform().rotate(5)); }},
      {"tilt20", [](const QImage& c) { return scene(c, QTransform().rotate(20)); }},
      {"tilt35", [](const QImage& c) { return scene(c, QTransform().rotate(35)); }},
      {"perspective",
       [](const QImage& c) {
         QTransform t;
         t.setMatrix(1, 0.0, 0.00025, 0.05, 1, 0.0, 0, 0, 1);
         return scene(c, t);
       }},
      {"blur", [](const QImage& c) { return blurred(scene(c)); }},
      {"noise", [](const QImage& c) { return noisy(scene(c), 40); }},
      {"lowcontrast", [](const QImage& c) { return low_contrast(scene(c)); }},
  };
  std::printf("\n2. decode rate per distortion class (1920x1080 NV12, 9 formats, module 3 px, retry budget %.0f ms)\n",
              fg::ScanOptions{}.retry_budget_ms);
  std::printf("   %-12s | %-30s | %-30s\n", "", "tryHarder (default)", "tryHarder off (--fast)");
  std::printf("   %-12s | %5s %8s %8s %-6s | %5s %8s %8s %-6s\n", "class", "read", "med ms", "max ms", "", "read",
              "med ms", "max ms", "");
  int total_read = 0;
  std::vector<std::string> misses;
  for (const auto& d : classes) {
    std::printf("   %-12s", d.name);
    for (bool harder : {true, false}) {
      fg::ScanOptions options;
      options.try_harder = harder;
      int read = 0;
      std::vector<double> times;
      std::string missed;
      for (const auto& c : codes) {
        const QVideoFrame frame = nv12(d.make(fg::code_image(c.format, c.text, 3)));
        bool ok = false;
        for (int i = 0; i < reps; ++i) {
          const auto t = Clock::now();
          const auto scan = fg::decode_frame(frame, options);
          times.push_back(ms_since(t));
          ok = scan.results.size() == 1 && scan.results[0].text == c.text;
        }
        if (ok)
          ++read;
        else
          missed += fg::scan_format_name(c.format) + " ";
      }
      if (harder) total_read += read;
      if (!missed.empty()) misses.push_back(std::string(d.name) + (harder ? "" : " (fast)") + ": " + missed);
      std::printf(" | %2d/%zu %8.2f %8.2f %-6s", read, codes.size(), median(times),
                  *std::max_element(times.begin(), times.end()), "");
    }
    std::printf("\n");
  }
  std::printf("   not read:\n");
  for (const auto& m : misses) std::printf("     %s\n", m.c_str());
  return total_read > 0;
}

// 3. Burst: frames offered faster than they decode.
bool burst(int duration_ms, int harder_every) {
  fg::FrameScanner scanner;
  scanner.setRepeatDelay(0);
  scanner.setHarderEvery(harder_every);
  const QVideoFrame frames[] = {
      nv12(scene(fg::code_image(BarcodeFormat::EAN13, codes[3].text, 3))),
      nv12(scene(fg::code_image(BarcodeFormat::QRCode, codes[0].text, 4))),
  };
  std::vector<double> latencies, decode_ms;
  QElapsedTimer clock;
  Clock::time_point taken_at{};
  QObject::connect(&scanner, &fg::FrameScanner::frameDecoded, [&](int, double ms, bool, bool) {
    latencies.push_back(ms_since(taken_at));
    decode_ms.push_back(ms);
  });
  clock.start();
  int offered = 0;
  while (clock.elapsed() < duration_ms) {
    const auto now = Clock::now();
    if (scanner.offerFrame(frames[offered % 2])) taken_at = now;
    ++offered;
    // Deliver results while the camera "waits" for its next frame: 4 ms is 250 fps.
    const auto next = now + std::chrono::milliseconds(4);
    while (Clock::now() < next) QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
  }
  QElapsedTimer drain;
  drain.start();
  while (scanner.busy() && drain.elapsed() < 5000) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  const double max_latency = latencies.empty() ? 0 : *std::max_element(latencies.begin(), latencies.end());
  const double max_decode = decode_ms.empty() ? 0 : *std::max_element(decode_ms.begin(), decode_ms.end());
  const std::string which = harder_every == 1 ? "every frame" : "every " + std::to_string(harder_every) + "th frame";
  std::printf("\n3. burst: a frame every 4 ms for %d ms, thorough pass on %s\n", duration_ms, which.c_str());
  std::printf("   offered %d, decoded %d, dropped %d (%.0f %%)\n", offered, scanner.scannedFrames(),
              scanner.droppedFrames(), 100.0 * scanner.droppedFrames() / std::max(offered, 1));
  std::printf("   latency frame->result: median %.1f ms, max %.1f ms; decode median %.1f ms, max %.1f ms\n",
              median(latencies), max_latency, median(decode_ms), max_decode);
  std::printf("   max latency / max decode: %.2f (bounded: one decode plus the event loop, no queue)\n",
              max_decode > 0 ? max_latency / max_decode : 0.0);
  return scanner.scannedFrames() > 0 && scanner.droppedFrames() > 0;
}

}  // namespace

int main(int argc, char** argv) {
  const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  std::printf("scan_bench%s: ZXing 1.4, one symbol per frame, tryHarder + tryRotate, minLineCount 3\n",
              smoke ? " --smoke" : "");
  bool ok = overhead(smoke ? 3 : 25);
  ok = rates(smoke ? 1 : 3) && ok;
  ok = burst(smoke ? 400 : 3000, 1) && ok;
  ok = burst(smoke ? 400 : 3000, 4) && ok;
  if (!ok) std::printf("scan_bench: FAILED (frame path and ZXing disagree, or nothing decoded)\n");
  return ok ? 0 : 1;
}
