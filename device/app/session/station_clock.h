#pragma once
// The station's clock: now in ms UTC (fixed by tests), and times shown in the fair's time zone
// (stored in UTC, docs/station.md). Ticks every 30 s so that countdowns on the pages move.
#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <string>

namespace fg {

class StationClock : public QObject {
  Q_OBJECT
 public:
  explicit StationClock(QObject* parent = nullptr);

  // Wall clock in ms UTC; the fixed time when setFixedNow() was given one (tests). Any thread.
  qint64 now() const;
  void setFixedNow(qint64 ms);

  // The fair's IANA zone name (fair configuration); an unknown name shows UTC.
  void setTimeZone(const std::string& name);
  QTimeZone timeZone() const { return zone_; }
  QString formatTime(qint64 ms) const;      // "HH:mm", empty for 0
  QString formatDateTime(qint64 ms) const;  // "yyyy-MM-dd HH:mm", empty for 0

 signals:
  void nowChanged();

 private:
  QTimer tick_;
  std::atomic<qint64> fixed_now_ = 0;  // the sync worker's thread reads it too
  QTimeZone zone_ = QTimeZone::utc();
};

}  // namespace fg
