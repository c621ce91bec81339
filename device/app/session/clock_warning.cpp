#include "clock_warning.h"

#include <QCoreApplication>

namespace fg {

// lupdate reads the context and text of each QCoreApplication::translate call as written.
QString clock_offset_duration(std::int64_t offset_ms) {
  // |offset| without overflow at INT64_MIN, then rounded to whole minutes.
  const std::uint64_t abs_ms =
      offset_ms < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(offset_ms) : static_cast<std::uint64_t>(offset_ms);
  const std::uint64_t minutes = (abs_ms + 30'000) / 60'000;
  const std::uint64_t hours = minutes / 60, days = hours / 24;
  if (days > 0) {
    // Days off: the minutes hardly matter, and a rounded hour reads better.
    const std::uint64_t rounded_hours = (minutes + 30) / 60;
    const std::uint64_t d = rounded_hours / 24, h = rounded_hours % 24;
    return h == 0 ? QCoreApplication::translate("ClockWarning", "%1 d").arg(d)
                  : QCoreApplication::translate("ClockWarning", "%1 d %2 h").arg(d).arg(h);
  }
  if (hours > 0)
    return minutes % 60 == 0 ? QCoreApplication::translate("ClockWarning", "%1 h").arg(hours)
                             : QCoreApplication::translate("ClockWarning", "%1 h %2 min").arg(hours).arg(minutes % 60);
  return QCoreApplication::translate("ClockWarning", "%1 min").arg(minutes);
}

QString clock_offset_warning(std::optional<std::int64_t> offset_ms) {
  if (!offset_ms || (*offset_ms <= kClockWarnAfterMs && *offset_ms >= -kClockWarnAfterMs)) return {};
  const QString duration = clock_offset_duration(*offset_ms);
  return *offset_ms < 0 ? QCoreApplication::translate(
                              "ClockWarning",
                              "This tablet's clock is %1 behind the bureau's. Set the date and time automatically in "
                              "the tablet's settings.")
                              .arg(duration)
                        : QCoreApplication::translate(
                              "ClockWarning",
                              "This tablet's clock is %1 ahead of the bureau's. Set the date and time automatically in "
                              "the tablet's settings.")
                              .arg(duration);
}

}  // namespace fg
