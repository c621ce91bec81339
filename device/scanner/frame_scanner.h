#pragma once
// Live camera scanning: takes the VideoOutput's sink, decodes frames on ONE worker thread and
// drops every frame that arrives while the worker is busy (never queues, so the result always
// belongs to a recent frame). Emits codeFound for each code read.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QVariantList>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <mutex>

#include "decode_frame.h"

namespace fg {

class FrameScanner : public QObject {
  Q_OBJECT
  QML_ELEMENT
  // QObject* rather than QVideoSink*: qmllint does not know QVideoSink (see docs/toolchain.md).
  Q_PROPERTY(QObject* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
  // Format names as in scan_formats.h ("QRCode", "EAN13", "Code128", ...); empty = all.
  Q_PROPERTY(QStringList formats READ formats WRITE setFormats NOTIFY formatsChanged)
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
  Q_PROPERTY(bool tryHarder READ tryHarder WRITE setTryHarder NOTIFY tryHarderChanged)
  // With tryHarder: only every Nth frame taken gets the slow, thorough pass; the others get
  // the fast one (about 20x quicker on 1080p, reads close, sharp codes as well). 1 = every
  // frame thorough (default). See docs/scanner.md for the figures.
  Q_PROPERTY(int harderEvery READ harderEvery WRITE setHarderEvery NOTIFY tryHarderChanged)
  // The same text is not reported again within this many ms (a code stays in view for a while).
  Q_PROPERTY(int repeatDelay READ repeatDelay WRITE setRepeatDelay NOTIFY repeatDelayChanged)
  // Updated (statsChanged) each time a decode finishes.
  Q_PROPERTY(int scannedFrames READ scannedFrames NOTIFY statsChanged)
  Q_PROPERTY(int droppedFrames READ droppedFrames NOTIFY statsChanged)

 public:
  explicit FrameScanner(QObject* parent = nullptr);
  // Waits for a decode in flight. Detach the sink or stop the camera first: a frame being
  // delivered on the camera's thread at that very moment would still reach this object.
  ~FrameScanner() override;

  QObject* videoSink() const;
  void setVideoSink(QObject* sink);
  QStringList formats() const;
  void setFormats(const QStringList& names);  // unknown names are ignored with a warning
  bool active() const;
  void setActive(bool active);
  bool tryHarder() const;
  int harderEvery() const;
  void setHarderEvery(int n);
  void setTryHarder(bool on);
  int repeatDelay() const;
  void setRepeatDelay(int ms);
  int scannedFrames() const;
  int droppedFrames() const;
  bool busy() const;

  // What the camera path does for each frame; public so tests and the benchmark can push
  // frames without a QVideoSink. Returns false when the frame was dropped. Safe from any
  // thread: camera backends deliver frames on their own thread, and taking or dropping a
  // frame right there keeps camera buffers from piling up in the event queue.
  bool offerFrame(const QVideoFrame& frame);

 signals:
  void videoSinkChanged();
  void formatsChanged();
  void activeChanged();
  void tryHarderChanged();
  void repeatDelayChanged();
  void statsChanged();
  // corners: 4 QPointF in frame pixel coordinates (top-left, top-right, bottom-right,
  // bottom-left). format: ZXing's name.
  void codeFound(const QString& text, const QString& format, const QVariantList& corners);
  // One decoded frame (found or not): path (FramePath), decode time, whether the frame got
  // the thorough pass; for diagnostics and the benchmark.
  void frameDecoded(int path, double ms, bool found, bool harder);

 private:
  void onDecoded(const fg::FrameScan& scan, double ms, bool harder);

  QPointer<QVideoSink> sink_;
  QMetaObject::Connection sink_connection_;
  QThread thread_;
  QObject* worker_ = nullptr;  // lives in thread_; runs the decodes
  std::atomic<bool> busy_{false};
  mutable std::mutex options_mutex_;
  ScanOptions options_;
  QStringList format_names_;
  std::atomic<bool> active_{true};
  int repeat_delay_ = 1500;
  int scanned_ = 0;
  std::atomic<int> harder_every_{1};
  std::atomic<unsigned> taken_{0};  // frames handed to the worker
  std::atomic<int> dropped_{0};
  QString last_text_;
  QElapsedTimer since_last_;
};

}  // namespace fg
