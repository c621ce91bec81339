#include "crypto/data_keyring.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "crypto/sodium_init.h"

namespace fg {

namespace {

constexpr int kFormat = 1;
constexpr std::string_view kCheckText = "FairGuard station data key check v1";

std::string key_check_of(const SecretBytes& key) {
  ensure_sodium();
  std::uint8_t out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(kCheckText.data()), kCheckText.size(),
                     key.data(), key.size());
  return to_hex(ByteView(out, sizeof out));
}

// Temp file, fsync, rename, fsync the folder: the keyring is never half-written.
void write_atomically(const std::filesystem::path& file, const std::string& text) {
  const std::filesystem::path tmp = file.string() + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot write " + tmp.string() + ": " + std::strerror(errno));
  const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  const int err = errno;
  ::close(fd);
  if (!ok || ::rename(tmp.c_str(), file.c_str()) != 0) {
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot write " + file.string() + ": " + std::strerror(ok ? errno : err));
  }
  const std::filesystem::path dir = file.has_parent_path() ? file.parent_path() : ".";
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace

SecretBytes DataKeyring::create(const std::filesystem::path& file) {
  if (exists(file))
    throw std::runtime_error("the station keyring " + file.string() + " already exists; a new data key would lose it");
  SecretBytes key = SecretBytes::random(32);
  DataKeyring ring;
  ring.file_ = file;
  ring.key_check_ = key_check_of(key);
  ring.save();
  return key;
}

DataKeyring DataKeyring::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read the station keyring " + file.string());
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  DataKeyring ring;
  ring.file_ = file;
  try {
    const nlohmann::json j = nlohmann::json::parse(text);
    if (j.at("format").get<int>() != kFormat)
      throw std::runtime_error("format " + std::to_string(j.at("format").get<int>()) + " is not supported");
    ring.key_check_ = j.at("key_check").get<std::string>();
    for (const auto& w : j.at("wraps"))
      ring.wraps_.push_back({w.at("officer").get<std::string>(), w.at("box_public").get<std::string>(),
                             w.at("sealed").get<std::string>()});
  } catch (const std::exception& e) {
    throw std::runtime_error("the station keyring " + file.string() + " is damaged: " + e.what());
  }
  return ring;
}

void DataKeyring::save() const {
  nlohmann::json wraps = nlohmann::json::array();
  for (const Wrap& w : wraps_)
    wraps.push_back({{"officer", w.officer}, {"box_public", w.box_public}, {"sealed", w.sealed}});
  write_atomically(file_, nlohmann::json{{"format", kFormat}, {"key_check", key_check_}, {"wraps", wraps}}.dump(1));
}

bool DataKeyring::is_key(const SecretBytes& key) const { return key_check_of(key) == key_check_; }

int DataKeyring::update(const SecretBytes& key, const std::vector<KeyRecipient>& recipients) {
  if (!is_key(key)) throw std::invalid_argument("not this station's data key");
  const std::size_t before = wraps_.size();
  std::erase_if(wraps_, [&](const Wrap& w) {
    return std::none_of(recipients.begin(), recipients.end(),
                        [&](const KeyRecipient& r) { return r.officer == w.officer && r.box_public == w.box_public; });
  });
  bool changed = wraps_.size() != before;
  int added = 0;
  for (const KeyRecipient& r : recipients) {
    if (has_copy_for(r.officer, r.box_public)) continue;
    wraps_.push_back({r.officer, r.box_public, to_hex(seal_to(r.box_public, key.view()))});
    ++added;
    changed = true;
  }
  if (changed) save();
  return added;
}

bool DataKeyring::has_copy_for(const std::string& officer, const std::string& box_public) const {
  return std::any_of(wraps_.begin(), wraps_.end(),
                     [&](const Wrap& w) { return w.officer == officer && w.box_public == box_public; });
}

std::optional<SecretBytes> DataKeyring::open(const std::string& officer, const OfficerBoxKey& key,
                                             std::string* why) const {
  auto fail = [&](std::string reason) -> std::optional<SecretBytes> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  const auto w = std::find_if(wraps_.begin(), wraps_.end(), [&](const Wrap& x) { return x.officer == officer; });
  if (w == wraps_.end()) return fail("this station holds no copy of its data key for officer " + officer + " yet");
  const auto sealed = from_hex(w->sealed);
  if (!sealed) return fail("the keyring's copy for officer " + officer + " is damaged");
  auto opened = key.open(*sealed);
  if (!opened) return fail("the keyring's copy for officer " + officer + " does not open with this PIN's key");
  if (!is_key(*opened)) return fail("the keyring's copy for officer " + officer + " is not this station's data key");
  return opened;
}

}  // namespace fg
