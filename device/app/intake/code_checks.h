#pragma once
// The station's use of shared/codes: patent numbers, booth stickers and product codes checked
// as officers type or scan them, with messages in the interface language.
#include <QString>
#include <QVariantMap>

#include <string>

#include "fairconfig/fair_config.h"

namespace fg {

struct RightNumberCheck {
  bool ok = false;
  QString message;      // why not, or what the number is
  std::string display;  // how the number is recorded ("ZL 2017 1 0601862.3" for patents)
};
// Patents (invention, utility_model, design) must check and match the chosen type; other
// rights only need a number. Blanks around the text are ignored.
RightNumberCheck check_right_number(const std::string& rightType, const std::string& text);
// For QML's live checks: {ok, message, display}.
QVariantMap to_variant(const RightNumberCheck& check);

// What a scanned or typed sticker is, from worst to best for the officer: shown loudly when
// forged. Only Genuine passes.
enum class StickerVerdict {
  Empty,       // nothing typed or read
  NotSticker,  // some other code
  Damaged,     // a booth sticker's shape, but incomplete or garbled
  Forged,      // not signed by the bureau, or altered after signing
  OtherFair,   // genuine, but of another fair
  Genuine,     // signed by this fair's bureau (the booth may still be missing from the list)
};
// The verdict as QML names it: "empty", "not_sticker", "damaged", "forged", "other_fair", "genuine".
QString verdict_name(StickerVerdict verdict);

struct StickerCheck {
  StickerVerdict verdict = StickerVerdict::Empty;
  bool ok = false;  // verdict == Genuine
  QString message;  // for the officer, in the interface language
  std::string booth, hall, exhibitor;
};
// Shape, bureau signature, fair, and presence in the booth list. Blanks around the text are
// ignored.
StickerCheck check_sticker(const std::string& text, const FairConfig& config, const PublicKey& bureau);
// For QML: {ok, verdict, message, booth, hall, exhibitor}.
QVariantMap to_variant(const StickerCheck& check);

struct ProductCodeCheck {
  bool ok = true;
  QString message;
  std::string code;    // as recorded (GTINs without spaces)
  std::string format;  // "EAN-13", ... when the code is a GTIN
};
// Empty is fine (no code); all-digit codes must be GTINs with a correct check digit; anything
// else (a QR or DataMatrix text) is kept as it is.
ProductCodeCheck check_product_code(const std::string& text);

}  // namespace fg
