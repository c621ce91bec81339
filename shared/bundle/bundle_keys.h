#pragma once
// keys.json: the public keys a bundle is checked with, each with its role (bureau: signs the
// manifest; log: signs tree heads; device: signs events, with its station code) and as PEM so
// `openssl pkeyutl -verify` can use it directly.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "crypto/keys.h"
#include "ledger/canonical.h"

namespace fg {

struct BundleKey {
  std::string role;     // "bureau", "log" or "device"
  std::string key;      // Ed25519 public key, lowercase hex
  std::string station;  // devices only, e.g. "S01"
};

// SubjectPublicKeyInfo PEM of an Ed25519 key (RFC 8410).
std::string public_key_pem(const PublicKey& key);

Json keys_to_json(const std::vector<BundleKey>& keys);

struct BundleKeys {
  PublicKey bureau{};
  PublicKey log{};
  std::map<std::string, std::string> devices;  // key hex -> station code
};
// Exactly one bureau and one log key, devices with station codes, every PEM matching its key.
std::optional<BundleKeys> bundle_keys_from_json(const Json& j, std::string* why = nullptr);

}  // namespace fg
