#pragma once
// The station's use of shared/codes: patent numbers, booth stickers and product codes checked
// as officers type or scan them, with messages in the interface language.
#include <QString>

#include <string>

#include "fairconfig/fair_config.h"

namespace fg {

struct RightNumberCheck {
  bool ok = false;
  QString message;      // why not, or what the number is
  std::string display;  // how the number is recorded ("ZL 2017 1 0601862.3" for patents)
};
// Patents (invention, utility_model, design) must check and match the chosen type; other
// rights only need a number.
RightNumberCheck check_right_number(const std::string& rightType, const std::string& text);

struct StickerCheck {
  bool ok = false;
  QString message;
  std::string booth, hall, exhibitor;
};
// Shape, bureau signature, fair, and presence in the booth list.
StickerCheck check_sticker(const std::string& text, const FairConfig& config, const PublicKey& bureau);

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
