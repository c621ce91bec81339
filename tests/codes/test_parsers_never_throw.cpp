// The parsers sit behind the camera and the keyboard: whatever arrives, they answer with a
// value or an error, never an exception, and never both or neither.
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "codes/booth_sticker.h"
#include "codes/gtin.h"
#include "codes/patent_number.h"

namespace {

// Random text drawn from what codes are made of, plus stray bytes and multi-byte characters.
std::string random_text(std::mt19937& random) {
  // clang-format off
  static const std::string pieces[] = {
      "0", "1", "2", "3", "5", "8", "9", "X", "x", ".", " ", ":", "-", "ZL", "CN", "FGB1:",
      "(01)", "]d2", "\x1D", "://x/01/", "A", "Q", "7", "号", "。", "\xEF\xBC\x91", "\xE3\x80\x80", "\xFF", "\xE5\x8F",
      "\n", std::string(1, '\0'), "专利号", "4006381333931", "2017106018623"};
  // clang-format on
  std::string text;
  const auto length = random() % 40;
  for (unsigned i = 0; i < length; ++i) text += pieces[random() % std::size(pieces)];
  return text;
}

}  // namespace

TEST_CASE("code parsers answer any input with a value or an error", "[codes]") {
  std::mt19937 random(7);
  for (int n = 0; n < 20000; ++n) {
    const std::string text = random_text(random);
    INFO(text);
    const auto patent = fg::parse_patent_number(text);
    CHECK(patent.number.has_value() == (patent.error == fg::PatentNumberError::None));
    CHECK(patent.message.empty() == patent.number.has_value());
    const auto gtin = fg::parse_gtin(text);
    CHECK(gtin.gtin.has_value() == (gtin.error == fg::GtinError::None));
    const auto scanned = fg::find_gtin_in_scan(text);
    CHECK(scanned.gtin.has_value() == (scanned.error == fg::GtinError::None));
    const auto upc_e = fg::expand_upc_e(text);
    CHECK(upc_e.gtin.has_value() == (upc_e.error == fg::GtinError::None));
    const auto sticker = fg::parse_booth_sticker(text);
    CHECK(sticker.sticker.has_value() == (sticker.error == fg::BoothStickerError::None));
    // A number that parses is never flagged while typed.
    if (patent)
      CHECK(fg::patent_number_typing_error(text) == fg::PatentNumberError::None);
    else
      (void)fg::patent_number_typing_error(text);
    (void)fg::patent_check_character(text);
    (void)fg::gtin_check_digit(text);
  }
}
