#include <catch2/catch.hpp>

#include "codes/typed_text.h"

TEST_CASE("typed codes fold full-width input, spaces and case", "[codes]") {
  // What a Chinese input method produces for "zl 2017 1。3x".
  CHECK(fg::fold_typed_code("\xEF\xBD\x9A\xEF\xBD\x8C\xE3\x80\x80\xEF\xBC\x92\xEF\xBC\x90"
                            "\xEF\xBC\x91\xEF\xBC\x97 1\xE3\x80\x82\xEF\xBC\x93x") == "ZL20171.3X");
  CHECK(fg::fold_typed_code(" 4006381333931\r\n") == "4006381333931");
  CHECK(fg::fold_typed_code("a\xC2\xA0"
                            "b") == "AB");
  // Other characters stay so that parsers can name them.
  CHECK(fg::fold_typed_code("12号") == "12号");
}

TEST_CASE("the character at a byte offset is the whole UTF-8 sequence", "[codes]") {
  CHECK(fg::utf8_character_at("12号3", 2) == "号");
  CHECK(fg::utf8_character_at("ab", 1) == "b");
  CHECK(fg::utf8_character_at("ab", 5).empty());
  CHECK(fg::utf8_character_at("\xE5\x8F", 0) == "\xE5");  // truncated sequence: one byte
}
