#pragma once
// What a station keeps after enrolment (station.json beside its store): where the relay is,
// the pinned certificate, and what the relay told it at enrolment.
#include <cstdint>
#include <filesystem>
#include <string>

#include "ledger/canonical.h"

namespace fg::sync {

struct StationProfile {
  std::string host;
  std::uint16_t port = 0;
  std::string cert_sha256;
  std::string fair;
  std::string station_code;
  std::string bureau_key;  // hex; later configurations must verify with this key

  Json to_json() const;
  static StationProfile from_json(const Json& j);      // throws std::invalid_argument
  void save(const std::filesystem::path& file) const;  // atomic (temp + rename)
  static StationProfile load(const std::filesystem::path& file);
};

}  // namespace fg::sync
