#include "bundle/published_keys.h"

#include <algorithm>

#include "crypto/sha256.h"

namespace fg {

bool is_published_name(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  return std::ranges::all_of(s, [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
  });
}

namespace {

// Splits a line on single spaces; empty words (two spaces, a trailing space) are refused.
std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  while (out.size() < 4) {
    const auto space = line.find(' ');
    out.push_back(line.substr(0, space));
    if (space == std::string_view::npos) break;
    line.remove_prefix(space + 1);
  }
  return out;
}

}  // namespace

std::string key_fingerprint(const PublicKey& key) {
  const std::string hex = sha256_hex(ByteView(key.data(), key.size()));
  std::string out;
  for (std::size_t i = 0; i < 32; i += 4) out += (i ? " " : "") + hex.substr(i, 4);
  return out;
}

std::string published_keys_text(const PublishedKeys& keys) {
  std::string s = "# FairGuard published keys of fair " + keys.fair +
                  " (fairguard-relay keys). Check an evidence bundle with\n"
                  "#   fairguard-verify BUNDLE.zip --keys THIS-FILE\n"
                  "# Fingerprints, to compare with the bureau's printed notice:\n"
                  "#   bureau " +
                  key_fingerprint(keys.bureau) + "\n#   log    " + key_fingerprint(keys.log) + "\n";
  for (const auto& w : keys.witnesses) s += "#   witness " + w.name + " " + key_fingerprint(w.key) + "\n";
  s += "fair " + keys.fair + "\nbureau " + to_hex(keys.bureau) + "\nlog " + to_hex(keys.log) + "\n";
  for (const auto& w : keys.witnesses) s += "witness " + w.name + " " + to_hex(w.key) + "\n";
  return s;
}

std::optional<PublishedKeys> parse_published_keys(std::string_view text, std::string* why) {
  auto refuse = [&](std::size_t line, const std::string& reason) -> std::optional<PublishedKeys> {
    if (why) *why = line ? "line " + std::to_string(line) + ": " + reason : reason;
    return std::nullopt;
  };
  if (text.size() > kMaxKeysFileBytes)
    return refuse(0, "a keys file is at most " + std::to_string(kMaxKeysFileBytes) + " bytes");
  PublishedKeys keys;
  bool fair = false, bureau = false, log = false;
  std::size_t number = 0;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto w = words(line);
    auto key_at = [&](std::size_t i, PublicKey& into) {
      const auto k = public_key_from_hex(w[i]);
      if (k) into = *k;
      return k.has_value();
    };
    if (w[0] == "fair" && w.size() == 2 && is_published_name(w[1])) {
      if (fair) return refuse(number, "a second fair line");
      keys.fair = std::string(w[1]);
      fair = true;
    } else if ((w[0] == "bureau" || w[0] == "log") && w.size() == 2) {
      bool& seen = w[0] == "bureau" ? bureau : log;
      if (seen) return refuse(number, "a second " + std::string(w[0]) + " line");
      if (!key_at(1, w[0] == "bureau" ? keys.bureau : keys.log))
        return refuse(number, "the " + std::string(w[0]) + " key is not 64 lowercase hex characters");
      seen = true;
    } else if (w[0] == "witness" && w.size() == 3 && is_published_name(w[1])) {
      if (keys.witnesses.size() == kMaxKeysFileWitnesses)
        return refuse(number, "more than " + std::to_string(kMaxKeysFileWitnesses) + " witnesses");
      PublishedWitness witness{std::string(w[1]), {}};
      if (!key_at(2, witness.key)) return refuse(number, "the witness key is not 64 lowercase hex characters");
      keys.witnesses.push_back(std::move(witness));
    } else {
      return refuse(number, "not a \"fair ID\", \"bureau HEX\", \"log HEX\" or \"witness NAME HEX\" line");
    }
  }
  if (!fair || !bureau || !log) return refuse(0, "a keys file needs a fair, a bureau and a log line");
  return keys;
}

}  // namespace fg
