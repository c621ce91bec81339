#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "codes/patent_number.h"

namespace {

// The check character computed here again, straight from the rule in docs/domain.md, Patent numbers and product codes.
char cnipa_reference_check(const std::string& digits) {
  const int weights[] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
  int sum = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) sum += (digits[i] - '0') * weights[i];
  return sum % 11 == 10 ? 'X' : static_cast<char>('0' + sum % 11);
}

const char* const kPublished[] = {"201710601862.3", "200710308494.X", "95115608.X"};

}  // namespace

TEST_CASE("published patent numbers validate", "[codes]") {
  for (const char* text : kPublished) {
    INFO(text);
    const auto parsed = fg::parse_patent_number(text);
    REQUIRE(parsed);
    CHECK(parsed.error == fg::PatentNumberError::None);
    CHECK(parsed.number->application_number() == text);
  }
}

TEST_CASE("a new-format patent number gives its year, type and forms", "[codes]") {
  const auto parsed = fg::parse_patent_number("201710601862.3");
  REQUIRE(parsed);
  const auto& number = *parsed.number;
  CHECK(number.filing_year == 2017);
  CHECK(number.type == fg::PatentType::Invention);
  CHECK_FALSE(number.old_format());
  CHECK(number.normalized() == "ZL201710601862.3");
  CHECK(number.display() == "ZL 2017 1 0601862.3");
  CHECK(std::string(fg::patent_type_english(number.type)) == "invention patent");
  CHECK(std::string(fg::patent_type_chinese(number.type)) == "发明专利");
}

TEST_CASE("an old-format patent number gives its year, type and forms", "[codes]") {
  const auto parsed = fg::parse_patent_number("95115608.X");
  REQUIRE(parsed);
  CHECK(parsed.number->filing_year == 1995);
  CHECK(parsed.number->type == fg::PatentType::Invention);
  CHECK(parsed.number->old_format());
  CHECK(parsed.number->normalized() == "ZL95115608.X");
  CHECK(parsed.number->display() == "ZL 95 1 15608.X");
  // Old numbers run to 2003: "02" is 2002, not 1902.
  const std::string body = "02300001";
  const auto from_2002 = fg::parse_patent_number(body + cnipa_reference_check(body));
  REQUIRE(from_2002);
  CHECK(from_2002.number->filing_year == 2002);
  CHECK(from_2002.number->type == fg::PatentType::Design);
}

TEST_CASE("patent numbers are read however officers type or scan them", "[codes]") {
  const char* const forms[] = {"ZL201710601862.3", "ZL 2017 1 0601862.3", "zl2017106018623", "CN 201710601862.3",
                               "cn201710601862.3", "  201710601862 . 3\n", "2017 1060 1862 3",
                               // Full-width, as a Chinese input method types it, with an ideographic full stop.
                               "\xEF\xBC\xBA\xEF\xBC\xAC\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x97"
                               "10601862\xE3\x80\x82\xEF\xBC\x93",
                               // Labels copied from a certificate or a search result.
                               "专利号：ZL 2017 1 0601862.3", "申请号:201710601862.3", "专利申请号 201710601862.3"};
  for (const char* text : forms) {
    INFO(text);
    const auto parsed = fg::parse_patent_number(text);
    REQUIRE(parsed);
    CHECK(parsed.number->normalized() == "ZL201710601862.3");
  }
  for (const char* text : {"200710308494.x", "200710308494x", "ZL 2007 1 0308494 X", "200710308494X"}) {
    INFO(text);
    const auto parsed = fg::parse_patent_number(text);
    REQUIRE(parsed);
    CHECK(parsed.number->normalized() == "ZL200710308494.X");
  }
  CHECK(fg::parse_patent_number("zl 95115608x").number->normalized() == "ZL95115608.X");
}

TEST_CASE("every patent type digit maps to its type", "[codes]") {
  const std::pair<char, fg::PatentType> types[] = {{'1', fg::PatentType::Invention},
                                                   {'2', fg::PatentType::UtilityModel},
                                                   {'3', fg::PatentType::Design},
                                                   {'8', fg::PatentType::PctInvention},
                                                   {'9', fg::PatentType::PctUtilityModel}};
  for (const auto& [digit, type] : types) {
    const std::string body = std::string("2021") + digit + "0123456";
    const auto parsed = fg::parse_patent_number(body + cnipa_reference_check(body));
    REQUIRE(parsed);
    CHECK(parsed.number->type == type);
    CHECK(std::string(fg::patent_type_chinese(type)).size() > 0);
  }
  CHECK(std::string(fg::patent_type_chinese(fg::PatentType::Design)) == "外观设计");
  CHECK(std::string(fg::patent_type_english(fg::PatentType::UtilityModel)) == "utility model");
}

TEST_CASE("every single-digit change of a valid patent number is caught", "[codes]") {
  for (const std::string valid : {"2017106018623", "200710308494X", "95115608X"}) {
    for (std::size_t position = 0; position < valid.size(); ++position) {
      for (char replacement : std::string("0123456789X")) {
        if (replacement == valid[position]) continue;
        if (replacement == 'X' && position + 1 != valid.size()) continue;
        std::string changed = valid;
        changed[position] = replacement;
        INFO(changed);
        CHECK_FALSE(fg::parse_patent_number(changed));
      }
    }
  }
}

TEST_CASE("swapping two neighbouring digits of a patent number is caught", "[codes]") {
  for (const std::string valid : {"2017106018623", "95115608X"}) {
    for (std::size_t i = 0; i + 2 < valid.size(); ++i) {
      if (valid[i] == valid[i + 1]) continue;
      std::string swapped = valid;
      std::swap(swapped[i], swapped[i + 1]);
      INFO(swapped);
      CHECK_FALSE(fg::parse_patent_number(swapped));
    }
  }
}

TEST_CASE("many computed patent numbers validate and their neighbours do not", "[codes]") {
  std::mt19937 random(20261125);
  const std::string type_digits = "12389";
  for (int n = 0; n < 2000; ++n) {
    std::string body;
    if (n % 4 == 0) {  // old format: 1985..2003
      const int year = 1985 + static_cast<int>(random() % 19);
      body = std::to_string(year % 100);
      if (body.size() == 1) body = "0" + body;
      body += type_digits[random() % 5];
      for (int i = 0; i < 5; ++i) body += static_cast<char>('0' + random() % 10);
    } else {
      body = std::to_string(2003 + random() % 24);
      body += type_digits[random() % 5];
      for (int i = 0; i < 7; ++i) body += static_cast<char>('0' + random() % 10);
    }
    const char check = cnipa_reference_check(body);
    INFO(body << '.' << check);
    REQUIRE(fg::patent_check_character(body) == check);
    const auto parsed = fg::parse_patent_number("ZL " + body + "." + check);
    REQUIRE(parsed);
    CHECK(parsed.number->digits == body);
    CHECK(parsed.number->check == check);
    const std::string typed = body + "." + check;
    for (std::size_t length = 0; length <= typed.size(); ++length)
      CHECK(fg::patent_number_typing_error(typed.substr(0, length)) == fg::PatentNumberError::None);
    // Any other check character is refused and the right one named.
    const char wrong = check == 'X' ? '0' : (check == '9' ? 'X' : static_cast<char>(check + 1));
    const auto refused = fg::parse_patent_number(body + "." + wrong);
    CHECK(refused.error == fg::PatentNumberError::WrongCheckCharacter);
    CHECK(refused.expected_check == check);
  }
}

TEST_CASE("a wrong check character names the expected one", "[codes]") {
  const auto parsed = fg::parse_patent_number("201710601862.4");
  CHECK_FALSE(parsed);
  CHECK(parsed.error == fg::PatentNumberError::WrongCheckCharacter);
  CHECK(parsed.expected_check == '3');
  CHECK(parsed.message.find("give 3") != std::string::npos);
  // The old illustration "ZL 2019 1 0123456.7" is not a real number: its digits give X.
  const auto illustration = fg::parse_patent_number("ZL 2019 1 0123456.7");
  CHECK(illustration.error == fg::PatentNumberError::WrongCheckCharacter);
  CHECK(illustration.expected_check == 'X');
}

TEST_CASE("patent number errors are distinct and say what is wrong", "[codes]") {
  using E = fg::PatentNumberError;
  const std::pair<const char*, E> cases[] = {
      {"", E::Empty},
      {"  ", E::Empty},
      {"ZL", E::Empty},
      {"专利号：", E::Empty},
      {"CN107357842A", E::PublicationNumber},
      {"CN 206123456 U", E::PublicationNumber},
      {"CN1234567S", E::PublicationNumber},
      {"2017106O1862.3", E::UnexpectedCharacter},  // letter O for zero
      {"20171060186号.3", E::UnexpectedCharacter},
      {"2017-1-0601862.3", E::UnexpectedCharacter},
      {"201710601862.A", E::UnexpectedCharacter},
      {"201710601862.34", E::WrongLength},
      {"20171060186.3", E::WrongLength},
      {"2017106018621.3", E::WrongLength},
      {"2017106018", E::WrongLength},
      {"201740601862.3", E::UnknownType},
      {"201700601862.3", E::UnknownType},
      {"95415608.1", E::UnknownType},
      {"199910601862.3", E::ImpossibleYear},
      {"05115608.1", E::ImpossibleYear},
      {"201710601862", E::MissingCheckCharacter},
      {"201710601862.", E::MissingCheckCharacter},
      {"95115608", E::MissingCheckCharacter},
      {"201710601862.5", E::WrongCheckCharacter},
  };
  for (const auto& [text, error] : cases) {
    INFO(text);
    const auto parsed = fg::parse_patent_number(text);
    CHECK_FALSE(parsed);
    CHECK(parsed.error == error);
    CHECK_FALSE(parsed.message.empty());
  }
  const auto character = fg::parse_patent_number("20171060186号.3");
  CHECK(character.message.find("'号'") != std::string::npos);
  const auto missing = fg::parse_patent_number("201710601862");
  CHECK(missing.expected_check == '3');
  const auto type = fg::parse_patent_number("201740601862.3");
  CHECK(type.message.find("'4'") != std::string::npos);
}

TEST_CASE("the check character is computed while typing", "[codes]") {
  CHECK(fg::patent_check_character("201710601862") == '3');
  CHECK(fg::patent_check_character("ZL 2007 1 0308494") == 'X');
  CHECK(fg::patent_check_character("95115608") == 'X');
  CHECK(fg::patent_check_character("20171060186") == std::nullopt);  // not all typed yet
  CHECK(fg::patent_check_character("2017106018623") == std::nullopt);
  CHECK(fg::patent_check_character("2017106O1862") == std::nullopt);
  CHECK(fg::patent_check_character("") == std::nullopt);
}

TEST_CASE("while typing a valid patent number the field never turns red", "[codes]") {
  for (const std::string typed : {"ZL 2017 1 0601862.3", "zl201710601862.3", "CN200710308494X", "201710601862 3",
                                  "95115608.X", "95115608X", "ZL 02 3 00001 ", "专利号：ZL201710601862.3"}) {
    for (std::size_t length = 0; length <= typed.size(); ++length) {
      const std::string prefix = typed.substr(0, length);
      if (prefix.size() > 0 && (static_cast<unsigned char>(prefix.back()) & 0x80)) continue;
      INFO(prefix);
      CHECK(fg::patent_number_typing_error(prefix) == fg::PatentNumberError::None);
    }
  }
}

TEST_CASE("while typing a patent number the first wrong key is flagged", "[codes]") {
  using E = fg::PatentNumberError;
  const std::pair<const char*, E> cases[] = {
      {"1", E::ImpossibleYear},
      {"21", E::ImpossibleYear},
      {"2002", E::ImpossibleYear},
      {"05", E::ImpossibleYear},
      {"20174", E::UnknownType},
      {"ZL 2017 0", E::UnknownType},
      {"9541", E::UnknownType},
      {"20171A", E::UnexpectedCharacter},
      {"20171060186234", E::WrongLength},
      {"9511560812", E::WrongLength},
      {"2017106018624", E::WrongCheckCharacter},
      {"951156081", E::WrongCheckCharacter},
      {"95115608.1", E::WrongCheckCharacter},
      {"199910601862", E::ImpossibleYear},
      {"CN107357842A", E::PublicationNumber},
  };
  for (const auto& [text, error] : cases) {
    INFO(text);
    CHECK(fg::patent_number_typing_error(text) == error);
  }
  // Nine digits can be a complete old number or the start of a new one.
  CHECK(fg::patent_number_typing_error("201710601") == E::None);
  CHECK(fg::patent_number_typing_error("201710601862") == E::None);  // check character next
}

TEST_CASE("patent number: text past kMaxPatentNumberTextBytes is refused as too long", "[codes]") {
  const std::string number = "ZL201710601862.3";
  REQUIRE(fg::parse_patent_number(number));
  const std::string at_limit = number + std::string(fg::kMaxPatentNumberTextBytes - number.size(), ' ');
  CHECK(fg::parse_patent_number(at_limit).error != fg::PatentNumberError::WrongLength);
  const auto over = fg::parse_patent_number(at_limit + " ");
  CHECK(over.error == fg::PatentNumberError::WrongLength);
  CHECK_THAT(over.message, Catch::StartsWith("far too long for a patent number (129 bytes)"));
  CHECK(fg::patent_number_typing_error(std::string(1'000'000, '1')) == fg::PatentNumberError::WrongLength);
}
