#pragma once
// The last genuine booth sticker scanned on this station, in one place: the scanner page, the
// intake's respondent step and serving a notice write it; evidence capture reads it to say at
// which booth (and since when) an item was captured. Kept in memory only: after a restart the
// officer scans the booth again.
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace fg {

struct StickerCheck;

class StationClock;
class StickerChecker;

class LastBoothSticker : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by StationBackend")
  Q_PROPERTY(bool known READ known NOTIFY changed)
  Q_PROPERTY(QString booth READ booth NOTIFY changed)
  Q_PROPERTY(QString hall READ hall NOTIFY changed)
  Q_PROPERTY(QString exhibitor READ exhibitor NOTIFY changed)
  // double, not qint64: qmllint 6.4 knows no qint64 (docs/toolchain.md); exact below 2^53.
  Q_PROPERTY(double scannedAt READ scannedAt NOTIFY changed)
 public:
  explicit LastBoothSticker(QObject* parent = nullptr);
  // The sticker check and the clock (the time a sticker was scanned).
  void setParts(const StickerChecker* checker, const StationClock* clock) {
    checker_ = checker;
    clock_ = clock;
  }

  bool known() const { return scanned_at_ > 0; }
  QString booth() const { return booth_; }
  QString hall() const { return hall_; }
  QString exhibitor() const { return exhibitor_; }
  qint64 scannedAt() const { return scanned_at_; }

  // Checks a sticker's text without remembering it: {ok, verdict, message, booth, hall,
  // exhibitor}. verdict: "genuine", "forged" (not signed by the bureau, or altered),
  // "other_fair", "damaged", "not_sticker" (some other code), "empty".
  Q_INVOKABLE QVariantMap check(const QString& text) const;
  // Checks it and, when genuine, remembers it as scanned now. Same map as check().
  Q_INVOKABLE QVariantMap offer(const QString& text);
  // A sticker verified elsewhere (the intake, the notice): remember it as scanned now.
  void remember(const QString& booth, const QString& hall, const QString& exhibitor);
  void remember(const StickerCheck& genuine);
  Q_INVOKABLE void forget();

 signals:
  void changed();

 private:
  const StickerChecker* checker_ = nullptr;
  const StationClock* clock_ = nullptr;
  QString booth_, hall_, exhibitor_;
  qint64 scanned_at_ = 0;
};

}  // namespace fg
