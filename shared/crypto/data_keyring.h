#pragma once
// The station's data keyring (keyring.json in its data folder): the one random 32-byte data
// key that encrypts the event store and blob files, never stored in clear, sealed to each
// roster officer's box key (crypto/officer_box.h). Format (docs/station.md, "At rest"):
//   {"format":1,"key_check":"<hex>","wraps":[{"officer":"OF-017","box_public":"<hex>",
//    "sealed":"<hex>"}]}
// key_check = BLAKE2b-256 keyed with the data key over a fixed text: it tells a right key from
// a wrong one without revealing anything about the key.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "crypto/officer_box.h"
#include "crypto/secret_bytes.h"

namespace fg {

struct KeyRecipient {
  std::string officer;
  std::string box_public;  // hex
};

class DataKeyring {
 public:
  static bool exists(const std::filesystem::path& file) { return std::filesystem::exists(file); }
  // A new random data key and its keyring file (no wraps yet). Refuses to overwrite a keyring:
  // that would lose every sealed copy of the old key.
  static SecretBytes create(const std::filesystem::path& file);
  // Throws std::runtime_error naming what is wrong with the file.
  static DataKeyring load(const std::filesystem::path& file);

  // Seals `key` for every recipient without a copy sealed to that exact box key, and drops the
  // copies of officers no longer listed (disabled or removed from the roster). Saves the file
  // (atomically) if anything changed; returns how many copies were added. Throws
  // std::invalid_argument if `key` is not this keyring's key.
  int update(const SecretBytes& key, const std::vector<KeyRecipient>& recipients);

  bool has_copy_for(const std::string& officer, const std::string& box_public) const;
  // The data key, opened with the officer's box key. nullopt with the reason when this
  // keyring holds no copy for the officer, or the copy does not open (altered file).
  std::optional<SecretBytes> open(const std::string& officer, const OfficerBoxKey& key, std::string* why) const;
  bool is_key(const SecretBytes& key) const;
  std::size_t copies() const { return wraps_.size(); }

 private:
  struct Wrap {
    std::string officer, box_public, sealed;
  };
  void save() const;
  std::filesystem::path file_;
  std::string key_check_;
  std::vector<Wrap> wraps_;
};

}  // namespace fg
