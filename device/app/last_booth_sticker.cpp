#include "last_booth_sticker.h"

#include "code_checks.h"
#include "codes/booth_sticker.h"
#include "station_backend.h"

namespace fg {

LastBoothSticker::LastBoothSticker(QObject* parent) : QObject(parent) {}

QVariantMap LastBoothSticker::check(const QString& text) const {
  QVariantMap out{{QStringLiteral("ok"), false}};
  const std::string trimmed = text.trimmed().toStdString();
  if (trimmed.empty() || !backend_) {
    out[QStringLiteral("verdict")] = QStringLiteral("empty");
    return out;
  }
  const StickerCheck c = check_sticker(trimmed, backend_->fairConfig(), backend_->bureauKey());
  // check_sticker gives the officer's message; the verdict says how loudly to show it.
  QString verdict = QStringLiteral("genuine");
  if (!c.ok) {
    const BoothStickerParse p = parse_booth_sticker(trimmed);
    if (!p)
      verdict = p.error == BoothStickerError::NotABoothSticker ? QStringLiteral("not_sticker") : QStringLiteral("damaged");
    else
      verdict = verify_booth_sticker(*p.sticker, backend_->bureauKey(), backend_->fairConfig().fair.id) ==
                        BoothStickerCheck::OtherFair
                    ? QStringLiteral("other_fair")
                    : QStringLiteral("forged");
  }
  out[QStringLiteral("ok")] = c.ok;
  out[QStringLiteral("verdict")] = verdict;
  out[QStringLiteral("message")] = c.message;
  out[QStringLiteral("booth")] = QString::fromStdString(c.booth);
  out[QStringLiteral("hall")] = QString::fromStdString(c.hall);
  out[QStringLiteral("exhibitor")] = QString::fromStdString(c.exhibitor);
  return out;
}

QVariantMap LastBoothSticker::offer(const QString& text) {
  const QVariantMap c = check(text);
  if (c.value(QStringLiteral("ok")).toBool())
    remember(c.value(QStringLiteral("booth")).toString(), c.value(QStringLiteral("hall")).toString(),
             c.value(QStringLiteral("exhibitor")).toString());
  return c;
}

void LastBoothSticker::remember(const QString& booth, const QString& hall, const QString& exhibitor) {
  booth_ = booth;
  hall_ = hall;
  exhibitor_ = exhibitor;
  scanned_at_ = backend_ ? backend_->now() : 0;
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
