#pragma once
// Streaming SHA-256 through OpenSSL's EVP interface (it uses the CPU's SHA extensions; measured
// about 4x libsodium's rate on this hardware, see docs/toolchain.md, Speeds measured).
#include <array>
#include <filesystem>
#include <memory>

#include "crypto/bytes.h"

namespace fg {

using Digest = std::array<std::uint8_t, 32>;

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(Sha256&&) noexcept;
  Sha256& operator=(Sha256&&) noexcept;
  void update(ByteView data);
  Digest finish();  // the hasher must not be used afterwards

 private:
  struct Context;
  std::unique_ptr<Context> ctx_;
};

Digest sha256(ByteView data);
std::string sha256_hex(ByteView data);
// Hashes a file in 1 MiB pieces; throws std::runtime_error if it cannot be read.
Digest sha256_file(const std::filesystem::path& file);

}  // namespace fg
