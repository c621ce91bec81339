#include "crypto/password.h"

#include <sodium.h>

#include <stdexcept>

#include "crypto/sodium_init.h"

namespace fg {

namespace {
struct Limits {
  unsigned long long ops;
  size_t mem;
};
Limits limits(PasswordCost cost) {
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
}  // namespace

std::string hash_password(std::string_view password, PasswordCost cost) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  const Limits l = limits(cost);
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), l.ops, l.mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("Argon2id hashing ran out of memory");
  return out;
}

bool verify_password(std::string_view verifier, std::string_view password) {
  ensure_sodium();
  const std::string v(verifier);  // needs a NUL-terminated string
  return crypto_pwhash_str_verify(v.c_str(), password.data(), password.size()) == 0;
}

Bytes derive_key(std::string_view password, ByteView salt16, PasswordCost cost) {
  ensure_sodium();
  if (salt16.size() != crypto_pwhash_SALTBYTES) throw std::invalid_argument("Argon2id salt must be 16 bytes");
  Bytes key(32);
  const Limits l = limits(cost);
  if (crypto_pwhash(key.data(), key.size(), password.data(), password.size(), salt16.data(), l.ops, l.mem,
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("Argon2id key derivation ran out of memory");
  return key;
}

}  // namespace fg
