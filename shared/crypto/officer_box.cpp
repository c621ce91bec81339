#include "crypto/officer_box.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

#include "crypto/secretstream.h"
#include "crypto/sodium_init.h"

namespace fg {

KdfCost kdf_cost(PasswordCost cost) {
  switch (cost) {
    case PasswordCost::Moderate:
      return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case PasswordCost::Test:
      return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    case PasswordCost::Interactive:
      break;
  }
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool kdf_cost_acceptable(const KdfCost& cost) {
  return cost.ops >= crypto_pwhash_OPSLIMIT_MIN && cost.ops <= 10 && cost.mem >= crypto_pwhash_MEMLIMIT_MIN &&
         cost.mem <= (std::uint64_t{1} << 30);
}

namespace {

// seed = Argon2id(PIN, salt) at the published cost; from it the X25519 pair, and the Ed25519
// signing key from a domain-separated subkey of it (one Argon2id run gives both).
KeyPair derive_pair(std::string_view pin, ByteView salt, const KdfCost& cost, std::uint8_t* pk, std::uint8_t* sk) {
  ensure_sodium();
  SecretBytes seed(crypto_box_SEEDBYTES);
  if (crypto_pwhash(seed.data(), seed.size(), pin.data(), pin.size(), salt.data(), cost.ops,
                    static_cast<std::size_t>(cost.mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("Argon2id key derivation ran out of memory");
  crypto_box_seed_keypair(pk, sk, seed.data());
  const SecretBytes sign_seed = derive_subkey(seed, kOfficerSignSubkeyId, kOfficerSignContext);
  return KeyPair::from_seed(sign_seed.view());
}

Bytes checked_salt(const std::string& hex) {
  auto salt = from_hex(hex);
  if (!salt || salt->size() != crypto_pwhash_SALTBYTES)
    throw std::invalid_argument("officer box salt is not 16 bytes of lowercase hex");
  return *salt;
}

}  // namespace

OfficerKeysPublic make_officer_keys(std::string_view pin, PasswordCost cost) {
  OfficerKeysPublic out;
  const Bytes salt = random_bytes(crypto_pwhash_SALTBYTES);
  out.box.salt = to_hex(salt);
  out.box.cost = kdf_cost(cost);
  PublicKey pk{};
  SecretBytes sk(crypto_box_SECRETKEYBYTES);
  out.sign_pk = derive_pair(pin, salt, out.box.cost, pk.data(), sk.data()).public_hex();
  out.box.public_key = to_hex(pk);
  return out;
}

OfficerBoxPublic make_officer_box(std::string_view pin, PasswordCost cost) { return make_officer_keys(pin, cost).box; }

OfficerBoxKey OfficerBoxKey::derive(std::string_view pin, const OfficerBoxPublic& published) {
  const Bytes salt = checked_salt(published.salt);
  if (!public_key_from_hex(published.public_key))
    throw std::invalid_argument("officer box public key is not 32 bytes of lowercase hex");
  if (!kdf_cost_acceptable(published.cost))
    throw std::invalid_argument("officer box key cost (ops " + std::to_string(published.cost.ops) + ", memory " +
                                std::to_string(published.cost.mem) + " bytes) is outside what a station accepts");
  PublicKey pk{};
  SecretBytes sk(crypto_box_SECRETKEYBYTES);
  OfficerBoxKey key(derive_pair(pin, salt, published.cost, pk.data(), sk.data()));
  key.public_ = pk;
  std::copy(sk.data(), sk.data() + sk.size(), key.secret_.data());
  return key;
}

KeyPair OfficerBoxKey::derive_signing_key(std::string_view pin, const OfficerBoxPublic& published) {
  return std::move(derive(pin, published).signing_);
}

bool OfficerBoxKey::matches(const OfficerBoxPublic& published) const { return to_hex(public_) == published.public_key; }

std::optional<SecretBytes> OfficerBoxKey::open(ByteView sealed) const {
  if (sealed.size() < crypto_box_SEALBYTES) return std::nullopt;
  SecretBytes plain(sealed.size() - crypto_box_SEALBYTES);
  if (crypto_box_seal_open(plain.data(), sealed.data(), sealed.size(), public_.data(), secret_.data()) != 0)
    return std::nullopt;
  return plain;
}

Bytes seal_to(std::string_view box_public_hex, ByteView plain) {
  ensure_sodium();
  const auto pk = public_key_from_hex(box_public_hex);
  if (!pk) throw std::invalid_argument("officer box public key is not 32 bytes of lowercase hex");
  Bytes sealed(plain.size() + crypto_box_SEALBYTES);
  if (crypto_box_seal(sealed.data(), plain.data(), plain.size(), pk->data()) != 0)
    throw std::runtime_error("crypto_box_seal failed");
  return sealed;
}

}  // namespace fg
