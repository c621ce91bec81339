#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "admin/admin_commands.h"
#include "bundle/published_keys.h"
#include "crypto/sha256.h"
#include "data/relay_data.h"

namespace fg::relay {

void admin_keys(const std::filesystem::path& data, const std::optional<std::filesystem::path>& file,
                const std::vector<std::string>& witnesses, std::ostream& out) {
  RelayData relay(data);
  PublishedKeys keys{relay.fair_id(), relay.bureau_key().public_key(), relay.log_key().public_key(), {}};
  // The witnesses relay.json lists (those `serve` asks), then those given here; a key once.
  auto add = [&keys](const std::string& name, const PublicKey& key) {
    if (std::ranges::none_of(keys.witnesses, [&key](const PublishedWitness& w) { return w.key == key; }))
      keys.witnesses.push_back({name, key});
  };
  for (const RelayWitness& w : relay.settings().witnesses) add(w.name, *public_key_from_hex(w.key));  // validated
  for (const std::string& w : witnesses) {
    const auto eq = w.find('=');
    auto key = eq == std::string::npos ? std::nullopt : public_key_from_hex(w.substr(eq + 1));
    if (!key) throw std::invalid_argument("--witness " + w + ": give NAME=KEY, the key as 64 lowercase hex characters");
    add(w.substr(0, eq), *key);
  }
  const std::string text = published_keys_text(keys);
  // Read back as a checker will: a name the format refuses is refused here, not in court.
  std::string why;
  if (!parse_published_keys(text, &why)) throw std::invalid_argument("keys: " + why);
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
  for (const auto& w : keys.witnesses)
    out << "  witness " << w.name << " " << to_hex(w.key) << "  fingerprint " << key_fingerprint(w.key) << "\n";
}

}  // namespace fg::relay
