#pragma once
// The officer's words for what a revocation set aside (set_aside_summary.h): one line per
// revoked device for the sync details, and one for a case page whose case lost events to it.
#include <QString>
#include <QStringList>

#include <string>

#include "set_aside_summary.h"

namespace fg {

class StationClock;
class StationEnrolment;

// "12 event(s) of station S03 set aside: the bureau revoked this device on 2026-12-05 14:32
// (its events after no. 40 are kept as evidence only)." The time in the fair's zone. Empty
// when nothing is set aside.
QStringList set_aside_notes(const SetAsideSummary& summary, const StationEnrolment& enrolment,
                            const StationClock& clock);
// The same for one case; empty when none of its events are set aside.
QString set_aside_case_note(const SetAsideSummary& summary, const std::string& case_number,
                            const StationEnrolment& enrolment, const StationClock& clock);

}  // namespace fg
