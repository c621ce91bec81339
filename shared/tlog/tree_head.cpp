#include "tlog/tree_head.h"

#include <limits>

#include "tlog/receipt.h"
#include "json/why.h"

namespace fg {
Json TreeHead::to_json() const { return {{"root", to_hex(root)}, {"size", size}, {"time", time}}; }

std::string TreeHead::canonical() const { return canonical_dump(to_json()); }

std::string TreeHead::signed_message() const { return std::string(kTreeHeadDomain) + canonical(); }

Json SignedTreeHead::to_json() const {
  Json j = head.to_json();
  j["sig"] = to_hex(sig);
  return j;
}

SignedTreeHead sign_tree_head(const TreeHead& head, const KeyPair& log_key) {
  return {head, log_key.sign(as_bytes(head.signed_message()))};
}

bool verify_tree_head(const SignedTreeHead& sth, const PublicKey& log_key) {
  return verify_signature(log_key, as_bytes(sth.head.signed_message()), sth.sig);
}

std::optional<TreeHead> tree_head_from_json(const Json& j, std::string* why) {
  if (!j.is_object()) return fail_because(why, "tree head is not a JSON object");
  for (const char* key : {"root", "size", "time"})
    if (!j.contains(key)) return fail_because(why, std::string("tree head lacks \"") + key + "\"");
  const Json& size = j["size"];
  const Json& time = j["time"];
  if (!j["root"].is_string()) return fail_because(why, "tree head root is not a string");
  if (!size.is_number_unsigned()) return fail_because(why, "tree head size is not a non-negative integer");
  if (size.get<std::uint64_t>() > kMaxLogTreeSize) return fail_because(why, "tree head size out of range");
  if (!time.is_number_integer()) return fail_because(why, "tree head time is not an integer");
  if (time.is_number_unsigned() && time.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
    return fail_because(why, "tree head time out of range");
  auto root = digest_from_hex(j["root"].get<std::string>());
  if (!root) return fail_because(why, "tree head root is not 64 lowercase hex characters");
  TreeHead h;
  h.size = size.get<std::uint64_t>();
  h.root = *root;
  h.time = time.get<std::int64_t>();
  return h;
}

std::optional<SignedTreeHead> signed_tree_head_from_json(const Json& j, std::string* why) {
  if (!j.is_object() || !j.contains("sig") || !j["sig"].is_string())
    return fail_because(why, "signed tree head lacks \"sig\"");
  auto sig = signature_from_hex(j["sig"].get<std::string>());
  if (!sig) return fail_because(why, "tree head signature is not 128 lowercase hex characters");
  Json fields = j;
  fields.erase("sig");
  if (fields.size() != 3) return fail_because(why, "signed tree head has fields other than root, size, time, sig");
  auto head = tree_head_from_json(fields, why);
  if (!head) return std::nullopt;
  return SignedTreeHead{*head, *sig};
}

}  // namespace fg
