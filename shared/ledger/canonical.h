#pragma once
// Canonical JSON (docs/event-format.md): UTF-8, object keys sorted by bytes, no insignificant
// whitespace, integers only. Two equal values always give the same bytes, so hashes and
// signatures are over these bytes.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace fg {

using Json = nlohmann::json;

// Throws std::invalid_argument if the value holds a float or a string that is not UTF-8.
std::string canonical_dump(const Json& value);
// Parses text and returns it only if it is exactly canonical (re-encodes to the same bytes).
std::optional<Json> parse_canonical(std::string_view text);

}  // namespace fg
