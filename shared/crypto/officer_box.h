#pragma once
// Officer box keys: how a station wraps its data key for officers it has never seen type a
// PIN. The bureau derives seed = Argon2id(PIN, salt) and from it an X25519 key pair
// (crypto_box_seed_keypair); the roster carries salt, cost and public key. A station seals
// its data key to that public key (crypto_box_seal); only someone who knows the PIN can
// re-derive the secret half and open it (docs/station.md, "At rest").
// The same Argon2id seed also gives the officer's Ed25519 signing key (event format v2,
// docs/decisions/event-v2-officer-signatures.md): a domain-separated subkey of the seed
// (crypto_kdf_derive_from_key, context kOfficerSignContext, id kOfficerSignSubkeyId) is the
// Ed25519 seed; the roster publishes its public half as "sign_pk".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/bytes.h"
#include "crypto/keys.h"
#include "crypto/password.h"
#include "crypto/secret_bytes.h"

namespace fg {

// Argon2id cost of one derivation: libsodium opslimit and memlimit (bytes).
struct KdfCost {
  std::uint64_t ops = 0;
  std::uint64_t mem = 0;
  bool operator==(const KdfCost&) const = default;
};
KdfCost kdf_cost(PasswordCost cost);
// Costs a station accepts from a roster: at least libsodium's minimum, at most 1 GiB / 10 ops
// (a forged-looking but signed roster must not make the tablet run out of memory).
bool kdf_cost_acceptable(const KdfCost& cost);

// What the roster publishes for one officer.
struct OfficerBoxPublic {
  std::string salt;        // 16 bytes, lowercase hex
  std::string public_key;  // X25519, 32 bytes, lowercase hex
  KdfCost cost;
  bool operator==(const OfficerBoxPublic&) const = default;
};

inline constexpr char kOfficerSignContext[] = "FGofcsig";
inline constexpr std::uint64_t kOfficerSignSubkeyId = 1;

// Bureau side: a fresh salt, and the public key that the PIN derives with it.
OfficerBoxPublic make_officer_box(std::string_view pin, PasswordCost cost = PasswordCost::Interactive);
// The same, with the officer's Ed25519 signing public key (hex) from the same derivation.
struct OfficerKeysPublic {
  OfficerBoxPublic box;
  std::string sign_pk;
};
OfficerKeysPublic make_officer_keys(std::string_view pin, PasswordCost cost = PasswordCost::Interactive);

// Station side: the officer's X25519 secret key, re-derived from the PIN (one Argon2id run).
class OfficerBoxKey {
 public:
  // Throws std::invalid_argument when the published values are not well-formed or the cost is
  // not acceptable.
  static OfficerBoxKey derive(std::string_view pin, const OfficerBoxPublic& published);
  // Only the signing key (the station while an officer is signed in): the same derivation,
  // the box secret wiped at once.
  static KeyPair derive_signing_key(std::string_view pin, const OfficerBoxPublic& published);
  // True when the PIN derived the key the roster publishes (a wrong PIN derives another).
  bool matches(const OfficerBoxPublic& published) const;
  // Opens a crypto_box_seal box made for this key; nullopt if it was made for another key or
  // altered.
  std::optional<SecretBytes> open(ByteView sealed) const;
  // The officer's Ed25519 signing key from the same derivation (its secret half in guarded
  // memory, wiped when the last copy is dropped).
  const KeyPair& signing_key() const { return signing_; }

 private:
  OfficerBoxKey(KeyPair signing) : secret_(32), signing_(std::move(signing)) {}
  SecretBytes secret_;
  PublicKey public_{};
  KeyPair signing_;
};

// Seals `plain` to an X25519 public key (hex); throws std::invalid_argument on a bad key.
Bytes seal_to(std::string_view box_public_hex, ByteView plain);

}  // namespace fg
