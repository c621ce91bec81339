#pragma once
// Reading one field of a JSON object that may be missing or of another type (event bodies,
// case details): the value if it is there with the expected type, else an empty or given
// default. Never throws, also when `object` is not an object.
#include <cstdint>
#include <string>
#include <vector>

#include "ledger/canonical.h"

namespace fg {

// The string at `key`, or "" when it is absent or not a string.
std::string string_at(const Json& object, const char* key);
// True only when `key` holds the boolean true.
bool flag_at(const Json& object, const char* key);
// The integer at `key`, or `fallback` when it is absent or not an integer.
std::int64_t int_at(const Json& object, const char* key, std::int64_t fallback);
// The strings of the array at `key`, skipping elements that are not strings.
std::vector<std::string> strings_at(const Json& object, const char* key);

}  // namespace fg
