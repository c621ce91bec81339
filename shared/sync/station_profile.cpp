#include "sync/station_profile.h"

#include <fstream>
#include <stdexcept>

namespace fg::sync {

Json StationProfile::to_json() const {
  return Json{{"host", host},
              {"port", port},
              {"cert_sha256", cert_sha256},
              {"fair", fair},
              {"station_code", station_code},
              {"bureau_key", bureau_key}};
}

StationProfile StationProfile::from_json(const Json& j) {
  try {
    StationProfile p;
    p.host = j.at("host").get<std::string>();
    p.port = j.at("port").get<std::uint16_t>();
    p.cert_sha256 = j.at("cert_sha256").get<std::string>();
    p.fair = j.at("fair").get<std::string>();
    p.station_code = j.at("station_code").get<std::string>();
    p.bureau_key = j.at("bureau_key").get<std::string>();
    return p;
  } catch (const Json::exception& e) {
    throw std::invalid_argument(std::string("station profile: ") + e.what());
  }
}

void StationProfile::save(const std::filesystem::path& file) const {
  const auto tmp = file.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << to_json().dump(2) << "\n";
    if (!out.flush()) throw std::runtime_error("cannot write " + tmp);
  }
  std::filesystem::rename(tmp, file);
}

StationProfile StationProfile::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read station profile " + file.string());
  Json j = Json::parse(in, nullptr, false);
  if (j.is_discarded()) throw std::runtime_error("station profile " + file.string() + " is not JSON");
  return from_json(j);
}

}  // namespace fg::sync
