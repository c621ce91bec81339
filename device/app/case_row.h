#pragma once
// What the dashboard shows of one case: a flat view of the fold's case state.
#include <QString>
#include <QtGlobal>

namespace fg {

struct CaseRow {
  QString caseId;        // stable id (the case.opened event's case id)
  QString caseNumber;    // e.g. CF138-S03-0042
  QString status;        // machine key, e.g. "accepted"; translated in QML
  QString booth;
  QString complainant;
  QString respondent;
  QString rightType;     // machine key, e.g. "design"
  QString rightNumber;
  qint64 receivedAt = 0;  // ms UTC
  qint64 deadlineAt = 0;  // defence deadline, ms UTC; 0 when no notice served yet
  bool flagged = false;   // the fold kept an invalid transition for this case
};

}  // namespace fg
