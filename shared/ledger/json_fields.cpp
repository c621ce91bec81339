#include "ledger/json_fields.h"

namespace fg {

namespace {
const Json* field(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}
}  // namespace

std::string string_at(const Json& object, const char* key) {
  const Json* v = field(object, key);
  return v && v->is_string() ? v->get<std::string>() : std::string{};
}

bool flag_at(const Json& object, const char* key) {
  const Json* v = field(object, key);
  return v && v->is_boolean() && v->get<bool>();
}

std::int64_t int_at(const Json& object, const char* key, std::int64_t fallback) {
  const Json* v = field(object, key);
  return v && v->is_number_integer() ? v->get<std::int64_t>() : fallback;
}

std::vector<std::string> strings_at(const Json& object, const char* key) {
  std::vector<std::string> out;
  const Json* v = field(object, key);
  if (v && v->is_array())
    for (const auto& item : *v)
      if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

}  // namespace fg
