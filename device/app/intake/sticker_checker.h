#pragma once
// The one sticker check the station offers (scanner page, intake, notice, kiosk): the text
// against this fair's configuration and bureau key (code_checks.h), one verdict type for all.
#include <QString>
#include <QVariantMap>

#include "code_checks.h"

namespace fg {

class StationEnrolment;

class StickerChecker {
 public:
  explicit StickerChecker(const StationEnrolment& enrolment) : enrolment_(enrolment) {}
  StickerCheck check(const QString& text) const;
  // {ok, verdict, message, booth, hall, exhibitor} for QML.
  QVariantMap checkForQml(const QString& text) const { return to_variant(check(text)); }

 private:
  const StationEnrolment& enrolment_;
};

}  // namespace fg
