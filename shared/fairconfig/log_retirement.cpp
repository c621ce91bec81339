#include "fairconfig/log_retirement.h"

#include <algorithm>
#include <stdexcept>

#include "fairconfig/fair_config.h"

namespace fg {

namespace {
std::string key_field(const Json& j, const char* name) {
  if (!j.contains(name) || !j[name].is_string())
    throw std::invalid_argument(std::string("log_retirement.") + name + " is missing or not a string");
  std::string key = j[name].get<std::string>();
  if (key.size() != 64 || !public_key_from_hex(key))
    throw std::invalid_argument(std::string("log_retirement.") + name + " is not 64 lowercase hex");
  return key;
}
}  // namespace

Json LogRetirement::to_json() const {
  return Json{{"old_key", old_key}, {"last_head", last_head.to_json()}, {"new_key", new_key}, {"at", at}};
}

LogRetirement LogRetirement::from_json(const Json& j) {
  if (!j.is_object() || j.size() != 4)
    throw std::invalid_argument("log_retirement is not {at,last_head,new_key,old_key}");
  LogRetirement r;
  r.old_key = key_field(j, "old_key");
  r.new_key = key_field(j, "new_key");
  if (r.old_key == r.new_key) throw std::invalid_argument("log_retirement names the same old and new key");
  if (!j.contains("at") || !j["at"].is_number_integer())
    throw std::invalid_argument("log_retirement.at is missing or not an integer");
  r.at = j["at"].get<std::int64_t>();
  if (r.at < 0 || r.at > kLatestRevocationMs)
    throw std::invalid_argument("log_retirement.at is not a time between 1970 and 9999");
  std::string why;
  auto head = signed_tree_head_from_json(j.contains("last_head") ? j["last_head"] : Json(nullptr), &why);
  if (!head) throw std::invalid_argument("log_retirement.last_head: " + why);
  r.last_head = *head;
  return r;
}

std::optional<std::vector<LogRetirement>> retirement_path(std::span<const LogRetirement> all, const PublicKey& pinned,
                                                          const PublicKey& current, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<std::vector<LogRetirement>> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  std::vector<LogRetirement> path;
  std::string key = to_hex(pinned);
  const std::string target = to_hex(current);
  // Each step leaves a key behind for good; the bound on the list bounds the walk.
  for (std::size_t step = 0; step <= all.size() && key != target; ++step) {
    const auto it = std::ranges::find_if(all, [&](const LogRetirement& r) { return r.old_key == key; });
    if (it == all.end()) return fail("no bureau-signed retirement of log key " + key);
    const auto old_key = public_key_from_hex(it->old_key);
    if (!old_key || !verify_tree_head(it->last_head, *old_key))
      return fail("the retirement of log key " + key + " names a last head its key did not sign");
    path.push_back(*it);
    key = it->new_key;
  }
  if (key != target) return fail("the retirements loop without reaching log key " + target);
  return path;
}

}  // namespace fg
