#include <set>
#include <stdexcept>

#include "admin/admin_commands.h"
#include "admin/booth_csv.h"
#include "data/relay_data.h"

namespace fg::relay {

std::optional<BoothImport> import_booths(RelayData& relay, const BoothCsv& parsed, const BeforeCommit& before_commit) {
  if (!parsed.ok()) return std::nullopt;
  const auto before = relay.booths().size();
  relay.replace_booths(parsed.booths, before_commit);
  return BoothImport{parsed.booths.size(), count_halls(parsed.booths), before, relay.config_version()};
}

std::size_t count_halls(const std::vector<Booth>& booths) {
  std::set<std::string> halls;
  for (const auto& b : booths) halls.insert(b.hall);
  return halls.size();
}

void admin_booths_import(const std::filesystem::path& data, const std::filesystem::path& csv, std::ostream& out) {
  RelayData relay(data);
  const BoothCsv parsed = read_booth_csv(csv, relay.settings().halls);
  const auto imported = import_booths(relay, parsed);
  if (!imported) {
    std::string message =
        csv.string() + ": " + std::to_string(parsed.errors.size()) + " bad row(s); nothing was imported:";
    for (const auto& e : parsed.errors) message += "\n  " + e;
    throw std::runtime_error(message);
  }
  out << "Imported " << imported->booths << " booths in " << imported->halls << " hall(s) from " << csv.string()
      << " (replacing " << imported->replaced << "); configuration version " << imported->config_version << "\n";
}

}  // namespace fg::relay
