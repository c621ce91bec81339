#pragma once
// The one way JSON from outside the process is read (a sync frame, an event, a bundle file, a
// fair configuration, a settings file someone could edit): bounds on size, nesting depth,
// elements per array or object and integer range, enforced while parsing. nlohmann's parser
// is iterative, but dump(), comparison, copies and our own walkers recurse once per level, so
// a value an attacker nested 60,000 deep would overflow the stack later: here it is refused
// before it exists. Duplicate keys are refused too (two readers could see different values).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace fg {

using Json = nlohmann::json;

// Deeper than anything FairGuard writes (an event is at most 4 levels; a fair configuration 5)
// and far below what a recursive walk can survive on a 1 MiB thread stack.
inline constexpr std::size_t kJsonMaxDepth = 32;
// A 100,000-booth fair configuration is about 15 MB; a sync frame is at most 1 MiB.
inline constexpr std::size_t kJsonMaxBytes = 32u << 20;
// Per array or object: above the largest booth list (100,000) a relay accepts.
inline constexpr std::size_t kJsonMaxElements = 200'000;

struct JsonLimits {
  std::size_t max_bytes = kJsonMaxBytes;
  std::size_t max_depth = kJsonMaxDepth;        // the top-level value is depth 1 when it is an array/object
  std::size_t max_elements = kJsonMaxElements;  // per array or object
  // Floats and integers past int64 refused while parsing. Off where each field's reader
  // checks its own numbers and names the field in its refusal (sync messages).
  bool integers_only = true;
};

struct JsonParse {
  std::optional<Json> value;
  std::string error;  // English, says which bound or which syntax error, with the byte offset
  explicit operator bool() const { return value.has_value(); }
};

// Parses untrusted bytes as one JSON value. Refuses (never throws): text over max_bytes,
// nesting deeper than max_depth, more than max_elements items in one array or object,
// (with integers_only) floating-point numbers and integers outside the signed 64-bit range
// (FairGuard's JSON carries integers only; a float or a huge number is never silently
// narrowed), duplicate object keys, invalid UTF-8 and anything that is not exactly one value.
JsonParse parse_untrusted_json(std::string_view bytes, const JsonLimits& limits = {});

// Depth of a value already in memory (1 for an empty array or object, 0 for a scalar),
// counted without recursion; stops once past `stop_after` and then returns stop_after + 1.
std::size_t json_depth(const Json& value, std::size_t stop_after = kJsonMaxDepth);

}  // namespace fg
