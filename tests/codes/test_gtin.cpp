#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "codes/gtin.h"

namespace {

// GS1's rule again: from the right, the digits before the check digit weigh 3,1,3,1...
char gs1_reference_check(const std::string& body) {
  int sum = 0;
  for (std::size_t i = 0; i < body.size(); ++i) sum += (body[body.size() - 1 - i] - '0') * (i % 2 == 0 ? 3 : 1);
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

}  // namespace

TEST_CASE("known product codes validate and are classified", "[codes]") {
  const std::pair<const char*, fg::GtinKind> known[] = {{"4006381333931", fg::GtinKind::Ean13},
                                                        {"9780306406157", fg::GtinKind::Ean13},
                                                        {"036000291452", fg::GtinKind::UpcA},
                                                        {"96385074", fg::GtinKind::Ean8},
                                                        {"10012345678902", fg::GtinKind::Gtin14}};
  for (const auto& [text, kind] : known) {
    INFO(text);
    const auto parsed = fg::parse_gtin(text);
    REQUIRE(parsed);
    CHECK(parsed.gtin->kind == kind);
    CHECK(parsed.gtin->digits == text);
  }
  CHECK(std::string(fg::gtin_kind_name(fg::GtinKind::UpcA)) == "UPC-A");
  CHECK(std::string(fg::gtin_kind_name(fg::GtinKind::Gtin14)) == "GTIN-14");
}

TEST_CASE("the same product read as UPC-A or EAN-13 has one GTIN-14", "[codes]") {
  const auto upc = fg::parse_gtin("036000291452");
  const auto ean = fg::parse_gtin("0036000291452");
  REQUIRE(upc);
  REQUIRE(ean);
  CHECK(upc.gtin->gtin14() == "00036000291452");
  CHECK(upc.gtin->gtin14() == ean.gtin->gtin14());
  CHECK(fg::parse_gtin("96385074").gtin->gtin14() == "00000096385074");
}

TEST_CASE("product codes typed with spaces or full-width digits are read", "[codes]") {
  CHECK(fg::parse_gtin("4 006381 333931").gtin->digits == "4006381333931");
  CHECK(fg::parse_gtin("4006381333931\n").gtin->digits == "4006381333931");
  CHECK(fg::parse_gtin("\xEF\xBC\x99\xEF\xBC\x96"
                       "385074")
            .gtin->digits == "96385074");
  const auto gs1 = fg::parse_gtin("(01) 10012345678902");
  REQUIRE(gs1);
  CHECK(gs1.gtin->kind == fg::GtinKind::Gtin14);
  CHECK(fg::parse_gtin("(01)4006381333931").error == fg::GtinError::WrongLength);
}

TEST_CASE("every single-digit change of a product code is caught", "[codes]") {
  for (const std::string valid : {"4006381333931", "036000291452", "96385074", "10012345678902"}) {
    for (std::size_t position = 0; position < valid.size(); ++position) {
      for (char replacement = '0'; replacement <= '9'; ++replacement) {
        if (replacement == valid[position]) continue;
        std::string changed = valid;
        changed[position] = replacement;
        INFO(changed);
        const auto parsed = fg::parse_gtin(changed);
        CHECK_FALSE(parsed);
        CHECK(parsed.error == fg::GtinError::WrongCheckDigit);
      }
    }
  }
}

TEST_CASE("computed check digits validate for every length", "[codes]") {
  std::mt19937 random(8);
  for (std::size_t length : {7u, 11u, 12u, 13u}) {
    for (int n = 0; n < 300; ++n) {
      std::string body;
      for (std::size_t i = 0; i < length; ++i) body += static_cast<char>('0' + random() % 10);
      const char check = gs1_reference_check(body);
      INFO(body);
      REQUIRE(fg::gtin_check_digit(body) == check);
      CHECK(fg::parse_gtin(body + check));
      const char wrong = static_cast<char>('0' + (check - '0' + 1 + random() % 9) % 10);
      const auto refused = fg::parse_gtin(body + wrong);
      CHECK(refused.error == fg::GtinError::WrongCheckDigit);
      CHECK(refused.expected_check == check);
    }
  }
  CHECK(fg::gtin_check_digit("400638133393") == '1');
  CHECK(fg::gtin_check_digit("03600029145") == '2');
  CHECK(fg::gtin_check_digit("4006381333") == std::nullopt);
  CHECK(fg::gtin_check_digit("40063813339A") == std::nullopt);
}

TEST_CASE("product code errors are distinct and say what is wrong", "[codes]") {
  using E = fg::GtinError;
  const std::pair<const char*, E> cases[] = {
      {"", E::Empty},
      {" \n", E::Empty},
      {"400638133393I", E::UnexpectedCharacter},
      {"4006-381333931", E::UnexpectedCharacter},
      {"400638133393", E::WrongCheckDigit},
      {"40063813339312", E::WrongCheckDigit},
      {"4006381", E::WrongLength},
      {"400638133", E::WrongLength},
      {"4006381333", E::WrongLength},
      {"40063813339", E::WrongLength},
      {"400638133393100", E::WrongLength},
      {"4006381333932", E::WrongCheckDigit},
  };
  for (const auto& [text, error] : cases) {
    INFO(text);
    const auto parsed = fg::parse_gtin(text);
    CHECK_FALSE(parsed);
    CHECK(parsed.error == error);
    CHECK_FALSE(parsed.message.empty());
  }
  const auto wrong = fg::parse_gtin("4006381333932");
  CHECK(wrong.expected_check == '1');
  CHECK(wrong.message.find("give 1") != std::string::npos);
}

TEST_CASE("UPC-E expands to the UPC-A it stands for", "[codes]") {
  const std::pair<const char*, const char*> known[] = {
      {"01234565", "012345000065"},  // last digit 5-9: manufacturer 5 digits
      {"04252614", "042100005264"},  // last digit 0-2
      {"01234531", "012300000451"},  // last digit 3
      {"01234543", "012340000053"},  // last digit 4
      {"12345670", "123456000070"},  // number system 1
  };
  for (const auto& [upc_e, upc_a] : known) {
    INFO(upc_e);
    const auto expanded = fg::expand_upc_e(upc_e);
    REQUIRE(expanded);
    CHECK(expanded.gtin->digits == upc_a);
    CHECK(expanded.gtin->kind == fg::GtinKind::UpcA);
    CHECK(fg::parse_gtin(upc_a));  // the expansion is itself a valid UPC-A
  }
  CHECK(fg::expand_upc_e("01234566").error == fg::GtinError::WrongCheckDigit);
  CHECK(fg::expand_upc_e("01234566").expected_check == '5');
  CHECK(fg::expand_upc_e("21234565").error == fg::GtinError::NotUpcE);
  CHECK(fg::expand_upc_e("0123456").error == fg::GtinError::WrongLength);
  CHECK(fg::expand_upc_e("0123456A").error == fg::GtinError::UnexpectedCharacter);
  CHECK(fg::expand_upc_e("").error == fg::GtinError::Empty);
}

TEST_CASE("the GTIN is found in what a scanner reads from a product", "[codes]") {
  const std::pair<std::string, const char*> scans[] = {
      {"4006381333931", "4006381333931"},
      {"4006381333931\r\n", "4006381333931"},
      {"(01)09506000134352(17)201225(10)ABC123", "09506000134352"},
      {"(17)201225(01)09506000134352", "09506000134352"},
      {"]d2010950600013435217201225", "09506000134352"},  // GS1 DataMatrix
      {"]C10109506000134352"
       "10ABC123\x1D"
       "17201225",
       "09506000134352"},  // GS1-128
      {"\x1D"
       "010950600013435210ABC",
       "09506000134352"},                              // leading FNC1
      {"010950600013435217201225", "09506000134352"},  // bare element string
      {"https://id.gs1.org/01/09506000134352/10/ABC123?17=201225", "09506000134352"},
      {"https://brand.example/01/4006381333931", "4006381333931"},
  };
  for (const auto& [scan, gtin] : scans) {
    INFO(scan);
    const auto found = fg::find_gtin_in_scan(scan);
    REQUIRE(found);
    CHECK(found.gtin->digits == gtin);
  }
  using E = fg::GtinError;
  const std::pair<std::string, E> refused[] = {
      {"", E::Empty},
      {"MODEL X-200", E::NoGtin},
      {"https://shop.example/2024/01/15/new-kettle", E::NoGtin},
      {"Kettle (01) blue", E::NoGtin},
      {"(01)0950600013435", E::WrongLength},
      {"]d20109506000134353", E::WrongCheckDigit},
      {"https://id.gs1.org/01/09506000134353", E::WrongCheckDigit},
      {"4006381333932", E::WrongCheckDigit},
      {"400638133393100", E::WrongLength},
  };
  for (const auto& [scan, error] : refused) {
    INFO(scan);
    const auto found = fg::find_gtin_in_scan(scan);
    CHECK_FALSE(found);
    CHECK(found.error == error);
  }
}
