#include <catch2/catch.hpp>

#include "ledger/canonical.h"

using namespace fg;

TEST_CASE("canonical JSON sorts keys by bytes and has no whitespace", "[ledger]") {
  const Json v = Json::parse(R"({"b": 1, "a": {"z": [3, 2], "Z": "x"}, "é": true, "B": null})");
  CHECK(canonical_dump(v) == R"({"B":null,"a":{"Z":"x","z":[3,2]},"b":1,"é":true})");
}

TEST_CASE("canonical JSON keeps UTF-8 as is and escapes only what JSON requires", "[ledger]") {
  const Json v = {{"name", "深圳市某某科技有限公司"}, {"note", "a\"b\\c\n\x01"}};
  CHECK(canonical_dump(v) == "{\"name\":\"深圳市某某科技有限公司\",\"note\":\"a\\\"b\\\\c\\n\\u0001\"}");
}

TEST_CASE("canonical JSON refuses floats and invalid UTF-8", "[ledger]") {
  CHECK_THROWS_WITH(canonical_dump(Json{{"x", 1.5}}), Catch::Contains("integers only"));
  CHECK_THROWS_AS(canonical_dump(Json{{"x", std::string("\xff\xfe")}}), std::invalid_argument);
}

TEST_CASE("parse_canonical accepts only exactly canonical text", "[ledger]") {
  CHECK(parse_canonical(R"({"a":1,"b":[1,2]})"));
  CHECK_FALSE(parse_canonical(R"({"b":1,"a":1})"));   // unsorted
  CHECK_FALSE(parse_canonical(R"({"a": 1})"));        // whitespace
  CHECK_FALSE(parse_canonical(R"({"a":1.0})"));       // float
  CHECK_FALSE(parse_canonical(R"({"a":"\u0041"})"));  // needless escape
  CHECK_FALSE(parse_canonical(R"({"a":1})"
                              "\n"));        // trailing newline
  CHECK_FALSE(parse_canonical("{\"a\":1"));  // truncated
}

TEST_CASE("parse_canonical is bounded: 32 levels are read, 33 and 60,000 are refused with the reason", "[ledger]") {
  std::string why;
  CHECK(parse_canonical(std::string(32, '[') + std::string(32, ']'), &why));
  CHECK_FALSE(parse_canonical(std::string(33, '[') + std::string(33, ']'), &why));
  CHECK(why == "JSON nests deeper than 32 levels");
  why.clear();
  CHECK_FALSE(parse_canonical(std::string(60'000, '[') + std::string(60'000, ']'), &why));
  CHECK(why == "JSON nests deeper than 32 levels");
  CHECK_FALSE(parse_canonical(R"({"b":1,"a":1})", &why));
  CHECK_THAT(why, Catch::Contains("not in canonical form"));
}

TEST_CASE("canonical_dump refuses a value nested past the bound instead of recursing into it", "[ledger]") {
  Json deep = Json::array();
  Json* at = &deep;
  for (int i = 0; i < 200'000; ++i) {
    at->push_back(Json::array());
    at = &at->back();
  }
  CHECK_THROWS_WITH(canonical_dump(deep), "canonical JSON nests deeper than 32 levels");
  Json ok = Json::array();
  at = &ok;
  for (int i = 1; i < 32; ++i) {
    at->push_back(Json::array());
    at = &at->back();
  }
  CHECK(canonical_dump(ok) == std::string(32, '[') + std::string(32, ']'));
}
