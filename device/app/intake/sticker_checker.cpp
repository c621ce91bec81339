#include "sticker_checker.h"

#include "station_enrolment.h"

namespace fg {

StickerCheck StickerChecker::check(const QString& text) const {
  return check_sticker(text.toStdString(), enrolment_.fairConfig(), enrolment_.bureauKey());
}

}  // namespace fg
