#include "keyboard_wedge.h"

#include <QEvent>
#include <QKeyEvent>

namespace fg {

KeyboardWedge::KeyboardWedge(QObject* parent) : QObject(parent) { clock_.start(); }

void KeyboardWedge::watch(QObject* target) {
  if (target) target->installEventFilter(this);
}

int KeyboardWedge::maxGap() const { return detector_.config().max_gap_ms; }

void KeyboardWedge::setMaxGap(int ms) {
  auto config = detector_.config();
  if (config.max_gap_ms == ms) return;
  config.max_gap_ms = ms;
  detector_.set_config(config);
  emit configChanged();
}

int KeyboardWedge::minLength() const { return detector_.config().min_length; }

void KeyboardWedge::setMinLength(int chars) {
  auto config = detector_.config();
  if (config.min_length == chars) return;
  config.min_length = chars;
  detector_.set_config(config);
  emit configChanged();
}

bool KeyboardWedge::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::KeyPress) {
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->timestamp() != 0 && event == last_event_ && key->timestamp() == last_timestamp_)
      return QObject::eventFilter(watched, event);
    last_event_ = event;
    last_timestamp_ = key->timestamp();
    // Platform timestamps are exact even when the event loop was slow to deliver.
    const int64_t now = key->timestamp() != 0 ? static_cast<int64_t>(key->timestamp()) : clock_.elapsed();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
      if (auto code = detector_.enter_key(now)) emit scanned(QString::fromStdString(*code));
    } else if (key->key() == Qt::Key_Escape) {
      detector_.reset();
    } else if (!key->isAutoRepeat() && !key->text().isEmpty() && key->text().at(0).isPrint()) {
      detector_.text_key(key->text().toStdString(), now);
    }
    // Modifier presses (Shift for capitals) carry no text and leave the burst alone.
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace fg
