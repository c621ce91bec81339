#include "tlog/accepted_head.h"

#include <limits>

#include "json/why.h"

namespace fg {

namespace {
bool non_negative_time(const Json& v) {
  if (v.is_number_unsigned()) return v.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<std::int64_t>::max());
  return v.is_number_integer() && v.get<std::int64_t>() >= 0;
}
}  // namespace

Json AcceptedHead::to_json() const {
  return {{"accepted", accepted_at}, {"device", to_hex(device)}, {"fair", fair},
          {"log", to_hex(log)},      {"sig", to_hex(sig)},       {"treeHead", head.to_json()}};
}

std::string accepted_head_message(const AcceptedHead& a) {
  const Json j{{"accepted", a.accepted_at}, {"device", to_hex(a.device)},       {"fair", a.fair},
               {"log", to_hex(a.log)},      {"root", to_hex(a.head.head.root)}, {"size", a.head.head.size},
               {"time", a.head.head.time}};
  return std::string(kAcceptedHeadDomain) + canonical_dump(j);
}

AcceptedHead sign_accepted_head(const std::string& fair, const KeyPair& device, const PublicKey& log,
                                const SignedTreeHead& head, std::int64_t accepted_at) {
  AcceptedHead a{fair, device.public_key(), log, head, accepted_at, {}};
  a.sig = device.sign(as_bytes(accepted_head_message(a)));
  return a;
}

bool verify_accepted_head(const AcceptedHead& a) {
  return verify_signature(a.device, as_bytes(accepted_head_message(a)), a.sig);
}

std::optional<AcceptedHead> accepted_head_from_json(const Json& j, std::string* why) {
  if (!j.is_object() || j.size() != 6)
    return fail_because(why, "accepted head must have exactly accepted, device, fair, log, sig, treeHead");
  for (const char* key : {"accepted", "device", "fair", "log", "sig", "treeHead"})
    if (!j.contains(key)) return fail_because(why, std::string("accepted head lacks \"") + key + "\"");
  AcceptedHead a;
  if (!non_negative_time(j["accepted"])) return fail_because(why, "accepted head time is not an integer >= 0");
  a.accepted_at = j["accepted"].get<std::int64_t>();
  const Json& fair = j["fair"];
  if (!fair.is_string() || fair.get_ref<const std::string&>().empty() ||
      fair.get_ref<const std::string&>().size() > kMaxAcceptedFairId)
    return fail_because(why,
                        "accepted head fair is not a fair id of 1 to " + std::to_string(kMaxAcceptedFairId) + " bytes");
  a.fair = fair.get<std::string>();
  auto device = j["device"].is_string() ? public_key_from_hex(j["device"].get<std::string>()) : std::nullopt;
  if (!device) return fail_because(why, "accepted head device is not a 64-hex-character public key");
  a.device = *device;
  auto log = j["log"].is_string() ? public_key_from_hex(j["log"].get<std::string>()) : std::nullopt;
  if (!log) return fail_because(why, "accepted head log is not a 64-hex-character public key");
  a.log = *log;
  auto sig = j["sig"].is_string() ? signature_from_hex(j["sig"].get<std::string>()) : std::nullopt;
  if (!sig) return fail_because(why, "accepted head sig is not 128 lowercase hex characters");
  a.sig = *sig;
  auto head = signed_tree_head_from_json(j["treeHead"], why);
  if (!head) return std::nullopt;
  a.head = *head;
  return a;
}

}  // namespace fg
