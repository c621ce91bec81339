#pragma once
// Ed25519 keys. Secret keys live in sodium_malloc'd memory (guarded, locked, wiped on free)
// and are saved to files with mode 0600.
#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "crypto/bytes.h"

namespace fg {

using PublicKey = std::array<std::uint8_t, 32>;
using Signature = std::array<std::uint8_t, 64>;

std::optional<PublicKey> public_key_from_hex(std::string_view hex);
std::optional<Signature> signature_from_hex(std::string_view hex);

[[nodiscard]] bool verify_signature(const PublicKey& key, ByteView message, const Signature& sig);

class KeyPair {
 public:
  static KeyPair generate();
  // Deterministic key from a 32-byte seed: for test vectors and the simulator only.
  static KeyPair from_seed(ByteView seed32);
  // Loads a key written by save(); throws std::runtime_error with the reason on failure.
  static KeyPair load(const std::filesystem::path& file);
  // Writes the 32-byte seed as hex, file mode 0600, atomically. Refuses to overwrite.
  void save(const std::filesystem::path& file) const;

  const PublicKey& public_key() const { return public_; }
  std::string public_hex() const { return to_hex(public_); }
  Signature sign(ByteView message) const;

 private:
  struct SodiumFree {
    void operator()(unsigned char* p) const;
  };
  KeyPair();
  std::unique_ptr<unsigned char, SodiumFree> secret_;  // 64-byte libsodium secret key
  PublicKey public_{};
};

}  // namespace fg
