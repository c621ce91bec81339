#include "json/bounded_json.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <set>
#include <utility>
#include <vector>

namespace fg {
namespace {

using DomBuilder = nlohmann::detail::json_sax_dom_parser<Json>;

// nlohmann's own DOM builder, with every bound checked before it grows the value. Returning
// false from a callback stops the parser at once.
class BoundedBuilder {
 public:
  BoundedBuilder(Json& root, const JsonLimits& limits) : dom_(root, false), limits_(limits) {}

  const std::string& refusal() const { return refusal_; }

  bool null() { return element() && dom_.null(); }
  bool boolean(bool v) { return element() && dom_.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return element() && dom_.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) {
    if (limits_.integers_only && v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return refuse("integer " + std::to_string(v) + " is outside the signed 64-bit range");
    return element() && dom_.number_unsigned(v);
  }
  bool number_float(Json::number_float_t v, const Json::string_t& text) {
    if (!limits_.integers_only) return element() && dom_.number_float(v, text);
    return refuse("number " + text.substr(0, 40) +
                  " is not an integer in the signed 64-bit range (FairGuard's JSON holds integers only)");
  }
  bool string(Json::string_t& v) { return element() && dom_.string(v); }
  bool binary(Json::binary_t& v) { return element() && dom_.binary(v); }

  bool start_object(std::size_t n) { return open() && dom_.start_object(n); }
  bool key(Json::string_t& k) {
    if (!levels_.back().keys.insert(k).second) return refuse("object has the key \"" + k.substr(0, 64) + "\" twice");
    return dom_.key(k);
  }
  bool end_object() {
    levels_.pop_back();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) { return open() && dom_.start_array(n); }
  bool end_array() {
    levels_.pop_back();
    return dom_.end_array();
  }

  template <class Exception>
  bool parse_error(std::size_t position, const std::string& last_token, const Exception& ex) {
    if (refusal_.empty()) {
      // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." -> from "parse error".
      std::string text = ex.what();
      if (auto at = text.find("] "); at != std::string::npos) text.erase(0, at + 2);
      refusal_ = "not JSON at byte " + std::to_string(position) + ": " + text;
    }
    return dom_.parse_error(position, last_token, ex);
  }

 private:
  struct Level {
    std::size_t elements = 0;
    std::set<std::string> keys;  // objects only
  };

  bool refuse(std::string why) {
    if (refusal_.empty()) refusal_ = std::move(why);
    return false;
  }
  // Counts one more value in the array or object it sits in.
  bool element() {
    if (!levels_.empty() && ++levels_.back().elements > limits_.max_elements)
      return refuse("an array or object holds more than " + std::to_string(limits_.max_elements) + " elements");
    return true;
  }
  bool open() {
    if (!element()) return false;
    if (levels_.size() + 1 > limits_.max_depth)
      return refuse("JSON nests deeper than " + std::to_string(limits_.max_depth) + " levels");
    levels_.emplace_back();
    return true;
  }

  DomBuilder dom_;
  const JsonLimits& limits_;
  std::vector<Level> levels_;
  std::string refusal_;
};

}  // namespace

JsonParse parse_untrusted_json(std::string_view bytes, const JsonLimits& limits) {
  JsonParse out;
  if (bytes.size() > limits.max_bytes) {
    out.error = "JSON text of " + std::to_string(bytes.size()) + " bytes exceeds the limit of " +
                std::to_string(limits.max_bytes);
    return out;
  }
  Json root;
  BoundedBuilder builder(root, limits);
  bool ok = false;
  try {
    ok = Json::sax_parse(bytes.begin(), bytes.end(), &builder, nlohmann::detail::input_format_t::json, true);
  } catch (const std::exception& e) {  // nlohmann's size checks (never reached within the bounds)
    out.error = std::string("not JSON: ") + e.what();
    return out;
  }
  if (!ok) {
    out.error = builder.refusal().empty() ? "not JSON" : builder.refusal();
    return out;
  }
  out.value = std::move(root);
  return out;
}

std::size_t json_depth(const Json& value, std::size_t stop_after) {
  std::size_t deepest = 0;
  std::vector<std::pair<const Json*, std::size_t>> pending{{&value, 0}};
  while (!pending.empty()) {
    auto [v, depth] = pending.back();
    pending.pop_back();
    if (!v->is_structured()) continue;
    deepest = std::max(deepest, depth + 1);
    if (deepest > stop_after) return deepest;
    for (const Json& item : *v) pending.emplace_back(&item, depth + 1);
  }
  return deepest;
}

}  // namespace fg
