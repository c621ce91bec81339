#pragma once
// What a decision must say before the station records it (docs/station.md, "Decision form"):
// one of the form's four outcomes, its reasons (every outcome is printed on the decision notice
// with them), and measures and a sanction that do not contradict the outcome. The controller
// checks it before anything is written; the form asks it before it shows the confirmation.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fg {

struct DecisionDraft {
  QString outcome;  // exhibit_covered, exhibit_withdrawn, no_infringement, settled
  QStringList measures;
  QString sanction;  // none, delegation_notice, fair_notice, excluded_next_session
  QString reasons;
};

class DecisionRules {
  Q_DECLARE_TR_FUNCTIONS(DecisionRules)

 public:
  // Empty when the decision can be recorded; else what is wrong, in the interface language.
  static QString problem(const DecisionDraft& d);
};

}  // namespace fg
