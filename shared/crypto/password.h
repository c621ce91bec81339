#pragma once
// Argon2id PIN/password verifiers (libsodium crypto_pwhash_str: the string carries its salt
// and cost parameters) and Argon2id key derivation for wrapping data keys.
#include <string>
#include <string_view>

#include "crypto/bytes.h"

namespace fg {

enum class PasswordCost { Interactive, Moderate, Test };

// Cost Test is for unit tests only (the minimum libsodium allows).
std::string hash_password(std::string_view password, PasswordCost cost = PasswordCost::Interactive);
[[nodiscard]] bool verify_password(std::string_view verifier, std::string_view password);

// Derives a 32-byte key from a password and a 16-byte salt with Argon2id.
Bytes derive_key(std::string_view password, ByteView salt16, PasswordCost cost = PasswordCost::Interactive);

}  // namespace fg
