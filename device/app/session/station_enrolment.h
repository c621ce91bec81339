#pragma once
// The station's place in a fair: its data folder, its device key (made here at the first start,
// never leaving the tablet), and the bureau-signed fair configuration it was enrolled with
// (bureau.pub + fair-config.json, verified again on every start). Knows nothing of the
// encrypted stores (data_vault.h) or the cases (case_index.h).
#include <QString>

#include <memory>
#include <optional>
#include <string>

#include "crypto/keys.h"
#include "fairconfig/fair_config.h"

namespace fg {

class StationEnrolment {
 public:
  // The configuration found in the data folder at start-up, to be installed again.
  struct Saved {
    std::string signed_config;
    PublicKey bureau{};
  };

  // Creates the data folder if needed and loads (or makes) device.key. Returns the saved
  // configuration when the station was enrolled before; false with the reason in *error when
  // something there cannot be used.
  bool open(const QString& dataDir, std::optional<Saved>* saved, QString* error);

  // Checks a signed configuration for this station: signed by `bureau` (the same bureau as
  // before, once enrolled), listing this device unrevoked, not older than the one in use.
  // The verified configuration, or nullopt with the reason in *error.
  std::optional<FairConfig> verify(const std::string& signedText, const PublicKey& bureau, QString* error) const;
  // Saves a verified configuration to the data folder and makes it the one in use.
  bool adopt(const std::string& signedText, const PublicKey& bureau, FairConfig config, QString* error);

  bool enrolled() const { return !config_.fair.id.empty(); }
  QString dataDir() const { return data_dir_; }
  const KeyPair* deviceKey() const { return device_key_.get(); }
  const FairConfig& fairConfig() const { return config_; }
  const PublicKey& bureauKey() const { return bureau_; }
  // This device's code in the fair ("S03"): it numbers the station's cases.
  QString stationCode() const { return station_code_; }
  // Station code of a device key (from the fair configuration), or a short key prefix.
  QString stationOf(const std::string& deviceHex) const;

 private:
  QString data_dir_;
  std::unique_ptr<KeyPair> device_key_;
  FairConfig config_;
  PublicKey bureau_{};
  QString station_code_;
};

}  // namespace fg
