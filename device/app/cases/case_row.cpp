#include "case_row.h"

#include "cases/case.h"
#include "json_variant.h"

namespace fg {

CaseRow case_row(const Case& c) {
  CaseRow r;
  r.caseId = QString::fromStdString(c.number);
  r.caseNumber = r.caseId;
  r.status = QString::fromUtf8(to_string(c.state));
  r.booth = QString::fromStdString(c.respondent_booth());
  r.complainant = json_text(c.complainant, "name");
  r.respondent = json_text(c.respondent, "exhibitor");
  r.rightType = QString::fromStdString(c.right_type());
  r.rightNumber = QString::fromStdString(c.right_number());
  r.receivedAt = c.received.value_or(0);
  // The countdown matters only while the respondent may still answer.
  const bool waiting = c.state == CaseState::NoticeServed;
  r.deadlineAt = waiting ? c.defence_deadline.value_or(0) : 0;
  r.flagged = c.invalid_events() > 0 || !c.conflicts.empty();
  return r;
}

std::vector<CaseRow> case_rows(const std::vector<Case>& cases) {
  std::vector<CaseRow> rows;
  rows.reserve(cases.size());
  for (auto c = cases.rbegin(); c != cases.rend(); ++c) rows.push_back(case_row(*c));
  return rows;
}

}  // namespace fg
