#pragma once
// Chinese patent application numbers (docs/codes.md): 12 digits plus a check character
// since October 2003 (`ZL 2017 1 0601862.3`: year, type, serial), 8 digits plus a check
// character before (`ZL 95 1 15608.X`). The check character is the sum of the digits
// weighted 2,3,4,5,6,7,8,9,2,3,4,5, modulo 11, with 10 written `X`.
#include <optional>
#include <string>
#include <string_view>

namespace fg {

enum class PatentType {
  Invention,        // 1
  UtilityModel,     // 2
  Design,           // 3
  PctInvention,     // 8: PCT application entering the Chinese national phase as an invention
  PctUtilityModel,  // 9: the same as a utility model
};

const char* patent_type_english(PatentType type);
const char* patent_type_chinese(PatentType type);  // UTF-8

struct PatentNumber {
  std::string digits;  // 12 (since 2003) or 8 (before) digits, without the check character
  char check = '0';    // '0'..'9' or 'X'
  int filing_year = 0;
  PatentType type = PatentType::Invention;

  bool old_format() const { return digits.size() == 8; }
  std::string application_number() const;  // "201710601862.3"
  std::string normalized() const;          // "ZL201710601862.3": for storage and comparison
  std::string display() const;             // "ZL 2017 1 0601862.3": for people
  bool operator==(const PatentNumber&) const = default;
};

enum class PatentNumberError {
  None,
  Empty,                  // nothing but spaces or a prefix
  PublicationNumber,      // CN107357842A-style publication number, not an application number
  UnexpectedCharacter,    // a character that is not a digit where a digit must be
  WrongLength,            // neither 12 nor 8 digits before the check character
  UnknownType,            // the type digit is not 1, 2, 3, 8 or 9
  ImpossibleYear,         // 12-digit number outside 2003..2099, 8-digit one outside 1985..2003
  MissingCheckCharacter,  // all digits there, check character not typed yet
  WrongCheckCharacter,    // typo or misread: the check character does not match the digits
};

struct PatentNumberParse {
  std::optional<PatentNumber> number;
  PatentNumberError error = PatentNumberError::None;
  std::string message;      // English, says what is wrong and what was expected
  char expected_check = 0;  // set for MissingCheckCharacter and WrongCheckCharacter

  explicit operator bool() const { return number.has_value(); }
};

// Typed or pasted text longer than this is refused as WrongLength before it is folded: the
// longest real form (a label, a prefix and full-width digits) is under 80 bytes.
inline constexpr std::size_t kMaxPatentNumberTextBytes = 128;

// Accepts what officers type or scan: an optional label (专利号, 申请号, 专利申请号 and a
// colon), an optional `ZL` or `CN` prefix, spaces anywhere,
// an optional dot before the check character, lowercase `x`, full-width characters.
[[nodiscard]] PatentNumberParse parse_patent_number(std::string_view text);

// The check character for 12 or 8 digits typed so far (same liberal input, without the
// check character), for live validation while typing; nullopt for any other input.
std::optional<char> patent_check_character(std::string_view digits);

// For live validation while typing: None while `text` can still become a valid number (or
// is one), else the error that more typing cannot fix (a wrong type digit or year, too many
// digits, a wrong check character...), so the field can turn red at the first wrong key.
[[nodiscard]] PatentNumberError patent_number_typing_error(std::string_view text);

}  // namespace fg
