#include "tlog/cosignature.h"

#include <limits>

#include "json/bounded_json.h"
#include "json/why.h"
#include "tlog/receipt.h"

namespace fg {

Json Cosignature::to_json() const { return {{"sig", to_hex(sig)}, {"time", time}, {"witness", to_hex(witness)}}; }

std::string cosigned_message(const PublicKey& log_key, const TreeHead& head, std::int64_t cosigned_at) {
  const Json j{{"cosigned", cosigned_at},
               {"log", to_hex(log_key)},
               {"root", to_hex(head.root)},
               {"size", head.size},
               {"time", head.time}};
  return std::string(kCosignatureDomain) + canonical_dump(j);
}

Cosignature cosign_tree_head(const PublicKey& log_key, const TreeHead& head, const KeyPair& witness,
                             std::int64_t now_ms) {
  return {witness.public_key(), now_ms, witness.sign(as_bytes(cosigned_message(log_key, head, now_ms)))};
}

bool verify_cosignature(const Cosignature& c, const PublicKey& log_key, const TreeHead& head) {
  return verify_signature(c.witness, as_bytes(cosigned_message(log_key, head, c.time)), c.sig);
}

std::optional<Cosignature> cosignature_from_json(const Json& j, std::string* why) {
  if (!j.is_object() || j.size() != 3 || !j.contains("sig") || !j.contains("time") || !j.contains("witness"))
    return fail_because(why, "cosignature must have exactly sig, time, witness");
  const Json& time = j["time"];
  if (!time.is_number_integer() ||
      (time.is_number_unsigned() &&
       time.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max())))
    return fail_because(why, "cosignature time is not an integer in range");
  auto witness = j["witness"].is_string() ? public_key_from_hex(j["witness"].get<std::string>()) : std::nullopt;
  if (!witness) return fail_because(why, "cosignature witness is not a 64-hex-character public key");
  auto sig = j["sig"].is_string() ? signature_from_hex(j["sig"].get<std::string>()) : std::nullopt;
  if (!sig) return fail_because(why, "cosignature sig is not 128 lowercase hex characters");
  return Cosignature{*witness, time.get<std::int64_t>(), *sig};
}

Json WitnessedHead::to_json() const {
  Json cosigs = Json::array();
  for (const Cosignature& c : cosignatures) cosigs.push_back(c.to_json());
  Json proof = Json::array();
  for (const Digest& d : consistency) proof.push_back(to_hex(d));
  return {{"consistency", proof}, {"cosignatures", cosigs}, {"treeHead", head.to_json()}};
}

std::optional<WitnessedHead> witnessed_head_from_json(const Json& j, std::string* why) {
  if (!j.is_object() || j.size() != 3 || !j.contains("consistency") || !j.contains("cosignatures") ||
      !j.contains("treeHead"))
    return fail_because(why, "witnessed head must have exactly consistency, cosignatures, treeHead");
  WitnessedHead w;
  auto head = signed_tree_head_from_json(j["treeHead"], why);
  if (!head) return std::nullopt;
  w.head = *head;
  auto proof = proof_hashes_from_json(j["consistency"], "witnessed head consistency proof", why);
  if (!proof) return std::nullopt;
  w.consistency = std::move(*proof);
  const Json& cosigs = j["cosignatures"];
  if (!cosigs.is_array() || cosigs.size() > kMaxCosignatures)
    return fail_because(why,
                        "witnessed head cosignatures must be an array of at most " + std::to_string(kMaxCosignatures));
  for (const Json& c : cosigs) {
    auto cosig = cosignature_from_json(c, why);
    if (!cosig) return std::nullopt;
    w.cosignatures.push_back(*cosig);
  }
  return w;
}

std::optional<WitnessedHead> stored_witnessed_head(std::string_view head_json, std::string_view cosignature_json) {
  const JsonParse head = parse_untrusted_json(head_json);
  const JsonParse cosig = parse_untrusted_json(cosignature_json);
  auto h = head ? signed_tree_head_from_json(*head.value) : std::nullopt;
  auto c = cosig ? cosignature_from_json(*cosig.value) : std::nullopt;
  if (!h || !c) return std::nullopt;
  return WitnessedHead{*h, {*c}, {}};
}

}  // namespace fg
