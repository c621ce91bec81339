#pragma once
// One complaint typed by the complainant at the self-service kiosk. Held in memory only until an
// officer takes it over (nothing of it is a case, or on disk, before the officer records it).
#include <QString>
#include <QVariantMap>
#include <QtGlobal>

namespace fg {

struct KioskSubmission {
  int id = 0;             // K-<id>, counted from 1 per run of the app
  qint64 receivedAt = 0;  // ms UTC
  QString language;       // the language the complainant chose ("en", "zh_CN")
  // Checked and normalised, in the intake wizard's keys: kind, name, idNumber, country, badge,
  // agent, agentBadge, rightType, number (display form), title, booth, sticker (when scanned),
  // boothVerified, exhibitor (from the booth list), grounds, contact.
  QVariantMap fields;
  QString takenBy;  // "Name (ID)" of the officer who took it over (still not recorded)
};

}  // namespace fg
