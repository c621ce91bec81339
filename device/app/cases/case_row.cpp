#include "case_row.h"

#include <algorithm>

#include "cases/case.h"
#include "json_variant.h"

namespace fg {

std::vector<CaseRow> case_rows(const std::vector<Case>& cases) {
  std::vector<CaseRow> rows;
  rows.reserve(cases.size());
  for (const Case& c : cases) {
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
    rows.push_back(std::move(r));
  }
  std::reverse(rows.begin(), rows.end());
  return rows;
}

}  // namespace fg
