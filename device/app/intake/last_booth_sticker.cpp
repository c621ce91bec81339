#include "last_booth_sticker.h"

#include "station_clock.h"
#include "sticker_checker.h"

namespace fg {

LastBoothSticker::LastBoothSticker(QObject* parent) : QObject(parent) {}

QVariantMap LastBoothSticker::check(const QString& text) const {
  if (!checker_) return to_variant(StickerCheck{});
  return checker_->checkForQml(text);
}

QVariantMap LastBoothSticker::offer(const QString& text) {
  const QVariantMap c = check(text);
  if (c.value(QStringLiteral("ok")).toBool())
    remember(c.value(QStringLiteral("booth")).toString(), c.value(QStringLiteral("hall")).toString(),
             c.value(QStringLiteral("exhibitor")).toString());
  return c;
}

void LastBoothSticker::remember(const StickerCheck& genuine) {
  remember(QString::fromStdString(genuine.booth), QString::fromStdString(genuine.hall),
           QString::fromStdString(genuine.exhibitor));
}

void LastBoothSticker::remember(const QString& booth, const QString& hall, const QString& exhibitor) {
  booth_ = booth;
  hall_ = hall;
  exhibitor_ = exhibitor;
  scanned_at_ = clock_ ? clock_->now() : 0;
  emit changed();
}

void LastBoothSticker::forget() {
  booth_.clear();
  hall_.clear();
  exhibitor_.clear();
  scanned_at_ = 0;
  emit changed();
}

}  // namespace fg
