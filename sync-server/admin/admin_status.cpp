#include <filesystem>

#include "admin/admin_commands.h"
#include "data/relay_data.h"

namespace fg::relay {

namespace {

bool is_hex(const std::string& s, std::size_t n) {
  return s.size() == n && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// Committed blobs only: the store files them as blobs/<first 2 hex>/<64 hex>; its tmp/ and
// partial/ folders hold unfinished uploads.
std::int64_t count_blob_files(const std::filesystem::path& root) {
  std::int64_t n = 0;
  std::error_code ec;
  for (const auto& fan : std::filesystem::directory_iterator(root, ec)) {
    if (!fan.is_directory() || !is_hex(fan.path().filename().string(), 2)) continue;
    for (const auto& f : std::filesystem::directory_iterator(fan.path(), ec))
      if (f.is_regular_file() && is_hex(f.path().filename().string(), 64)) ++n;
  }
  return n;
}

}  // namespace

void admin_status(const std::filesystem::path& data, std::ostream& out) {
  RelayData relay(data);
  const auto& s = relay.settings();
  out << "Fair:         " << s.fair_id << "  " << s.name << "\n"
      << "Venue:        " << s.venue << "\n"
      << "Dates:        " << s.from << " to " << s.to << " (" << s.timezone << ")\n"
      << "Listen:       " << s.listen << "\n"
      << "Certificate:  SHA-256 " << relay.cert_fingerprint() << "\n"
      << "Bureau key:   " << relay.bureau_key().public_hex() << "\n"
      << "Log key:      " << relay.log_key().public_hex() << " (signs the transparency log's tree heads)\n"
      << "Config:       version " << relay.config_version() << ", " << relay.booths().size() << " booths, "
      << relay.officers().size() << " officers, " << relay.open_token_count() << " open enrolment token(s)\n"
      << "Events:       " << relay.events().event_count() << "\n"
      << "Blobs:        " << count_blob_files(data / "blobs") << "\n";
  const auto devices = relay.devices();
  out << "Stations:     " << devices.size() << "\n";
  if (!devices.empty()) out << "code\tstation\tenrolled\tlast sync\tstate\tkey\n";
  for (const auto& d : devices)
    out << d.code << "\t" << d.station << "\t" << iso_utc(d.enrolled_at) << "\t"
        << (d.last_sync_at ? iso_utc(*d.last_sync_at) : "never") << "\t"
        << (d.revoked() ? "revoked " + iso_utc(*d.revoked_at) : "active") << "\t" << d.key << "\n";
}

}  // namespace fg::relay
