#pragma once
// XChaCha20-Poly1305 secretstream (libsodium) for data at rest: a stream is a 24-byte header
// then chunks of up to 64 KiB plaintext, each sealed with its length; the last chunk carries
// the FINAL tag so a truncated file is detected.
#include <istream>
#include <ostream>

#include "crypto/bytes.h"

namespace fg {

constexpr std::size_t kDataKeyBytes = 32;
Bytes random_data_key();
Bytes random_bytes(std::size_t n);

// Both throw std::runtime_error on I/O failure; decrypt_stream throws on any forged,
// reordered or truncated chunk (message names which).
void encrypt_stream(std::istream& in, std::ostream& out, ByteView key);
void decrypt_stream(std::istream& in, std::ostream& out, ByteView key);

Bytes encrypt_bytes(ByteView plain, ByteView key);
Bytes decrypt_bytes(ByteView sealed, ByteView key);

}  // namespace fg
