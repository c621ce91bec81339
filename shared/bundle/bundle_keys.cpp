#include "bundle/bundle_keys.h"

#include <openssl/evp.h>

#include "json/why.h"

namespace fg {
std::string public_key_pem(const PublicKey& key) {
  // DER SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING key }.
  Bytes der = *from_hex("302a300506032b6570032100");
  der.insert(der.end(), key.begin(), key.end());
  std::string b64(4 * ((der.size() + 2) / 3) + 1, '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(b64.data()), der.data(), static_cast<int>(der.size()));
  b64.resize(static_cast<std::size_t>(n));
  return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
}

Json keys_to_json(const std::vector<BundleKey>& keys) {
  Json list = Json::array();
  for (const BundleKey& k : keys) {
    auto pub = public_key_from_hex(k.key);
    if (!pub) throw std::invalid_argument("keys.json: not an Ed25519 public key: " + k.key);
    Json entry = {{"key", k.key}, {"pem", public_key_pem(*pub)}, {"role", k.role}};
    if (k.role == "device") entry["station"] = k.station;
    list.push_back(entry);
  }
  return {{"keys", list}};
}

std::optional<BundleKeys> bundle_keys_from_json(const Json& j, std::string* why) {
  if (!j.is_object() || j.size() != 1 || !j.contains("keys") || !j["keys"].is_array())
    return fail_because(why, "keys.json must be {\"keys\":[...]}");
  BundleKeys out;
  int bureau = 0;
  int log = 0;
  for (const Json& k : j["keys"]) {
    if (!k.is_object() || !k.contains("key") || !k.contains("role") || !k.contains("pem") || !k["key"].is_string() ||
        !k["role"].is_string() || !k["pem"].is_string())
      return fail_because(why, "keys.json: every key needs key, role and pem strings");
    const std::string hex = k["key"].get<std::string>();
    const std::string role = k["role"].get<std::string>();
    auto pub = public_key_from_hex(hex);
    if (!pub) return fail_because(why, "keys.json: \"" + hex + "\" is not an Ed25519 public key in lowercase hex");
    if (k["pem"].get<std::string>() != public_key_pem(*pub))
      return fail_because(why, "keys.json: the PEM given for " + role + " key " + hex + " is another key");
    const std::size_t fields = role == "device" ? 4 : 3;
    if (k.size() != fields) return fail_because(why, "keys.json: unexpected fields in the " + role + " key entry");
    if (role == "bureau") {
      out.bureau = *pub;
      ++bureau;
    } else if (role == "log") {
      out.log = *pub;
      ++log;
    } else if (role == "device") {
      if (!k.contains("station") || !k["station"].is_string())
        return fail_because(why, "keys.json: device key " + hex + " has no station code");
      if (!out.devices.emplace(hex, k["station"].get<std::string>()).second)
        return fail_because(why, "keys.json lists device key " + hex + " twice");
    } else {
      return fail_because(why, "keys.json: unknown role \"" + role + "\"");
    }
  }
  if (bureau != 1 || log != 1) return fail_because(why, "keys.json must hold exactly one bureau key and one log key");
  return out;
}

}  // namespace fg
