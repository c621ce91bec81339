#include "station_clock.h"

#include <QDateTime>

namespace fg {

StationClock::StationClock(QObject* parent) : QObject(parent) {
  // Countdowns on the dashboard move every 30 s: enough for "2 h left", cheap on a tablet.
  tick_.setInterval(30 * 1000);
  connect(&tick_, &QTimer::timeout, this, &StationClock::nowChanged);
  tick_.start();
}

qint64 StationClock::now() const {
  const qint64 fixed = fixed_now_.load();
  return fixed != 0 ? fixed : QDateTime::currentMSecsSinceEpoch();
}

void StationClock::setFixedNow(qint64 ms) {
  fixed_now_ = ms;
  emit nowChanged();
}

void StationClock::setTimeZone(const std::string& name) {
  const QTimeZone zone(QByteArray::fromStdString(name));
  if (!zone.isValid()) qInfo("Unknown time zone '%s'; showing UTC.", name.c_str());
  zone_ = zone.isValid() ? zone : QTimeZone::utc();
}

QString StationClock::formatTime(qint64 ms) const {
  if (ms <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, zone_).toString(QStringLiteral("HH:mm"));
}

QString StationClock::formatDateTime(qint64 ms) const {
  if (ms <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, zone_).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace fg
