#include "admin/admin_commands.h"
#include "data/relay_data.h"

namespace fg::relay {

void admin_init(const std::filesystem::path& data, const RelaySettings& settings, std::ostream& out) {
  RelayData::create(data, settings);
  RelayData relay(data);
  out << "Made relay data folder " << data.string() << " for fair " << relay.fair_id() << " (" << relay.settings().name
      << ", " << relay.settings().from << " to " << relay.settings().to << ", " << relay.settings().timezone << ")\n"
      << "Bureau public key:        " << relay.bureau_key().public_hex() << "\n"
      << "Log public key:           " << relay.log_key().public_hex() << "\n"
      << "TLS certificate SHA-256:  " << relay.cert_fingerprint() << "\n"
      << "Listen address:           " << relay.settings().listen << "\n"
      << "Officer PINs:             at least " << relay.settings().pin_min_length << " digits\n"
      << "Next: booths import, officers add, enroll.\n";
}

}  // namespace fg::relay
