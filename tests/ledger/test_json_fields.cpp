#include <catch2/catch.hpp>

#include "ledger/json_fields.h"

using fg::Json;

TEST_CASE("json_fields: a field of the expected type is read", "[ledger]") {
  const Json o = {{"name", "Li Wei"}, {"late", true}, {"at", 1733400000}, {"tags", {"a", 1, "b"}}};
  CHECK(fg::string_at(o, "name") == "Li Wei");
  CHECK(fg::flag_at(o, "late"));
  CHECK(fg::int_at(o, "at", -1) == 1733400000);
  CHECK(fg::strings_at(o, "tags") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("json_fields: missing or mistyped fields give the default, never throw", "[ledger]") {
  const Json o = {{"name", 7}, {"late", "yes"}, {"at", 1.5}, {"tags", "a"}};
  CHECK(fg::string_at(o, "name").empty());
  CHECK(fg::string_at(o, "absent").empty());
  CHECK_FALSE(fg::flag_at(o, "late"));
  CHECK(fg::int_at(o, "at", -1) == -1);
  CHECK(fg::strings_at(o, "tags").empty());
  for (const Json& not_object : {Json(nullptr), Json("text"), Json::array({"name"}), Json(3)}) {
    CHECK(fg::string_at(not_object, "name").empty());
    CHECK_FALSE(fg::flag_at(not_object, "late"));
    CHECK(fg::int_at(not_object, "at", 9) == 9);
    CHECK(fg::strings_at(not_object, "tags").empty());
  }
}
