#pragma once
// Canonical JSON (docs/event-format.md): UTF-8, object keys sorted by bytes, no insignificant
// whitespace, integers only. Two equal values always give the same bytes, so hashes and
// signatures are over these bytes.
#include <optional>
#include <string>
#include <string_view>

#include "json/bounded_json.h"

namespace fg {

// Throws std::invalid_argument if the value holds a float, a string that is not UTF-8, or
// nests deeper than kJsonMaxDepth (checked without recursion before nlohmann's recursive dump).
std::string canonical_dump(const Json& value);

// Parses untrusted text within `limits` (json/bounded_json.h) and returns it only if it is
// exactly canonical (re-encodes to the same bytes). On refusal, `why` (if given) says which
// bound or rule the text broke.
std::optional<Json> parse_canonical(std::string_view text, std::string* why = nullptr, const JsonLimits& limits = {});

}  // namespace fg
