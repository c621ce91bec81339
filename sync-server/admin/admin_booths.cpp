#include <set>
#include <stdexcept>

#include "admin/admin_commands.h"
#include "admin/booth_csv.h"
#include "data/relay_data.h"

namespace fg::relay {

void admin_booths_import(const std::filesystem::path& data, const std::filesystem::path& csv, std::ostream& out) {
  RelayData relay(data);
  const BoothCsv parsed = read_booth_csv(csv, relay.settings().halls);
  if (!parsed.ok()) {
    std::string message =
        csv.string() + ": " + std::to_string(parsed.errors.size()) + " bad row(s); nothing was imported:";
    for (const auto& e : parsed.errors) message += "\n  " + e;
    throw std::runtime_error(message);
  }
  const auto before = relay.booths().size();
  relay.replace_booths(parsed.booths);
  std::set<std::string> halls;
  for (const auto& b : parsed.booths) halls.insert(b.hall);
  out << "Imported " << parsed.booths.size() << " booths in " << halls.size() << " hall(s) from " << csv.string()
      << " (replacing " << before << "); configuration version " << relay.config_version() << "\n";
}

}  // namespace fg::relay
