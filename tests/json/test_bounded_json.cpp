// parse_untrusted_json (json/bounded_json.h): every bound at its limit and one past it, and
// input nested far beyond what a recursive walk survives.
#include <catch2/catch.hpp>

#include <limits>

#include "json/bounded_json.h"

using namespace fg;

namespace {
std::string nested_arrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }
std::string nested_objects(std::size_t depth) {
  std::string s;
  for (std::size_t i = 0; i < depth; ++i) s += "{\"a\":";
  s += "1";
  return s + std::string(depth, '}');
}
}  // namespace

TEST_CASE("bounded JSON: nesting at the depth limit is read, one level more is refused", "[ledger]") {
  REQUIRE(kJsonMaxDepth == 32);
  CHECK(parse_untrusted_json(nested_arrays(kJsonMaxDepth)));
  CHECK(parse_untrusted_json(nested_objects(kJsonMaxDepth)));
  for (const std::string& text : {nested_arrays(kJsonMaxDepth + 1), nested_objects(kJsonMaxDepth + 1)}) {
    const JsonParse p = parse_untrusted_json(text);
    CHECK_FALSE(p);
    CHECK(p.error == "JSON nests deeper than 32 levels");
  }
  JsonLimits shallow;
  shallow.max_depth = 2;
  CHECK(parse_untrusted_json(R"({"a":[1]})", shallow));
  CHECK_FALSE(parse_untrusted_json(R"({"a":[[1]]})", shallow));
}

TEST_CASE("bounded JSON: issue 11's 60,000-deep text is refused without touching the stack", "[ledger]") {
  const std::string text = nested_arrays(60'000);
  const JsonParse p = parse_untrusted_json(text);
  CHECK_FALSE(p);
  CHECK(p.error == "JSON nests deeper than 32 levels");
  CHECK_FALSE(parse_untrusted_json(std::string(1'000'000, '[')));  // never closed either
}

TEST_CASE("bounded JSON: size, elements per container, at the limit and one past", "[ledger]") {
  JsonLimits small;
  small.max_bytes = 9;
  CHECK(parse_untrusted_json("[1,2,3,4]", small));  // 9 bytes
  const JsonParse big = parse_untrusted_json("[1,2,3,45]", small);
  CHECK_FALSE(big);
  CHECK(big.error == "JSON text of 10 bytes exceeds the limit of 9");

  JsonLimits few;
  few.max_elements = 3;
  CHECK(parse_untrusted_json("[1,2,3]", few));
  CHECK(parse_untrusted_json(R"({"a":1,"b":[1,2,3],"c":{}})", few));
  CHECK(parse_untrusted_json("[[1,2,3],[1,2,3],[1,2,3]]", few));  // per container, not in all
  for (const char* text : {"[1,2,3,4]", R"({"a":1,"b":2,"c":3,"d":4})", "[[1,2,3,[]]]"}) {
    const JsonParse p = parse_untrusted_json(text, few);
    CHECK_FALSE(p);
    CHECK(p.error == "an array or object holds more than 3 elements");
  }
}

TEST_CASE("bounded JSON: integers in the signed 64-bit range only, no floats, no duplicate keys", "[ledger]") {
  const auto max = std::numeric_limits<std::int64_t>::max();
  const auto min = std::numeric_limits<std::int64_t>::min();
  CHECK(parse_untrusted_json(std::to_string(max)).value == Json(max));
  CHECK(parse_untrusted_json(std::to_string(min)).value == Json(min));
  const JsonParse over = parse_untrusted_json("9223372036854775808");
  CHECK_FALSE(over);
  CHECK(over.error == "integer 9223372036854775808 is outside the signed 64-bit range");
  CHECK_FALSE(parse_untrusted_json("-9223372036854775809"));  // nlohmann makes a float of it
  CHECK_FALSE(parse_untrusted_json("18446744073709551616"));
  for (const char* text : {"1.0", "1.9", "1e3", R"({"proto":1.9})"}) {
    const JsonParse p = parse_untrusted_json(text);
    CHECK_FALSE(p);
    CHECK_THAT(p.error, Catch::Contains("is not an integer"));
  }
  const JsonParse dup = parse_untrusted_json(R"({"seq":1,"seq":2})");
  CHECK_FALSE(dup);
  CHECK(dup.error == "object has the key \"seq\" twice");
  CHECK(parse_untrusted_json(R"({"a":{"seq":1},"b":{"seq":2}})"));  // the same key in two objects
}

TEST_CASE("bounded JSON: syntax errors are refused with the byte offset, never thrown", "[ledger]") {
  for (const char* text : {"", "[1,2", "{\"a\":1}x", "nul", "\"\xff\"", "[1,]"}) {
    JsonParse p;
    REQUIRE_NOTHROW(p = parse_untrusted_json(text));
    CHECK_FALSE(p);
    CHECK_THAT(p.error, Catch::StartsWith("not JSON at byte "));
  }
  CHECK(parse_untrusted_json(R"({"a":[true,null,"x"]})").value == Json::parse(R"({"a":[true,null,"x"]})"));
}

TEST_CASE("json_depth counts without recursion", "[ledger]") {
  CHECK(json_depth(Json(1)) == 0);
  CHECK(json_depth(Json::array()) == 1);
  CHECK(json_depth(Json::parse(R"({"a":[{"b":[]}]})")) == 4);
  // Built in memory 100,000 deep (as no parser here would allow): counting stops early.
  Json deep = Json::array();
  Json* at = &deep;
  for (int i = 0; i < 100'000; ++i) {
    at->push_back(Json::array());
    at = &at->back();
  }
  CHECK(json_depth(deep) == kJsonMaxDepth + 1);
}

TEST_CASE("bounded JSON: integers_only off leaves numbers to the reader, the other bounds stay", "[ledger]") {
  JsonLimits lax;
  lax.integers_only = false;
  CHECK(parse_untrusted_json("1.9", lax).value == Json(1.9));
  CHECK(parse_untrusted_json("18446744073709551615", lax).value == Json(18446744073709551615ull));
  CHECK(parse_untrusted_json(std::string(33, '[') + std::string(33, ']'), lax).error ==
        "JSON nests deeper than 32 levels");
  CHECK_FALSE(parse_untrusted_json(R"({"a":1,"a":2})", lax));
}
