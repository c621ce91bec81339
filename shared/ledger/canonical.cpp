#include "ledger/canonical.h"

#include <stdexcept>

namespace fg {

namespace {
void reject_floats(const Json& v) {
  if (v.is_number_float()) throw std::invalid_argument("canonical JSON allows integers only, found " + v.dump());
  if (v.is_structured())
    for (const auto& item : v) reject_floats(item);
}
}  // namespace

std::string canonical_dump(const Json& value) {
  reject_floats(value);
  // nlohmann's std::map objects iterate in byte order of keys; strict UTF-8 throws on bad input.
  try {
    return value.dump(-1, ' ', false, Json::error_handler_t::strict);
  } catch (const Json::type_error& e) {
    throw std::invalid_argument(std::string("canonical JSON: ") + e.what());
  }
}

std::optional<Json> parse_canonical(std::string_view text) {
  Json value = Json::parse(text, nullptr, false);
  if (value.is_discarded()) return std::nullopt;
  try {
    if (canonical_dump(value) != text) return std::nullopt;
  } catch (const std::invalid_argument&) {
    return std::nullopt;
  }
  return value;
}

}  // namespace fg
