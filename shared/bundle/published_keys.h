#pragma once
// The keys file the bureau publishes (`fairguard-relay keys`, docs/verify-by-hand.md "Where the
// keys come from"): the fair and the public keys a bundle of that fair must be signed with, so a
// checker pins them from a source independent of the bundle (`fairguard-verify --keys FILE`).
// Plain text, one statement a line, so that it can be printed in a notice and read by a shell:
//   # comment lines and blank lines are ignored
//   fair CF138
//   bureau <64 hex>
//   log <64 hex>
//   witness <name> <64 hex>     (any number, optional; names are [A-Za-z0-9._-], at most 64)
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crypto/keys.h"

namespace fg {

// A keys file is a few hundred bytes; anything past these bounds is not one.
inline constexpr std::size_t kMaxKeysFileBytes = 64u << 10;
inline constexpr std::size_t kMaxKeysFileWitnesses = 64;

struct PublishedWitness {
  std::string name;
  PublicKey key{};
};

struct PublishedKeys {
  std::string fair;
  PublicKey bureau{};
  PublicKey log{};
  std::vector<PublishedWitness> witnesses;
};

// A fair id or witness name as the file allows it: 1 to 64 letters, digits, '.', '_' or '-'.
bool is_published_name(std::string_view s);

// The file's text (with a comment header saying what it is and how to check it).
std::string published_keys_text(const PublishedKeys& keys);

// Exactly one fair, bureau and log line, every key 64 lowercase hex characters, nothing else.
// nullopt and the reason (with its line number) otherwise.
std::optional<PublishedKeys> parse_published_keys(std::string_view text, std::string* why = nullptr);

// A short fingerprint of a key to read aloud or compare on paper: the first 16 bytes of
// SHA-256 of the 32 key bytes, as 8 groups of 4 hex characters ("3f2a 91c0 ...").
std::string key_fingerprint(const PublicKey& key);

}  // namespace fg
