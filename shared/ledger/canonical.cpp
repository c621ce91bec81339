#include "ledger/canonical.h"

#include <stdexcept>
#include <vector>

namespace fg {

namespace {
// One pass over the value with an explicit stack: floats are refused, and so is a depth that
// nlohmann's recursive dump() below could not be trusted with.
void check_dumpable(const Json& root) {
  std::vector<std::pair<const Json*, std::size_t>> pending{{&root, 1}};
  while (!pending.empty()) {
    auto [v, depth] = pending.back();
    pending.pop_back();
    if (v->is_number_float()) throw std::invalid_argument("canonical JSON allows integers only, found " + v->dump());
    if (!v->is_structured()) continue;
    if (depth > kJsonMaxDepth)
      throw std::invalid_argument("canonical JSON nests deeper than " + std::to_string(kJsonMaxDepth) + " levels");
    for (const Json& item : *v) pending.emplace_back(&item, depth + 1);
  }
}
}  // namespace

std::string canonical_dump(const Json& value) {
  check_dumpable(value);
  // nlohmann's std::map objects iterate in byte order of keys; strict UTF-8 throws on bad input.
  try {
    return value.dump(-1, ' ', false, Json::error_handler_t::strict);
  } catch (const Json::type_error& e) {
    throw std::invalid_argument(std::string("canonical JSON: ") + e.what());
  }
}

std::optional<Json> parse_canonical(std::string_view text, std::string* why, const JsonLimits& limits) {
  auto refuse = [&](std::string reason) -> std::optional<Json> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  JsonParse parsed = parse_untrusted_json(text, limits);
  if (!parsed) return refuse(std::move(parsed.error));
  try {
    if (canonical_dump(*parsed.value) != text)
      return refuse("not in canonical form (keys sorted by bytes, no whitespace, no needless escapes)");
  } catch (const std::invalid_argument& e) {
    return refuse(e.what());
  }
  return std::move(parsed.value);
}

}  // namespace fg
