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

namespace {

// The run of digits at the start of `text`.
std::string_view leading_digits(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && is_digit(text[n])) ++n;
  return text.substr(0, n);
}

constexpr char kGroupSeparator = '\x1D';  // FNC1 inside a GS1 element string

}  // namespace

GtinParse find_gtin_in_scan(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  if (text.empty()) return failure(GtinError::Empty, "nothing was scanned");

  const std::string_view digits = leading_digits(text);
  if (digits.size() == text.size() && digits.size() <= 14) return parse_gtin(text);

  // Bracketed application identifiers: "(01)" and 14 digits, wherever it stands.
  if (const auto at = text.find("(01)");
      at != std::string_view::npos && at + 4 < text.size() && is_digit(text[at + 4])) {
    const std::string_view gtin = leading_digits(text.substr(at + 4));
    if (gtin.size() != 14)
      return failure(GtinError::WrongLength,
                     "got " + std::to_string(gtin.size()) + " digits after (01): a GTIN-14 has 14");
    return parse_gtin(gtin);
  }

  // GS1 Digital Link: a whole path segment of 8 to 14 digits after "/01/".
  if (text.find("://") != std::string_view::npos) {
    for (auto at = text.find("/01/"); at != std::string_view::npos; at = text.find("/01/", at + 1)) {
      const std::string_view gtin = leading_digits(text.substr(at + 4));
      const std::size_t end = at + 4 + gtin.size();
      const bool whole_segment =
          end == text.size() || std::string_view("/?#").find(text[end]) != std::string_view::npos;
      if (gtin.size() >= 8 && gtin.size() <= 14 && whole_segment) return parse_gtin(gtin);
    }
  }

  // A GS1 element string: optional symbology identifier ("]d2", "]C1", "]Q3", "]e0", "]J1"),
  // optional leading FNC1, then AI 01 and its 14 digits first, as GS1 recommends.
  std::string_view element = text;
  if (element.size() >= 3 && element[0] == ']') element.remove_prefix(3);
  if (!element.empty() && element[0] == kGroupSeparator) element.remove_prefix(1);
  const bool marked_gs1 = element.size() != text.size();
  if (element.starts_with("01") && (marked_gs1 || element.size() >= 16)) {
    const std::string_view gtin = leading_digits(element.substr(2)).substr(0, 14);
    if (gtin.size() != 14)
      return failure(GtinError::WrongLength,
                     "got " + std::to_string(gtin.size()) + " digits after AI 01: a GTIN-14 has 14");
    return parse_gtin(gtin);
  }
  if (digits.size() == text.size()) return parse_gtin(text);  // too long for a GTIN
  return failure(GtinError::NoGtin, "the scanned text holds no GTIN (product code)");
}

}  // namespace fg
