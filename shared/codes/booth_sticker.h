#pragma once
// The QR sticker on each booth (docs/codes.md): fair, hall and booth code signed by the
// bureau key, so a tablet refuses a forged, altered or other fair's sticker offline.
//   FGB1:CF138:11.2:11.2B05:<Ed25519 signature, base32, 103 characters>
// Every character is in the QR alphanumeric set, so the code stays small (version 6-M).
#include <optional>
#include <string>
#include <string_view>

#include "crypto/keys.h"

namespace fg {

// Field lengths are bounded so that every sticker fits the same QR version (6, ECC M).
inline constexpr std::size_t kMaxFairIdLength = 16;
inline constexpr std::size_t kMaxHallLength = 8;
inline constexpr std::size_t kMaxBoothCodeLength = 16;
// A sticker is at most 151 characters ("FGB1:" + fields + 103 of signature); scanned text
// longer than this (whitespace included) is refused before it is copied or split.
inline constexpr std::size_t kMaxBoothStickerTextBytes = 256;

struct BoothSticker {
  std::string fair;   // e.g. "CF138"
  std::string hall;   // e.g. "11.2"
  std::string booth;  // e.g. "11.2B05", "A-12"
  Signature signature{};
  bool operator==(const BoothSticker&) const = default;
};

enum class StickerField { Fair, Hall, Booth };

// Empty when `value` may stand in that field of a sticker, else what is wrong (English): lets
// a booth list be checked when it is loaded, long before its stickers are printed.
std::string sticker_field_problem(StickerField field, std::string_view value);

// The bytes the bureau signs: "fairguard-booth-v1\n" fair "\n" hall "\n" booth "\n".
// Fields never hold a newline, so two different stickers never share these bytes.
std::string booth_sticker_message(std::string_view fair, std::string_view hall, std::string_view booth);

// Signs and formats a sticker. Fields are 1 to 16 (fair), 8 (hall), 16 (booth) characters
// of A-Z 0-9 '.' '-', starting with a letter or digit; anything else (lowercase included,
// so that the sticker says exactly what the booth list says) throws std::invalid_argument.
std::string make_booth_sticker(std::string_view fair, std::string_view hall, std::string_view booth,
                               const KeyPair& bureau_key);

std::string format_booth_sticker(const BoothSticker& sticker);

enum class BoothStickerError {
  None,
  Empty,
  NotABoothSticker,    // another kind of code (a product code, an enrolment code...), or too long
  UnsupportedVersion,  // FGB<n> from a newer FairGuard
  WrongFieldCount,
  BadFair,
  BadHall,
  BadBooth,
  BadSignatureEncoding,  // not 103 base32 characters: truncated or damaged
};

struct BoothStickerParse {
  std::optional<BoothSticker> sticker;
  BoothStickerError error = BoothStickerError::None;
  std::string message;  // English, says what is wrong

  explicit operator bool() const { return sticker.has_value(); }
};

// Checks the shape only. Whitespace at either end is ignored, and so is letter case (the
// format is uppercase; a keyboard-wedge scanner with Caps Lock on flips it).
[[nodiscard]] BoothStickerParse parse_booth_sticker(std::string_view text);

enum class BoothStickerCheck {
  Valid,
  ForgedOrAltered,  // the signature is not the bureau's over these fields
  OtherFair,        // genuine, but printed for another fair
};

const char* describe(BoothStickerCheck check);  // English sentence for the officer

// The signature is checked first: a sticker whose fair field was altered is a forgery,
// not "another fair".
[[nodiscard]] BoothStickerCheck verify_booth_sticker(const BoothSticker& sticker, const PublicKey& bureau_public_key,
                                                     std::string_view expected_fair);

}  // namespace fg
