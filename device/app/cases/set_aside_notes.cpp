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
  return lines.join(QLatin1Char('\n'));
}

}  // namespace fg
