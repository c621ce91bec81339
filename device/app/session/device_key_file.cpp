#include "device_key_file.h"

#include <QFile>
#include <QSaveFile>

#include <sodium.h>

#include <stdexcept>

namespace fg::device_key_file {
namespace {

namespace fs = std::filesystem;

SecretBytes sealing_key(const SecretBytes& data_key) { return derive_subkey(data_key, 3, "fgdevkey"); }

std::optional<QByteArray> read_all(const fs::path& file) {
  QFile f(QString::fromStdString(file.string()));
  if (!f.exists()) return std::nullopt;
  if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + file.string());
  return f.readAll();
}

void write_private(const fs::path& file, const QByteArray& bytes) {
  const QString name = QString::fromStdString(file.string());
  QSaveFile f(name);
  if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
    throw std::runtime_error("cannot write " + file.string() + ": " + f.errorString().toStdString());
  QFile::setPermissions(name, QFile::ReadOwner | QFile::WriteOwner);
}

}  // namespace

std::optional<PublicKey> read_public(const fs::path& folder) {
  const auto text = read_all(folder / "device.pub");
  if (!text) return std::nullopt;
  const auto key = public_key_from_hex(text->trimmed().toStdString());
  if (!key) throw std::runtime_error((folder / "device.pub").string() + " is not a public key");
  return key;
}

std::optional<SecretBytes> read_plain_seed(const fs::path& folder) {
  auto text = read_all(folder / "device.key");
  if (!text) return std::nullopt;
  auto seed = from_hex(text->trimmed().toStdString());
  text->fill('\0');
  if (!seed || seed->size() != crypto_sign_SEEDBYTES)
    throw std::runtime_error((folder / "device.key").string() + " is not a device key");
  SecretBytes out = SecretBytes::copy_of(*seed);
  wipe(*seed);
  return out;
}

void seal(const fs::path& folder, const SecretBytes& data_key, const SecretBytes& seed) {
  const SecretBytes key = sealing_key(data_key);
  QByteArray box(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + seed.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                 '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(box.data());
  randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, nullptr, seed.data(),
                                             seed.size(), nullptr, 0, nullptr, nonce, key.data());
  const KeyPair pair = KeyPair::from_seed(seed.view());
  write_private(folder / "device.sealed", box);
  write_private(folder / "device.pub", QByteArray::fromStdString(pair.public_hex()));
  // Only once the sealed copy is safely written does the plain one go.
  std::error_code ec;
  fs::remove(folder / "device.key", ec);
  if (ec) throw std::runtime_error("cannot delete the plain " + (folder / "device.key").string() + ": " + ec.message());
}

std::optional<SecretBytes> open(const fs::path& folder, const SecretBytes& data_key, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<SecretBytes> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  const auto box = read_all(folder / "device.sealed");
  if (!box) return fail("the sealed device key (device.sealed) is missing");
  constexpr std::size_t kOverhead =
      crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (static_cast<std::size_t>(box->size()) != kOverhead + crypto_sign_SEEDBYTES)
    return fail("the sealed device key (device.sealed) has the wrong size");
  const SecretBytes key = sealing_key(data_key);
  const auto* nonce = reinterpret_cast<const unsigned char*>(box->constData());
  SecretBytes seed(crypto_sign_SEEDBYTES);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          seed.data(), nullptr, nullptr, nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
          box->size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, nullptr, 0, nonce, key.data()) != 0)
    return fail("the sealed device key (device.sealed) does not open with this station's data key (altered?)");
  return seed;
}

}  // namespace fg::device_key_file
