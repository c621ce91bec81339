#include "set_aside_notes.h"

#include <QCoreApplication>

#include "station_clock.h"
#include "station_enrolment.h"

namespace fg {

namespace {
// The code the store knew the device by, else the configuration's (a device revoked before
// this station ever trusted it has no label in the store).
QString code_of(const SetAsideSummary::Device& d, const StationEnrolment& enrolment) {
  return d.label.empty() ? enrolment.stationOf(d.device) : QString::fromStdString(d.label);
}
}  // namespace

QStringList set_aside_notes(const SetAsideSummary& summary, const StationEnrolment& enrolment,
                            const StationClock& clock) {
  QStringList out;
  for (const auto& d : summary.devices) {
    const int n = static_cast<int>(d.events);  // a plain name: lupdate cannot read a cast here
    out << QCoreApplication::translate("SetAside",
                                       "%n event(s) of station %1 set aside: the bureau revoked this device on %3 "
                                       "(its events after no. %2 are kept as evidence only).",
                                       nullptr, n)
               .arg(code_of(d, enrolment))
               .arg(d.after_seq)
               .arg(clock.formatDateTime(d.revoked_at));
  }
  for (const auto& k : summary.kept_apart) {
    const int n = static_cast<int>(k.events);
    out << QCoreApplication::translate("SetAside",
                                       "%n event(s) of station %1 kept apart: the officer signature does not hold "
                                       "(no. %2: %3). Kept as evidence only.",
                                       nullptr, n)
               .arg(enrolment.stationOf(k.device))
               .arg(k.first_seq)
               .arg(QString::fromStdString(k.first_reason));
  }
  return out;
}

QString set_aside_case_note(const SetAsideSummary& summary, const std::string& case_number,
                            const StationEnrolment& enrolment, const StationClock& clock) {
  QStringList lines;
  for (const auto& [d, count] : summary.of_case(case_number)) {
    const int n = static_cast<int>(count);
    lines << QCoreApplication::translate("SetAside",
                                         "%n event(s) of this case set aside: the bureau revoked station %1 on %3 "
                                         "(its events after no. %2 are kept as evidence only, not shown here).",
                                         nullptr, n)
                 .arg(code_of(*d, enrolment))
                 .arg(d->after_seq)
                 .arg(clock.formatDateTime(d->revoked_at));
  }
  for (const auto& k : summary.kept_apart) {
    auto it = k.per_case.find(case_number);
    if (it == k.per_case.end()) continue;
    const int n = static_cast<int>(it->second);
    lines << QCoreApplication::translate("SetAside",
                                         "%n event(s) of this case kept apart: station %1's officer signature does "
                                         "not hold (%2). Kept as evidence only, not shown here.",
                                         nullptr, n)
                 .arg(enrolment.stationOf(k.device))
                 .arg(QString::fromStdString(k.first_reason));
  }
  return lines.join(QLatin1Char('\n'));
}

}  // namespace fg
