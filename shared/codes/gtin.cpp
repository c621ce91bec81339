#include "codes/gtin.h"

#include "codes/typed_text.h"

namespace fg {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

char mod10_check(std::string_view body) {
  int sum = 0;
  bool weight_three = true;  // the digit next to the check digit weighs 3
  for (auto it = body.rbegin(); it != body.rend(); ++it) {
    sum += (*it - '0') * (weight_three ? 3 : 1);
    weight_three = !weight_three;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

GtinParse failure(GtinError error, std::string message, char expected = 0) {
  GtinParse result;
  result.error = error;
  result.message = std::move(message);
  result.expected_check = expected;
  return result;
}

// The error if folded input is empty or holds anything but digits.
std::optional<GtinParse> digits_only(const std::string& folded, const char* what) {
  if (folded.empty()) return failure(GtinError::Empty, std::string("no ") + what + " given");
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (is_digit(folded[i])) continue;
    const std::string character = utf8_character_at(folded, i);
    return failure(GtinError::UnexpectedCharacter, "'" + character + "' is not a digit: a " + what + " is digits only");
  }
  return std::nullopt;
}

std::optional<GtinParse> check_digit_mismatch(std::string_view digits, std::string_view body, const char* what) {
  const char expected = mod10_check(body);
  if (digits.back() == expected) return std::nullopt;
  return failure(GtinError::WrongCheckDigit,
                 std::string("check digit ") + digits.back() + " of this " + what +
                     " does not match the digits, which give " + expected + ": a digit is mistyped or misread",
                 expected);
}

}  // namespace

const char* gtin_kind_name(GtinKind kind) {
  switch (kind) {
    case GtinKind::Ean8:
      return "EAN-8";
    case GtinKind::UpcA:
      return "UPC-A";
    case GtinKind::Ean13:
      return "EAN-13";
    case GtinKind::Gtin14:
      return "GTIN-14";
  }
  return "GTIN";
}

std::string Gtin::gtin14() const { return std::string(14 - digits.size(), '0') + digits; }

std::optional<char> gtin_check_digit(std::string_view body) {
  if (body.size() != 7 && body.size() != 11 && body.size() != 12 && body.size() != 13) return std::nullopt;
  for (char c : body)
    if (!is_digit(c)) return std::nullopt;
  return mod10_check(body);
}

GtinParse parse_gtin(std::string_view text) {
  std::string folded = fold_typed_code(text);
  // "(01)" is GS1's application identifier for a GTIN-14, printed under GS1-128 barcodes.
  const bool gs1_prefix = folded.starts_with("(01)");
  if (gs1_prefix) folded.erase(0, 4);
  if (auto problem = digits_only(folded, "product code (GTIN)")) return *problem;
  if (gs1_prefix && folded.size() != 14)
    return failure(GtinError::WrongLength,
                   "got " + std::to_string(folded.size()) + " digits after (01): a GTIN-14 has 14");
  GtinKind kind;
  switch (folded.size()) {
    case 8:
      kind = GtinKind::Ean8;
      break;
    case 12:
      kind = GtinKind::UpcA;
      break;
    case 13:
      kind = GtinKind::Ean13;
      break;
    case 14:
      kind = GtinKind::Gtin14;
      break;
    default:
      return failure(GtinError::WrongLength,
                     "got " + std::to_string(folded.size()) +
                         " digits: a GTIN has 8 (EAN-8), 12 (UPC-A), 13 (EAN-13) or 14 (GTIN-14)");
  }
  const std::string_view digits = folded;
  if (auto problem = check_digit_mismatch(digits, digits.substr(0, digits.size() - 1), gtin_kind_name(kind)))
    return *problem;
  GtinParse result;
  result.gtin = Gtin{folded, kind};
  return result;
}

GtinParse expand_upc_e(std::string_view text) {
  const std::string e = fold_typed_code(text);
  if (auto problem = digits_only(e, "UPC-E code")) return *problem;
  if (e.size() != 8)
    return failure(GtinError::WrongLength, "got " + std::to_string(e.size()) + " digits: a UPC-E code has 8");
  if (e[0] != '0' && e[0] != '1')
    return failure(GtinError::NotUpcE, std::string("number system ") + e[0] + " is not 0 or 1, so this is not UPC-E");

  // e = S d1 d2 d3 d4 d5 d6 C; d6 says where the manufacturer's zeros were suppressed.
  const std::string d = e.substr(1, 6);
  std::string body(1, e[0]);
  switch (d[5]) {
    case '0':
    case '1':
    case '2':
      body += d.substr(0, 2) + d[5] + "0000" + d.substr(2, 3);
      break;
    case '3':
      body += d.substr(0, 3) + "00000" + d.substr(3, 2);
      break;
    case '4':
      body += d.substr(0, 4) + "00000" + d[4];
      break;
    default:
      body += d.substr(0, 5) + "0000" + d[5];
      break;
  }
  if (auto problem = check_digit_mismatch(e, body, "UPC-E code")) return *problem;
  GtinParse result;
  result.gtin = Gtin{body + e.back(), GtinKind::UpcA};
  return result;
}

}  // namespace fg
