#include <fstream>
#include <stdexcept>

#include "admin/admin_commands.h"
#include "bundle/published_keys.h"
#include "crypto/sha256.h"
#include "data/relay_data.h"

namespace fg::relay {

void admin_keys(const std::filesystem::path& data, const std::optional<std::filesystem::path>& file,
                std::ostream& out) {
  RelayData relay(data);
  PublishedKeys keys{relay.fair_id(), relay.bureau_key().public_key(), relay.log_key().public_key(), {}};
  const std::string text = published_keys_text(keys);
  if (!file) {
    out << text;
    return;
  }
  {
    std::ofstream f(*file, std::ios::binary | std::ios::trunc);
    f << text;
    f.flush();
    if (!f) throw std::runtime_error("cannot write " + file->string());
  }
  out << "Wrote the published keys of fair " << keys.fair << " to " << file->string() << " (SHA-256 "
      << sha256_hex(as_bytes(text)) << ")\n"
      << "Publish it where checkers find it without the bundle (the bureau's website, the printed notice):\n"
      << "  bureau " << to_hex(keys.bureau) << "  fingerprint " << key_fingerprint(keys.bureau) << "\n"
      << "  log    " << to_hex(keys.log) << "  fingerprint " << key_fingerprint(keys.log) << "\n";
}

}  // namespace fg::relay
