#pragma once
// A case's recorded sections as QML reads them: one map for the case page and the intake wizard.
#include <QVariantMap>

namespace fg {

struct Case;

// complainant / right / respondent / product / grounds of `c`, each as its event body's map
// (an empty map for a section not recorded yet).
QVariantMap case_sections(const Case& c);

}  // namespace fg
