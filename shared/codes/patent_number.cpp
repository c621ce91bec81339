#include "codes/patent_number.h"

#include <algorithm>
#include <array>

#include "codes/typed_text.h"

namespace fg {
namespace {

constexpr std::array<int, 12> kWeights{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) { return std::ranges::all_of(text, is_digit); }

char check_for(std::string_view digits) {
  int sum = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) sum += (digits[i] - '0') * kWeights[i];
  const int check = sum % 11;
  return check == 10 ? 'X' : static_cast<char>('0' + check);
}

std::optional<PatentType> type_from_digit(char digit) {
  switch (digit) {
    case '1':
      return PatentType::Invention;
    case '2':
      return PatentType::UtilityModel;
    case '3':
      return PatentType::Design;
    case '8':
      return PatentType::PctInvention;
    case '9':
      return PatentType::PctUtilityModel;
    default:
      return std::nullopt;
  }
}

// Drops what may precede the number in folded (uppercase) text: a label copied from a
// certificate or a search result (专利号, 申请号, 专利申请号, then an optional colon) and the
// `ZL` or `CN` prefix.
std::string_view without_prefix(std::string_view folded) {
  for (std::string_view label : {"专利申请号", "专利号", "申请号"}) {
    if (folded.starts_with(label)) {
      folded.remove_prefix(label.size());
      if (folded.starts_with(':')) folded.remove_prefix(1);
      break;
    }
  }
  if (folded.starts_with("ZL") || folded.starts_with("CN")) folded.remove_prefix(2);
  return folded;
}

// CN publication numbers (e.g. CN107357842A, CN206123456U) are 7 to 9 digits and a kind
// letter: officers copy them from a brochure or a search, but they are not application numbers.
bool looks_like_publication_number(std::string_view text) {
  if (text.size() < 8 || text.size() > 10) return false;
  if (std::string_view("ABCUYS").find(text.back()) == std::string_view::npos) return false;
  return all_digits(text.substr(0, text.size() - 1));
}

PatentNumberParse failure(PatentNumberError error, std::string message, char expected = 0) {
  PatentNumberParse result;
  result.error = error;
  result.message = std::move(message);
  result.expected_check = expected;
  return result;
}

const std::string kShape =
    "a Chinese patent number is 12 digits (8 for applications before 2003) and a check "
    "character 0-9 or X, e.g. ZL201710601862.3";

}  // namespace

const char* patent_type_english(PatentType type) {
  switch (type) {
    case PatentType::Invention:
      return "invention patent";
    case PatentType::UtilityModel:
      return "utility model";
    case PatentType::Design:
      return "design patent";
    case PatentType::PctInvention:
      return "invention patent (PCT national phase)";
    case PatentType::PctUtilityModel:
      return "utility model (PCT national phase)";
  }
  return "unknown";
}

const char* patent_type_chinese(PatentType type) {
  switch (type) {
    case PatentType::Invention:
      return "发明专利";
    case PatentType::UtilityModel:
      return "实用新型";
    case PatentType::Design:
      return "外观设计";
    case PatentType::PctInvention:
      return "发明专利（PCT进入国家阶段）";
    case PatentType::PctUtilityModel:
      return "实用新型（PCT进入国家阶段）";
  }
  return "未知";
}

std::string PatentNumber::application_number() const { return digits + '.' + check; }

std::string PatentNumber::normalized() const { return "ZL" + application_number(); }

std::string PatentNumber::display() const {
  // Year, type digit and serial apart, as printed on certificates.
  const std::size_t year_digits = old_format() ? 2 : 4;
  return "ZL " + digits.substr(0, year_digits) + ' ' + digits.substr(year_digits, 1) + ' ' +
         digits.substr(year_digits + 1) + '.' + check;
}

std::optional<char> patent_check_character(std::string_view digits) {
  const std::string folded = fold_typed_code(digits);
  const std::string_view body = without_prefix(folded);
  if ((body.size() != 12 && body.size() != 8) || !all_digits(body)) return std::nullopt;
  return check_for(body);
}

PatentNumberParse parse_patent_number(std::string_view text) {
  if (text.size() > kMaxPatentNumberTextBytes)
    return failure(PatentNumberError::WrongLength,
                   "far too long for a patent number (" + std::to_string(text.size()) + " bytes): " + kShape);
  const std::string folded = fold_typed_code(text);
  const std::string_view rest = without_prefix(folded);
  if (rest.empty()) return failure(PatentNumberError::Empty, "no patent number given: " + kShape);
  if (looks_like_publication_number(rest))
    return failure(PatentNumberError::PublicationNumber,
                   "this looks like a publication number (CN...A/B/U/S), not an application "
                   "number: " +
                       kShape);

  // Split into digits and check character: "<digits>.<check>", "<digits>X" or all digits
  // with the check character last.
  std::string_view body = rest;
  std::optional<char> check;
  if (const auto dot = rest.find('.'); dot != std::string_view::npos) {
    body = rest.substr(0, dot);
    const std::string_view after = rest.substr(dot + 1);
    if (after.size() > 1) {
      for (std::size_t i = 0; i < after.size(); ++i) {
        if (is_digit(after[i]) || after[i] == 'X') continue;
        const std::string character = utf8_character_at(after, i);
        return failure(PatentNumberError::UnexpectedCharacter,
                       "unexpected '" + character + "' after the dot: " + kShape);
      }
      return failure(PatentNumberError::WrongLength, "only one check character may follow the dot, got " +
                                                         std::to_string(after.size()) + ": " + kShape);
    }
    if (after.size() == 1) check = after[0];
  } else if (rest.back() == 'X' || rest.size() == 13 || rest.size() == 9) {
    body = rest.substr(0, rest.size() - 1);
    check = rest.back();
  }

  for (std::size_t i = 0; i < body.size(); ++i) {
    if (is_digit(body[i])) continue;
    const std::string character = utf8_character_at(body, i);
    return failure(PatentNumberError::UnexpectedCharacter, "'" + character + "' is not a digit: " + kShape);
  }
  if (check && !is_digit(*check) && *check != 'X')
    return failure(PatentNumberError::UnexpectedCharacter,
                   std::string("'") + *check + "' cannot be a check character (0-9 or X): " + kShape);
  if (body.size() != 12 && body.size() != 8)
    return failure(PatentNumberError::WrongLength,
                   "got " + std::to_string(body.size()) + " digits before the check character: " + kShape);

  const bool old_format = body.size() == 8;
  const std::size_t year_digits = old_format ? 2 : 4;
  const auto type = type_from_digit(body[year_digits]);
  if (!type)
    return failure(PatentNumberError::UnknownType,
                   std::string("type digit '") + body[year_digits] + "' (digit " + std::to_string(year_digits + 1) +
                       ") is not 1 invention, 2 utility model, 3 design, 8 or 9 PCT entry");

  int year = std::stoi(std::string(body.substr(0, year_digits)));
  if (old_format) {
    // The old format ran from the first applications in 1985 to September 2003.
    year += year >= 85 ? 1900 : 2000;
    if (year > 2003)
      return failure(
          PatentNumberError::ImpossibleYear,
          "an 8-digit number is from 1985 to 2003, but it starts with year " + std::string(body.substr(0, 2)));
  } else if (year < 2003 || year > 2099) {
    return failure(PatentNumberError::ImpossibleYear,
                   "a 12-digit number is from 2003 to 2099, but it starts with year " + std::to_string(year));
  }

  const char expected = check_for(body);
  if (!check)
    return failure(PatentNumberError::MissingCheckCharacter,
                   std::string("the check character is missing; for these digits it is ") + expected, expected);
  if (*check != expected)
    return failure(PatentNumberError::WrongCheckCharacter,
                   std::string("check character ") + *check + " does not match the digits, which give " + expected +
                       ": a digit or the check character is mistyped",
                   expected);

  PatentNumberParse result;
  result.number = PatentNumber{std::string(body), *check, year, *type};
  return result;
}

namespace {

// Whether `digits` (all digits, no check character yet, or the check last when complete)
// can still become a 12-digit number from 2003..2099; the error that rules it out otherwise.
PatentNumberError new_format_typing_error(std::string_view digits) {
  if (digits.size() > 13) return PatentNumberError::WrongLength;
  if (digits[0] != '2' || (digits.size() > 1 && digits[1] != '0')) return PatentNumberError::ImpossibleYear;
  if (digits.size() > 3 && digits[2] == '0' && digits[3] < '3') return PatentNumberError::ImpossibleYear;
  if (digits.size() > 4 && !type_from_digit(digits[4])) return PatentNumberError::UnknownType;
  return PatentNumberError::None;
}

// The same for an 8-digit number from 1985..2003.
PatentNumberError old_format_typing_error(std::string_view digits) {
  if (digits.size() > 9) return PatentNumberError::WrongLength;
  if (std::string_view("890").find(digits[0]) == std::string_view::npos) return PatentNumberError::ImpossibleYear;
  if (digits.size() > 1) {
    const int year = (digits[0] - '0') * 10 + (digits[1] - '0');
    if (year < 85 && year > 3) return PatentNumberError::ImpossibleYear;
  }
  if (digits.size() > 2 && !type_from_digit(digits[2])) return PatentNumberError::UnknownType;
  return PatentNumberError::None;
}

}  // namespace

PatentNumberError patent_number_typing_error(std::string_view text) {
  if (text.size() > kMaxPatentNumberTextBytes) return PatentNumberError::WrongLength;
  const std::string folded = fold_typed_code(text);
  const std::string_view rest = without_prefix(folded);
  // "Z" and "C" are on their way to a prefix.
  if (rest.empty() || rest == "Z" || rest == "C") return PatentNumberError::None;
  // Once a dot or an X is typed, the number is complete but for the check character.
  if (rest.find('.') != std::string_view::npos || rest.back() == 'X' || looks_like_publication_number(rest)) {
    const auto error = parse_patent_number(text).error;
    return error == PatentNumberError::MissingCheckCharacter ? PatentNumberError::None : error;
  }
  if (!all_digits(rest)) return PatentNumberError::UnexpectedCharacter;

  const auto as_new = new_format_typing_error(rest);
  const auto as_old = old_format_typing_error(rest);
  const bool complete_new = rest.size() == 13 && as_new == PatentNumberError::None;
  const bool complete_old = rest.size() == 9 && as_old == PatentNumberError::None;
  if (complete_new) return parse_patent_number(rest).error;
  if (complete_old) {
    // Nine digits may also be the start of a 12-digit number.
    if (as_new == PatentNumberError::None) return PatentNumberError::None;
    return parse_patent_number(rest).error;
  }
  if (as_new == PatentNumberError::None || as_old == PatentNumberError::None) return PatentNumberError::None;
  // Report against the format the digits so far look like.
  const bool old_start = std::string_view("890").find(rest[0]) != std::string_view::npos;
  return (rest[0] == '2' || (!old_start && rest.size() > 9)) ? as_new : as_old;
}

}  // namespace fg
