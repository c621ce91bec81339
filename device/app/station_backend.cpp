#include "station_backend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

namespace fg {

StationBackend::StationBackend(QObject* parent) : QObject(parent) {
  // Countdowns on the dashboard move every 30 s: enough for "2 h left", cheap on a tablet.
  tick_.setInterval(30 * 1000);
  connect(&tick_, &QTimer::timeout, this, &StationBackend::nowChanged);
  tick_.start();
  // Any touch or key anywhere keeps the officer's session from idling out.
  if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

StationBackend::~StationBackend() {
  if (QCoreApplication::instance()) QCoreApplication::instance()->removeEventFilter(this);
}

void StationBackend::setKiosk(bool on) {
  kiosk_ = on;
  emit configChanged();
}

void StationBackend::setFair(const QString& id, const QString& name, const QString& station,
                             const QString& timeZone) {
  fair_id_ = id;
  fair_name_ = name;
  station_code_ = station;
  const QTimeZone zone(timeZone.toUtf8());
  if (!zone.isValid()) qInfo("Unknown time zone '%s'; showing UTC.", qPrintable(timeZone));
  zone_ = zone.isValid() ? zone : QTimeZone::utc();
  emit configChanged();
}

qint64 StationBackend::now() const {
  return fixed_now_ != 0 ? fixed_now_ : QDateTime::currentMSecsSinceEpoch();
}

void StationBackend::setFixedNow(qint64 ms) {
  fixed_now_ = ms;
  emit nowChanged();
}

void StationBackend::setSyncState(const QString& state, qint64 lastSyncAt, int unsyncedEvents) {
  sync_state_ = state;
  last_sync_at_ = lastSyncAt;
  unsynced_events_ = unsyncedEvents;
  emit syncChanged();
}

QString StationBackend::formatTime(qint64 ms) const {
  if (ms <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, zone_).toString(QStringLiteral("HH:mm"));
}

QString StationBackend::formatDateTime(qint64 ms) const {
  if (ms <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, zone_).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool StationBackend::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
      session_.noteActivity();
      break;
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace fg
