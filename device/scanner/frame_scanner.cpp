#include "frame_scanner.h"

#include <QDebug>
#include <QPointF>

#include <algorithm>
#include <chrono>

namespace fg {

FrameScanner::FrameScanner(QObject* parent) : QObject(parent) {
  thread_.setObjectName(QStringLiteral("fg-scanner"));
  worker_ = new QObject;
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  thread_.start();
}

FrameScanner::~FrameScanner() {
  if (sink_connection_) disconnect(sink_connection_);
  thread_.quit();
  thread_.wait();  // at most one decode in flight
}

QObject* FrameScanner::videoSink() const { return sink_; }

void FrameScanner::setVideoSink(QObject* sink) {
  auto* videoSink = qobject_cast<QVideoSink*>(sink);
  if (sink && !videoSink) qWarning() << "FrameScanner: videoSink is not a QVideoSink:" << sink;
  if (videoSink == sink_) return;
  if (sink_connection_) disconnect(sink_connection_);
  sink_ = videoSink;
  // Direct: the frame is taken or dropped on the thread that delivers it (see offerFrame).
  if (sink_)
    sink_connection_ = connect(
        sink_, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) { offerFrame(frame); },
        Qt::DirectConnection);
  emit videoSinkChanged();
}

QStringList FrameScanner::formats() const { return format_names_; }

void FrameScanner::setFormats(const QStringList& names) {
  ScanFormats formats;
  QStringList accepted;
  for (const auto& name : names) {
    if (auto f = parse_scan_format(name.toStdString())) {
      formats |= *f;
      accepted << name;
    } else {
      qWarning() << "FrameScanner: unknown code format" << name;
    }
  }
  if (accepted == format_names_) return;
  format_names_ = accepted;
  {
    std::lock_guard lock(options_mutex_);
    options_.formats = accepted.isEmpty() ? all_scan_formats() : formats;
  }
  emit formatsChanged();
}

bool FrameScanner::active() const { return active_.load(); }

void FrameScanner::setActive(bool active) {
  if (active == active_.load()) return;
  active_.store(active);
  emit activeChanged();
}

bool FrameScanner::tryHarder() const {
  std::lock_guard lock(options_mutex_);
  return options_.try_harder;
}

void FrameScanner::setTryHarder(bool on) {
  {
    std::lock_guard lock(options_mutex_);
    if (options_.try_harder == on) return;
    options_.try_harder = on;
  }
  emit tryHarderChanged();
}

int FrameScanner::harderEvery() const { return harder_every_.load(); }

void FrameScanner::setHarderEvery(int n) {
  n = std::max(n, 1);
  if (n == harder_every_.load()) return;
  harder_every_.store(n);
  emit tryHarderChanged();
}

int FrameScanner::repeatDelay() const { return repeat_delay_; }

void FrameScanner::setRepeatDelay(int ms) {
  if (ms == repeat_delay_) return;
  repeat_delay_ = ms;
  emit repeatDelayChanged();
}

int FrameScanner::scannedFrames() const { return scanned_; }
int FrameScanner::droppedFrames() const { return dropped_.load(); }
bool FrameScanner::busy() const { return busy_.load(); }

bool FrameScanner::offerFrame(const QVideoFrame& frame) {
  if (!active_.load() || !frame.isValid()) return false;
  bool idle = false;
  if (!busy_.compare_exchange_strong(idle, true)) {
    ++dropped_;  // the worker is still on an older frame: this one is skipped, not queued
    return false;
  }
  ScanOptions options;
  {
    std::lock_guard lock(options_mutex_);
    options = options_;
  }
  const unsigned taken = ++taken_;
  const bool quick_turn = options.try_harder && taken % static_cast<unsigned>(harder_every_.load()) != 0;
  if (quick_turn) {
    // A frame picked for the quick pass gets no second look either: it is meant to be cheap.
    options.try_harder = false;
    options.retry_budget_ms = 0;
  }
  // The lambda holds a shallow QVideoFrame handle (shared buffer, no pixel copy).
  QMetaObject::invokeMethod(
      worker_,
      [this, frame, options]() {
        const auto start = std::chrono::steady_clock::now();
        FrameScan scan = decode_frame(frame, options);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        // Back to the scanner's thread; queued so that signals are emitted there.
        const bool harder = options.try_harder;
        QMetaObject::invokeMethod(
            this, [this, scan = std::move(scan), ms, harder]() { onDecoded(scan, ms, harder); }, Qt::QueuedConnection);
      },
      Qt::QueuedConnection);
  return true;
}

void FrameScanner::onDecoded(const FrameScan& scan, double ms, bool harder) {
  busy_.store(false);
  ++scanned_;
  emit statsChanged();
  emit frameDecoded(static_cast<int>(scan.path), ms, !scan.results.empty(), harder);
  for (const auto& r : scan.results) {
    const QString text = QString::fromStdString(r.text);
    if (repeat_delay_ > 0 && text == last_text_ && since_last_.isValid() && since_last_.elapsed() < repeat_delay_)
      continue;
    last_text_ = text;
    since_last_.start();
    QVariantList corners;
    for (const auto& p : r.corners) corners << QPointF(p.x, p.y);
    emit codeFound(text, QString::fromStdString(r.format), corners);
  }
}

}  // namespace fg
