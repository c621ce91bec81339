#pragma once
// What the dashboard shows of one case: a flat view of the fold's case state.
#include <QString>
#include <QtGlobal>

#include <vector>

namespace fg {

struct Case;

struct CaseRow {
  QString caseId;      // stable id (the case.opened event's case id)
  QString caseNumber;  // e.g. CF138-S03-0042
  QString status;      // machine key, e.g. "accepted"; translated in QML
  QString booth;
  QString complainant;
  QString respondent;
  QString rightType;  // machine key, e.g. "design"
  QString rightNumber;
  qint64 receivedAt = 0;  // ms UTC
  qint64 deadlineAt = 0;  // defence deadline, ms UTC; 0 when no notice served yet
  bool flagged = false;   // the fold kept an invalid transition for this case
};

// The dashboard's row of one case.
CaseRow case_row(const Case& c);
// The dashboard's rows for the fold's cases (ordered by case number): newest first, since the
// officer works on what just came in. Row i shows cases[cases.size() - 1 - i].
std::vector<CaseRow> case_rows(const std::vector<Case>& cases);

}  // namespace fg
