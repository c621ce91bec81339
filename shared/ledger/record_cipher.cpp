#include "ledger/record_cipher.h"

#include <sodium.h>

#include <stdexcept>

#include "crypto/sodium_init.h"

namespace fg {

namespace {
constexpr unsigned char kFormat = 0x01;
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* bytes_of(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
}  // namespace

XChaChaRecordCipher::XChaChaRecordCipher(SecretBytes key) : key_(std::move(key)) {
  ensure_sodium();
  if (key_.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
    throw std::invalid_argument("record cipher key must be 32 bytes");
}

std::string XChaChaRecordCipher::seal(std::string_view plain, std::string_view context) const {
  std::string out(1 + kNonce + plain.size() + kTag, '\0');
  auto* p = reinterpret_cast<unsigned char*>(out.data());
  p[0] = kFormat;
  randombytes_buf(p + 1, kNonce);
  unsigned long long len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(p + 1 + kNonce, &len, bytes_of(plain), plain.size(), bytes_of(context),
                                             context.size(), nullptr, p + 1, key_.data());
  return out;
}

std::optional<std::string> XChaChaRecordCipher::open(std::string_view sealed, std::string_view context) const {
  if (sealed.size() < 1 + kNonce + kTag || static_cast<unsigned char>(sealed[0]) != kFormat) return std::nullopt;
  std::string plain(sealed.size() - 1 - kNonce - kTag, '\0');
  const unsigned char* p = bytes_of(sealed);
  unsigned long long len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &len, nullptr,
                                                 p + 1 + kNonce, sealed.size() - 1 - kNonce, bytes_of(context),
                                                 context.size(), p + 1, key_.data()) != 0)
    return std::nullopt;
  return plain;
}

}  // namespace fg
