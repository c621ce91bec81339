#include <fstream>
#include <stdexcept>

#include "admin/admin_commands.h"
#include "data/relay_data.h"

namespace fg::relay {

void admin_config(const std::filesystem::path& data, const std::optional<std::filesystem::path>& file,
                  std::ostream& out) {
  RelayData relay(data);
  const std::string wire = relay.signed_fair_config();
  if (!file) {
    out << wire << "\n";
    return;
  }
  {
    std::ofstream f(*file, std::ios::binary | std::ios::trunc);
    f << wire;  // exactly the signed bytes, no newline
    f.flush();
    if (!f) throw std::runtime_error("cannot write " + file->string());
  }
  out << "Wrote the signed fair configuration (version " << relay.config_version() << ", " << wire.size()
      << " bytes) to " << file->string() << "\nVerify it with the bureau public key " << relay.bureau_key().public_hex()
      << "\n";
}

}  // namespace fg::relay
