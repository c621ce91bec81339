#pragma once
// The station's device key at rest (docs/station.md, "At rest"): its 32-byte Ed25519 seed
// sealed under a subkey of the data key in device.sealed (XChaCha20-Poly1305, nonce first),
// its public half in plain in device.pub. So a stolen tablet cannot sign as its station
// without an officer's PIN, as it cannot read its cases. Stations made before kept the seed
// as hex in plain in device.key: read once, sealed at the next sign-in, then deleted.
#include <filesystem>
#include <optional>
#include <string>

#include "crypto/keys.h"
#include "crypto/secret_bytes.h"

namespace fg::device_key_file {

// The public half from device.pub; nullopt when there is none. Throws std::runtime_error
// when the file is there but not a key.
std::optional<PublicKey> read_public(const std::filesystem::path& folder);
// The seed from an old plain device.key; nullopt when there is none. Throws when damaged.
std::optional<SecretBytes> read_plain_seed(const std::filesystem::path& folder);
// Writes device.sealed and device.pub (atomically, mode 0600), then deletes a plain device.key.
// Throws std::runtime_error when a file cannot be written.
void seal(const std::filesystem::path& folder, const SecretBytes& data_key, const SecretBytes& seed);
// The seed from device.sealed, or nullopt with the reason (missing, altered, another key).
std::optional<SecretBytes> open(const std::filesystem::path& folder, const SecretBytes& data_key, std::string* why);

}  // namespace fg::device_key_file
