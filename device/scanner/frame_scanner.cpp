#include "frame_scanner.h"

#include <QDebug>
#include <QPointF>

#include <algorithm>
#include <chrono>

namespace fg {

FrameScanner::FrameScanner(QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("fg-scanner"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FrameScanner::~FrameScanner()
{
    if (m_sinkConnection)
        disconnect(m_sinkConnection);
    m_thread.quit();
    m_thread.wait();  // at most one decode in flight
}

QObject* FrameScanner::videoSink() const { return m_sink; }

void FrameScanner::setVideoSink(QObject* sink)
{
    auto* videoSink = qobject_cast<QVideoSink*>(sink);
    if (sink && !videoSink)
        qWarning() << "FrameScanner: videoSink is not a QVideoSink:" << sink;
    if (videoSink == m_sink)
        return;
    if (m_sinkConnection)
        disconnect(m_sinkConnection);
    m_sink = videoSink;
    // Direct: the frame is taken or dropped on the thread that delivers it (see offerFrame).
    if (m_sink)
        m_sinkConnection = connect(m_sink, &QVideoSink::videoFrameChanged, this,
                                   [this](const QVideoFrame& frame) { offerFrame(frame); },
                                   Qt::DirectConnection);
    emit videoSinkChanged();
}

QStringList FrameScanner::formats() const { return m_formatNames; }

void FrameScanner::setFormats(const QStringList& names)
{
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
    if (accepted == m_formatNames)
        return;
    m_formatNames = accepted;
    {
        std::lock_guard lock(m_optionsMutex);
        m_options.formats = accepted.isEmpty() ? all_scan_formats() : formats;
    }
    emit formatsChanged();
}

bool FrameScanner::active() const { return m_active.load(); }

void FrameScanner::setActive(bool active)
{
    if (active == m_active.load())
        return;
    m_active.store(active);
    emit activeChanged();
}

bool FrameScanner::tryHarder() const
{
    std::lock_guard lock(m_optionsMutex);
    return m_options.try_harder;
}

void FrameScanner::setTryHarder(bool on)
{
    {
        std::lock_guard lock(m_optionsMutex);
        if (m_options.try_harder == on)
            return;
        m_options.try_harder = on;
    }
    emit tryHarderChanged();
}

int FrameScanner::harderEvery() const { return m_harderEvery.load(); }

void FrameScanner::setHarderEvery(int n)
{
    n = std::max(n, 1);
    if (n == m_harderEvery.load())
        return;
    m_harderEvery.store(n);
    emit tryHarderChanged();
}

int FrameScanner::repeatDelay() const { return m_repeatDelay; }

void FrameScanner::setRepeatDelay(int ms)
{
    if (ms == m_repeatDelay)
        return;
    m_repeatDelay = ms;
    emit repeatDelayChanged();
}

int FrameScanner::scannedFrames() const { return m_scanned; }
int FrameScanner::droppedFrames() const { return m_dropped.load(); }
bool FrameScanner::busy() const { return m_busy.load(); }

bool FrameScanner::offerFrame(const QVideoFrame& frame)
{
    if (!m_active.load() || !frame.isValid())
        return false;
    bool idle = false;
    if (!m_busy.compare_exchange_strong(idle, true)) {
        ++m_dropped;  // the worker is still on an older frame: this one is skipped, not queued
        return false;
    }
    ScanOptions options;
    {
        std::lock_guard lock(m_optionsMutex);
        options = m_options;
    }
    const unsigned taken = ++m_taken;
    options.try_harder = options.try_harder && taken % static_cast<unsigned>(m_harderEvery.load()) == 0;
    // The lambda holds a shallow QVideoFrame handle (shared buffer, no pixel copy).
    QMetaObject::invokeMethod(m_worker, [this, frame, options]() {
        const auto start = std::chrono::steady_clock::now();
        FrameScan scan = decode_frame(frame, options);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        // Back to the scanner's thread; queued so that signals are emitted there.
        const bool harder = options.try_harder;
        QMetaObject::invokeMethod(this, [this, scan = std::move(scan), ms, harder]() { onDecoded(scan, ms, harder); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return true;
}

void FrameScanner::onDecoded(const FrameScan& scan, double ms, bool harder)
{
    m_busy.store(false);
    ++m_scanned;
    emit statsChanged();
    emit frameDecoded(static_cast<int>(scan.path), ms, !scan.results.empty(), harder);
    for (const auto& r : scan.results) {
        const QString text = QString::fromStdString(r.text);
        if (m_repeatDelay > 0 && text == m_lastText && m_sinceLast.isValid() &&
            m_sinceLast.elapsed() < m_repeatDelay)
            continue;
        m_lastText = text;
        m_sinceLast.start();
        QVariantList corners;
        for (const auto& p : r.corners)
            corners << QPointF(p.x, p.y);
        emit codeFound(text, QString::fromStdString(r.format), corners);
    }
}

} // namespace fg
