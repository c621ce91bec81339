#include "decision_rules.h"

#include <string>

#include "cases/event_types.h"

namespace fg {
namespace {

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, const QString& value) {
  const std::string v = value.toStdString();
  for (std::string_view a : list)
    if (a == v) return true;
  return false;
}

// Each outcome's reasons say something else; the message names what is missing.
QString missing_reasons(const QString& outcome) {
  if (outcome == QLatin1String("exhibit_covered"))
    return DecisionRules::tr(
        "Give the reasons: why the exhibit infringes the right (the features or claims compared).");
  if (outcome == QLatin1String("no_infringement"))
    return DecisionRules::tr("Give the reasons: why the exhibit does not infringe the right.");
  if (outcome == QLatin1String("exhibit_withdrawn"))
    return DecisionRules::tr("Give the reasons: what the respondent withdrew from the fair, and when.");
  return DecisionRules::tr("Give the reasons: what the parties agreed.");
}

}  // namespace

QString DecisionRules::problem(const DecisionDraft& d) {
  // Withdrawal and transfer have their own actions (and papers); the form offers these four.
  static const QStringList outcomes{QStringLiteral("exhibit_withdrawn"), QStringLiteral("exhibit_covered"),
                                    QStringLiteral("no_infringement"), QStringLiteral("settled")};
  if (!outcomes.contains(d.outcome)) return tr("Choose the outcome.");
  for (const QString& m : d.measures)
    if (!listed(events::kMeasures, m)) return tr("Unknown measure: %1").arg(m);
  // Nothing is taken for granted, "no sanction" included: the officer chooses it.
  if (d.sanction.isEmpty()) return tr("Choose the sanction (\"No sanction\" when there is none).");
  if (!listed(events::kSanctions, d.sanction)) return tr("Unknown sanction: %1").arg(d.sanction);
  const bool sanctioned = d.sanction != QLatin1String("none");

  if (d.outcome == QLatin1String("no_infringement")) {
    if (!d.measures.isEmpty()) return tr("No infringement was found: no measure can be ordered. Untick the measures.");
    if (sanctioned) return tr("No infringement was found: no sanction can be imposed. Choose \"No sanction\".");
  } else if (d.outcome == QLatin1String("exhibit_covered")) {
    if (!d.measures.contains(QLatin1String("exhibit_covered")) &&
        !d.measures.contains(QLatin1String("exhibit_removed")))
      return tr("Infringement was found: tick what was done with the exhibit (covered or removed).");
  } else if (sanctioned) {
    // A withdrawal or a settlement is no finding of infringement, and a sanction needs one.
    return tr("A sanction needs a finding of infringement (outcome \"Cover exhibit\"). Choose \"No sanction\".");
  }
  if (d.reasons.trimmed().isEmpty()) return missing_reasons(d.outcome);
  return {};
}

}  // namespace fg
