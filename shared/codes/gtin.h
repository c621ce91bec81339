#pragma once
// GTIN product codes (EAN-8, UPC-A, EAN-13, GTIN-14): digits whose last one is a mod-10
// check digit (weights 3,1,3,1... from the right, the check digit excluded). UPC-E, the
// zero-suppressed 8-digit UPC, expands to the UPC-A it stands for.
#include <optional>
#include <string>
#include <string_view>

namespace fg {

enum class GtinKind { Ean8, UpcA, Ean13, Gtin14 };

const char* gtin_kind_name(GtinKind kind);  // "EAN-8", "UPC-A", "EAN-13", "GTIN-14"

struct Gtin {
  std::string digits;  // 8, 12, 13 or 14 digits, check digit last
  GtinKind kind = GtinKind::Ean13;

  // Left-padded with zeros to 14 digits: the same product gives the same GTIN-14 whether
  // it was read as UPC-A 036000291452 or EAN-13 0036000291452.
  std::string gtin14() const;
  bool operator==(const Gtin&) const = default;
};

enum class GtinError {
  None,
  Empty,
  UnexpectedCharacter,  // not a digit
  WrongLength,          // not 8, 12, 13 or 14 digits
  WrongCheckDigit,
  NotUpcE,  // expand_upc_e: number system is not 0 or 1
  NoGtin,   // find_gtin_in_scan: the scanned text holds no GTIN
};

struct GtinParse {
  std::optional<Gtin> gtin;
  GtinError error = GtinError::None;
  std::string message;      // English, says what is wrong and what was expected
  char expected_check = 0;  // set for WrongCheckDigit

  explicit operator bool() const { return gtin.has_value(); }
};

// Accepts digits with spaces between groups and full-width digits, and a GTIN-14 written
// after GS1's "(01)"; classifies by length.
[[nodiscard]] GtinParse parse_gtin(std::string_view text);

// Check digit for the digits before it (7, 11, 12 or 13 of them); nullopt otherwise.
std::optional<char> gtin_check_digit(std::string_view body);

// Expands an 8-digit UPC-E (number system 0 or 1, six digits, check digit) to its UPC-A;
// the check digit must be the UPC-A's.
[[nodiscard]] GtinParse expand_upc_e(std::string_view text);

// The GTIN in what a scanner read from a product: a plain GTIN (as parse_gtin), GS1's
// bracketed form "(01)09506000134352(17)...", a GS1 element string from a GS1 DataMatrix,
// GS1-128 or GS1 QR code ("0109506000134352..." with an optional symbology identifier such
// as "]d2" and FNC1 as the GS character), or a GS1 Digital Link URL (".../01/09506000134352").
// NoGtin when the text holds none (a plain model number, another URL).
[[nodiscard]] GtinParse find_gtin_in_scan(std::string_view text);

}  // namespace fg
