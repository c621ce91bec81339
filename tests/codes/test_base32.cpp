#include <catch2/catch.hpp>
#include <random>

#include "codes/base32.h"

TEST_CASE("base32 matches the RFC 4648 test vectors without padding", "[codes]") {
  const std::pair<const char*, const char*> vectors[] = {{"", ""},
                                                         {"f", "MY"},
                                                         {"fo", "MZXQ"},
                                                         {"foo", "MZXW6"},
                                                         {"foob", "MZXW6YQ"},
                                                         {"fooba", "MZXW6YTB"},
                                                         {"foobar", "MZXW6YTBOI"}};
  for (const auto& [plain, encoded] : vectors) {
    INFO(plain);
    CHECK(fg::to_base32(fg::as_bytes(plain)) == encoded);
    const auto decoded = fg::from_base32(encoded);
    REQUIRE(decoded);
    CHECK(std::string(decoded->begin(), decoded->end()) == plain);
  }
}

TEST_CASE("base32 round-trips bytes of every length", "[codes]") {
  std::mt19937 random(32);
  for (std::size_t length = 0; length < 80; ++length) {
    fg::Bytes bytes(length);
    for (auto& byte : bytes) byte = static_cast<std::uint8_t>(random());
    const std::string encoded = fg::to_base32(bytes);
    CHECK(encoded.size() == (length * 8 + 4) / 5);
    CHECK(fg::from_base32(encoded) == bytes);
  }
}

TEST_CASE("base32 decoding refuses anything but the one canonical encoding", "[codes]") {
  CHECK_FALSE(fg::from_base32("mzxw6"));     // lowercase
  CHECK_FALSE(fg::from_base32("MY======"));  // padding
  CHECK_FALSE(fg::from_base32("MZXW1"));     // '1' is not in the alphabet
  CHECK_FALSE(fg::from_base32("M"));         // lengths no byte count gives
  CHECK_FALSE(fg::from_base32("MZX"));
  CHECK_FALSE(fg::from_base32("MZXW6Y"));
  CHECK_FALSE(fg::from_base32("MZ"));          // "f" with non-zero unused bits
  CHECK_FALSE(fg::from_base32("MZXW6YTBOJ"));  // "foobar" with non-zero unused bits
}
