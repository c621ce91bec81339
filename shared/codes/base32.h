#pragma once
// Base32 as in RFC 4648 section 6 (A-Z 2-7), without padding: every character is in a QR
// code's alphanumeric set. Named like to_hex/from_hex in crypto/bytes.h. Written here because
// Debian has no well-kept C++ base32 library and libsodium/OpenSSL offer none; it is small
// and tested against the RFC's vectors.
#include <optional>
#include <string>
#include <string_view>

#include "crypto/bytes.h"

namespace fg {

std::string to_base32(ByteView bytes);

// Strict: uppercase alphabet only, no padding, no length that no byte count gives, and the
// unused low bits of the last character must be zero, so each byte string has one encoding.
std::optional<Bytes> from_base32(std::string_view text);

}  // namespace fg
