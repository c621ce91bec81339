#pragma once
// A secret held in sodium_malloc'd memory: guarded pages, locked against swapping, wiped when
// freed. Used for the station's data key and the keys derived from it.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "crypto/bytes.h"

namespace fg {

class SecretBytes {
 public:
  explicit SecretBytes(std::size_t size);
  // Copies `bytes` in; the caller wipes its own copy.
  static SecretBytes copy_of(ByteView bytes);
  static SecretBytes random(std::size_t size);

  std::uint8_t* data() { return data_.get(); }
  const std::uint8_t* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  ByteView view() const { return {data_.get(), size_}; }

 private:
  struct Free {
    void operator()(std::uint8_t* p) const;
  };
  std::unique_ptr<std::uint8_t, Free> data_;
  std::size_t size_ = 0;
};

// Overwrites a buffer that held a secret (sodium_memzero: not optimised away).
void wipe(Bytes& bytes);

}  // namespace fg

namespace fg {
// A 32-byte key for one purpose, derived from a 32-byte master key (crypto_kdf, BLAKE2b):
// `context` is exactly 8 characters naming the purpose, e.g. "fgevents".
SecretBytes derive_subkey(const SecretBytes& master, std::uint64_t id, const char (&context)[9]);
}  // namespace fg
