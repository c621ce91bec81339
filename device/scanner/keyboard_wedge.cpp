#include "keyboard_wedge.h"

#include <QEvent>
#include <QKeyEvent>

namespace fg {

KeyboardWedge::KeyboardWedge(QObject* parent) : QObject(parent)
{
    m_clock.start();
}

void KeyboardWedge::watch(QObject* target)
{
    if (target)
        target->installEventFilter(this);
}

int KeyboardWedge::maxGap() const { return m_detector.config().max_gap_ms; }

void KeyboardWedge::setMaxGap(int ms)
{
    auto config = m_detector.config();
    if (config.max_gap_ms == ms)
        return;
    config.max_gap_ms = ms;
    m_detector.set_config(config);
    emit configChanged();
}

int KeyboardWedge::minLength() const { return m_detector.config().min_length; }

void KeyboardWedge::setMinLength(int chars)
{
    auto config = m_detector.config();
    if (config.min_length == chars)
        return;
    config.min_length = chars;
    m_detector.set_config(config);
    emit configChanged();
}

bool KeyboardWedge::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->timestamp() != 0 && event == m_lastEvent && key->timestamp() == m_lastTimestamp)
            return QObject::eventFilter(watched, event);
        m_lastEvent = event;
        m_lastTimestamp = key->timestamp();
        // Platform timestamps are exact even when the event loop was slow to deliver.
        const int64_t now =
            key->timestamp() != 0 ? static_cast<int64_t>(key->timestamp()) : m_clock.elapsed();
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (auto code = m_detector.enter_key(now))
                emit scanned(QString::fromStdString(*code));
        } else if (key->key() == Qt::Key_Escape) {
            m_detector.reset();
        } else if (!key->isAutoRepeat() && !key->text().isEmpty() && key->text().at(0).isPrint()) {
            m_detector.text_key(key->text().toStdString(), now);
        }
        // Modifier presses (Shift for capitals) carry no text and leave the burst alone.
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fg
