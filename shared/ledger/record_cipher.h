#pragma once
// Optional encryption of the stored event bytes (the station's at rest protection; the relay
// stores events in clear and passes no cipher). Only the `bytes` column of events and forks
// is sealed; device, seq, hash, prev, hlc, time, type, officer and sig stay readable so chains
// and sync work without the key (docs/station.md, "At rest").
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/secret_bytes.h"

namespace fg {

class RecordCipher {
 public:
  virtual ~RecordCipher() = default;
  // Recorded in the store, so that a store is never read with another cipher (or none).
  virtual std::string name() const = 0;
  // `context` is bound to the ciphertext (the event hash): a sealed record moved to another
  // row does not open.
  virtual std::string seal(std::string_view plain, std::string_view context) const = 0;
  // nullopt when the key is wrong or the record, or its context, was altered.
  virtual std::optional<std::string> open(std::string_view sealed, std::string_view context) const = 0;
};

// XChaCha20-Poly1305 (IETF AEAD, libsodium): 0x01, 24-byte random nonce, ciphertext + tag;
// associated data = context. The key is kept in sodium_malloc'd memory.
class XChaChaRecordCipher final : public RecordCipher {
 public:
  explicit XChaChaRecordCipher(SecretBytes key);
  std::string name() const override { return "xchacha20poly1305-v1"; }
  std::string seal(std::string_view plain, std::string_view context) const override;
  std::optional<std::string> open(std::string_view sealed, std::string_view context) const override;

 private:
  SecretBytes key_;
};

}  // namespace fg
