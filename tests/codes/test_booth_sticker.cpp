#include <catch2/catch.hpp>
#include <cctype>
#include <stdexcept>
#include <string>

#include "codes/booth_sticker.h"

namespace {

fg::KeyPair key_from(std::uint8_t fill) {
  const fg::Bytes seed(32, fill);
  return fg::KeyPair::from_seed(seed);
}

const fg::KeyPair& bureau() {
  static const fg::KeyPair key = key_from(0x42);
  return key;
}

bool in_qr_alphanumeric_set(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || std::string(" $%*+-./:").find(c) != std::string::npos;
}

// Another character allowed in a field: a different letter, digit, '.' or '-'.
char other_field_character(char c) { return c == 'A' ? 'B' : c == '9' ? '0' : c == '.' ? '-' : 'A'; }

}  // namespace

TEST_CASE("a booth sticker round-trips and verifies", "[codes]") {
  const std::string text = fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau());
  CHECK(text.starts_with("FGB1:CF138:11.2:11.2B05:"));
  CHECK(text.size() == 24 + 103);
  for (char c : text) CHECK(in_qr_alphanumeric_set(c));

  const auto parsed = fg::parse_booth_sticker(text);
  REQUIRE(parsed);
  CHECK(parsed.sticker->fair == "CF138");
  CHECK(parsed.sticker->hall == "11.2");
  CHECK(parsed.sticker->booth == "11.2B05");
  CHECK(fg::format_booth_sticker(*parsed.sticker) == text);
  CHECK(fg::verify_booth_sticker(*parsed.sticker, bureau().public_key(), "CF138") == fg::BoothStickerCheck::Valid);
}

TEST_CASE("the booth sticker format is pinned by a test vector", "[codes]") {
  // docs/codes.md quotes this sticker: a change of format or signed message breaks it.
  CHECK(fg::booth_sticker_message("CF138", "11.2", "11.2B05") == "fairguard-booth-v1\nCF138\n11.2\n11.2B05\n");
  CHECK(fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau()) ==
        "FGB1:CF138:11.2:11.2B05:NEUV6Z4DHCHWVJKSJFAJXAL744MU76L2AFRUT2KRCGPQDXXUBFST64AMLST66TZLA2KFPPYSDYAL"
        "452KNUXUVQKQWQ5OBBR72FCCKDY");
}

TEST_CASE("the longest booth sticker stays within 151 characters", "[codes]") {
  const std::string text =
      fg::make_booth_sticker(std::string(fg::kMaxFairIdLength, 'F'), std::string(fg::kMaxHallLength, '9'),
                             std::string(fg::kMaxBoothCodeLength, 'B'), bureau());
  CHECK(text.size() == 151);  // version 6 at ECC level M holds 154 alphanumeric characters
  CHECK(fg::parse_booth_sticker(text));
}

TEST_CASE("every altered field character makes the sticker a forgery", "[codes]") {
  const std::string text = fg::make_booth_sticker("CF138", "11.2", "A-12", bureau());
  const std::size_t signature_start = text.rfind(':') + 1;
  for (std::size_t i = 5; i < signature_start - 1; ++i) {
    if (text[i] == ':') continue;
    std::string altered = text;
    altered[i] = other_field_character(text[i]);
    INFO(altered);
    const auto parsed = fg::parse_booth_sticker(altered);
    if (!parsed) {  // a '-' or '.' moved to the front of a field: malformed, also refused
      CHECK((parsed.error == fg::BoothStickerError::BadFair || parsed.error == fg::BoothStickerError::BadHall ||
             parsed.error == fg::BoothStickerError::BadBooth));
      continue;
    }
    CHECK(fg::verify_booth_sticker(*parsed.sticker, bureau().public_key(), parsed.sticker->fair) ==
          fg::BoothStickerCheck::ForgedOrAltered);
  }
}

TEST_CASE("every altered signature character is refused", "[codes]") {
  const std::string text = fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau());
  for (std::size_t i = text.rfind(':') + 1; i < text.size(); ++i) {
    std::string altered = text;
    altered[i] = text[i] == 'A' ? 'B' : 'A';
    INFO(altered);
    const auto parsed = fg::parse_booth_sticker(altered);
    if (!parsed) {  // the last character carries 3 unused bits: 'A' there may be refused
      CHECK(parsed.error == fg::BoothStickerError::BadSignatureEncoding);
      continue;
    }
    CHECK(fg::verify_booth_sticker(*parsed.sticker, bureau().public_key(), "CF138") ==
          fg::BoothStickerCheck::ForgedOrAltered);
  }
}

TEST_CASE("a sticker moved to another booth or hall is a forgery", "[codes]") {
  const auto genuine = fg::parse_booth_sticker(fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau()));
  REQUIRE(genuine);
  auto moved = *genuine.sticker;
  moved.booth = "11.2B06";
  CHECK(fg::verify_booth_sticker(moved, bureau().public_key(), "CF138") == fg::BoothStickerCheck::ForgedOrAltered);
  moved = *genuine.sticker;
  moved.hall = "11.1";
  CHECK(fg::verify_booth_sticker(moved, bureau().public_key(), "CF138") == fg::BoothStickerCheck::ForgedOrAltered);
  // Splitting the same characters differently between fields changes the signed message.
  CHECK(fg::booth_sticker_message("CF1", "38", "A") != fg::booth_sticker_message("CF13", "8", "A"));
}

TEST_CASE("a sticker signed by another key is a forgery", "[codes]") {
  const auto forged = fg::parse_booth_sticker(fg::make_booth_sticker("CF138", "11.2", "11.2B05", key_from(0x07)));
  REQUIRE(forged);
  CHECK(fg::verify_booth_sticker(*forged.sticker, bureau().public_key(), "CF138") ==
        fg::BoothStickerCheck::ForgedOrAltered);
  CHECK(std::string(fg::describe(fg::BoothStickerCheck::ForgedOrAltered)).find("forged") != std::string::npos);
}

TEST_CASE("a genuine sticker of another fair is told apart", "[codes]") {
  const auto other = fg::parse_booth_sticker(fg::make_booth_sticker("CF137", "11.2", "11.2B05", bureau()));
  REQUIRE(other);
  CHECK(fg::verify_booth_sticker(*other.sticker, bureau().public_key(), "CF138") == fg::BoothStickerCheck::OtherFair);
  CHECK(fg::verify_booth_sticker(*other.sticker, bureau().public_key(), "CF137") == fg::BoothStickerCheck::Valid);
}

TEST_CASE("every truncation of a sticker is refused as malformed", "[codes]") {
  const std::string text = fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau());
  for (std::size_t length = 0; length < text.size(); ++length) {
    INFO(text.substr(0, length));
    const auto parsed = fg::parse_booth_sticker(text.substr(0, length));
    CHECK_FALSE(parsed);
    CHECK(parsed.error != fg::BoothStickerError::None);
  }
  CHECK(fg::parse_booth_sticker(text + "A").error == fg::BoothStickerError::BadSignatureEncoding);
  // A keyboard-wedge scanner with Caps Lock on flips every letter's case: the same sticker.
  std::string flipped = text;
  for (char& c : flipped)
    if (std::isalpha(static_cast<unsigned char>(c))) c = static_cast<char>(c ^ 0x20);
  const auto from_flipped = fg::parse_booth_sticker(flipped);
  REQUIRE(from_flipped);
  CHECK(fg::format_booth_sticker(*from_flipped.sticker) == text);
  CHECK(fg::verify_booth_sticker(*from_flipped.sticker, bureau().public_key(), "CF138") ==
        fg::BoothStickerCheck::Valid);
  // A keyboard-wedge scanner's trailing newline is not damage.
  CHECK(fg::parse_booth_sticker(text + "\r\n"));
}

TEST_CASE("malformed stickers give distinct errors", "[codes]") {
  const std::string signature = fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau()).substr(24);
  using E = fg::BoothStickerError;
  const std::pair<std::string, E> cases[] = {
      {"", E::Empty},
      {" \n", E::Empty},
      {"4006381333931", E::NotABoothSticker},
      {"https://example.org/booth/11.2B05", E::NotABoothSticker},
      {"FGBX:CF138:11.2:11.2B05:" + signature, E::NotABoothSticker},
      {"FGB:CF138:11.2:11.2B05:" + signature, E::NotABoothSticker},
      {"FGB1", E::NotABoothSticker},
      {"FGB2:CF138:11.2:11.2B05:" + signature, E::UnsupportedVersion},
      {"FGB1:CF138:11.2B05:" + signature, E::WrongFieldCount},
      {"FGB1:CF138:11.2:11.2B05:X:" + signature, E::WrongFieldCount},
      {"FGB1:C_138:11.2:11.2B05:" + signature, E::BadFair},
      {"FGB1::11.2:11.2B05:" + signature, E::BadFair},
      {"FGB1:CF138:HALL 11:11.2B05:" + signature, E::BadHall},
      {"FGB1:CF138:123456789:11.2B05:" + signature, E::BadHall},
      {"FGB1:CF138:11.2:11.2/B05:" + signature, E::BadBooth},
      {"FGB1:CF138:11.2:-B05:" + signature, E::BadBooth},
      {"FGB1:CF138:11.2:11.2B05:" + signature.substr(1), E::BadSignatureEncoding},
      {"FGB1:CF138:11.2:11.2B05:" + signature.substr(0, 102) + "1", E::BadSignatureEncoding},
  };
  for (const auto& [text, error] : cases) {
    INFO(text);
    const auto parsed = fg::parse_booth_sticker(text);
    CHECK_FALSE(parsed);
    CHECK(parsed.error == error);
    CHECK_FALSE(parsed.message.empty());
  }
}

TEST_CASE("stickers are only made from valid fields", "[codes]") {
  const std::tuple<const char*, const char*, const char*> invalid[] = {{"", "11.2", "A-12"},
                                                                       {"cf138", "11.2", "A-12"},
                                                                       {"CF138", "", "A-12"},
                                                                       {"CF138", "11.2", ""},
                                                                       {"CF138", "11.2", "a-12"},
                                                                       {"CF138", "11.2", "A/12"},
                                                                       {"CF138", "11.2", "-A12"},
                                                                       {"CF138", "HALL 1", "A-12"},
                                                                       {"CF138", "11.2", "A:12"},
                                                                       {"CF138", "11.2", "A\n12"},
                                                                       {"CF138", "123456789", "A-12"},
                                                                       {"12345678901234567", "11.2", "A-12"},
                                                                       {"CF138", "11.2", "B12345678901234567"}};
  for (const auto& [fair, hall, booth] : invalid) {
    INFO(fair << " / " << hall << " / " << booth);
    CHECK_THROWS_AS(fg::make_booth_sticker(fair, hall, booth, bureau()), std::invalid_argument);
  }
  CHECK_THROWS_WITH(fg::make_booth_sticker("CF138", "11.2", "a-12", bureau()), Catch::Contains("booth code 'a-12'"));
}

TEST_CASE("booth list fields are checked with the sticker's rules", "[codes]") {
  CHECK(fg::sticker_field_problem(fg::StickerField::Booth, "11.2B05").empty());
  CHECK(fg::sticker_field_problem(fg::StickerField::Booth, "A-12").empty());
  CHECK(fg::sticker_field_problem(fg::StickerField::Hall, "11.2").empty());
  CHECK(fg::sticker_field_problem(fg::StickerField::Fair, "CF138").empty());
  CHECK(fg::sticker_field_problem(fg::StickerField::Booth, "a-12") ==
        "booth code 'a-12' holds 'a': only A-Z (uppercase), 0-9, '.' and '-' are allowed");
  CHECK(fg::sticker_field_problem(fg::StickerField::Hall, "123456789").find("longer than 8") != std::string::npos);
  CHECK(fg::sticker_field_problem(fg::StickerField::Fair, "").find("fair id is empty") != std::string::npos);
  CHECK(fg::sticker_field_problem(fg::StickerField::Booth, ".B05").find("must start with") != std::string::npos);
}

TEST_CASE("booth sticker: scanned text past kMaxBoothStickerTextBytes is refused before it is copied", "[codes]") {
  const fg::KeyPair bureau = fg::KeyPair::from_seed(fg::Bytes(32, 0xb0));
  const std::string sticker = fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau);
  const std::string at_limit = sticker + std::string(fg::kMaxBoothStickerTextBytes - sticker.size(), ' ');
  CHECK(fg::parse_booth_sticker(at_limit));
  const auto over = fg::parse_booth_sticker(at_limit + " ");
  CHECK(over.error == fg::BoothStickerError::NotABoothSticker);
  CHECK(over.message == "this code is 257 bytes long, far longer than a FairGuard booth sticker");
  CHECK(fg::parse_booth_sticker(std::string(1'000'000, ':')).error == fg::BoothStickerError::NotABoothSticker);
}
