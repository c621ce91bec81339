#pragma once
// The station's place in a fair: its data folder, its device key (made here at the first start,
// never leaving the tablet; sealed at rest under the data key, device_key_file.h), and the
// bureau-signed fair configuration it was enrolled with (bureau.pub + fair-config.json,
// verified again on every start). Knows nothing of the
// encrypted stores (data_vault.h) or the cases (case_index.h).
#include <QString>

#include <memory>
#include <optional>
#include <string>

#include "crypto/keys.h"
#include "crypto/secret_bytes.h"
#include "fairconfig/fair_config.h"

namespace fg {

class StationEnrolment {
 public:
  // The configuration found in the data folder at start-up, to be installed again.
  struct Saved {
    std::string signed_config;
    PublicKey bureau{};
  };

  // Creates the data folder if needed and reads the device's public key (device.pub), or an
  // old plain device.key, or makes a new key kept in memory until the data key seals it (at
  // enrolment). Returns the saved configuration when the station was enrolled before; false
  // with the reason in *error when something there cannot be used.
  bool open(const QString& dataDir, std::optional<Saved>* saved, QString* error);

  // Checks a signed configuration for this station: signed by `bureau` (the same bureau as
  // before, once enrolled), listing this device unrevoked, not older than the one in use.
  // The verified configuration, or nullopt with the reason in *error.
  std::optional<FairConfig> verify(const std::string& signedText, const PublicKey& bureau, QString* error) const;
  // Saves a verified configuration to the data folder and makes it the one in use.
  bool adopt(const std::string& signedText, const PublicKey& bureau, FairConfig config, QString* error);

  bool enrolled() const { return !config_.fair.id.empty(); }
  QString dataDir() const { return data_dir_; }
  // The key that signs: null while the data is locked (its seed opens with the data key).
  const KeyPair* deviceKey() const { return device_key_.get(); }
  std::string devicePublicHex() const { return has_device_ ? to_hex(device_public_) : std::string(); }
  // A seed not sealed yet (a new key, or one read from an old plain device.key): the vault
  // seals it with the data key, then sealed() drops it.
  const SecretBytes* seedToSeal() const { return seed_to_seal_.get(); }
  void sealed() { seed_to_seal_.reset(); }
  // The seed opened from device.sealed; false when it is not this device's key.
  bool attachSeed(const SecretBytes& seed);
  // Sign-out: the signing key leaves memory (unless it is not sealed yet).
  void forgetSecret();
  const FairConfig& fairConfig() const { return config_; }
  // SHA-256 (hex) of the signed configuration's text in use: a sync does not fetch it again
  // while the relay announces the same one.
  std::string configSha256() const { return config_sha256_; }
  const PublicKey& bureauKey() const { return bureau_; }
  // This device's code in the fair ("S03"): it numbers the station's cases.
  QString stationCode() const { return station_code_; }
  // Station code of a device key (from the fair configuration), or a short key prefix.
  QString stationOf(const std::string& deviceHex) const;

 private:
  void take(SecretBytes seed);

  QString data_dir_;
  bool has_device_ = false;
  PublicKey device_public_{};
  std::unique_ptr<KeyPair> device_key_;
  std::unique_ptr<SecretBytes> seed_to_seal_;
  FairConfig config_;
  std::string config_sha256_;
  PublicKey bureau_{};
  QString station_code_;
};

}  // namespace fg
