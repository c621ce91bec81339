#include "crypto/secret_bytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <stdexcept>

#include "crypto/sodium_init.h"

namespace fg {

void SecretBytes::Free::operator()(std::uint8_t* p) const { sodium_free(p); }

SecretBytes::SecretBytes(std::size_t size) : size_(size) {
  ensure_sodium();
  data_.reset(static_cast<std::uint8_t*>(sodium_malloc(size == 0 ? 1 : size)));
  if (!data_) throw std::bad_alloc();
}

SecretBytes SecretBytes::copy_of(ByteView bytes) {
  SecretBytes s(bytes.size());
  if (!bytes.empty()) std::memcpy(s.data(), bytes.data(), bytes.size());
  return s;
}

SecretBytes SecretBytes::random(std::size_t size) {
  SecretBytes s(size);
  randombytes_buf(s.data(), size);
  return s;
}

void wipe(Bytes& bytes) {
  if (!bytes.empty()) sodium_memzero(bytes.data(), bytes.size());
  bytes.clear();
}

}  // namespace fg

namespace fg {
SecretBytes derive_subkey(const SecretBytes& master, std::uint64_t id, const char (&context)[9]) {
  ensure_sodium();
  if (master.size() != crypto_kdf_KEYBYTES) throw std::invalid_argument("master key must be 32 bytes");
  SecretBytes sub(32);
  crypto_kdf_derive_from_key(sub.data(), sub.size(), id, context, master.data());
  return sub;
}
}  // namespace fg
