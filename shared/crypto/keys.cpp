#include "crypto/keys.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <stdexcept>

#include "crypto/sodium_init.h"

namespace fg {

namespace {
template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> fixed_from_hex(std::string_view hex) {
  auto bytes = from_hex(hex);
  if (!bytes || bytes->size() != N) return std::nullopt;
  std::array<std::uint8_t, N> out{};
  std::memcpy(out.data(), bytes->data(), N);
  return out;
}
}  // namespace

std::optional<PublicKey> public_key_from_hex(std::string_view hex) { return fixed_from_hex<32>(hex); }
std::optional<Signature> signature_from_hex(std::string_view hex) { return fixed_from_hex<64>(hex); }

bool verify_signature(const PublicKey& key, ByteView message, const Signature& sig) {
  ensure_sodium();
  return crypto_sign_verify_detached(sig.data(), message.data(), message.size(), key.data()) == 0;
}

void KeyPair::SodiumFree::operator()(unsigned char* p) const { sodium_free(p); }

KeyPair::KeyPair() {
  ensure_sodium();
  secret_.reset(static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES)));
  if (!secret_) throw std::bad_alloc();
}

KeyPair KeyPair::generate() {
  KeyPair kp;
  crypto_sign_keypair(kp.public_.data(), kp.secret_.get());
  return kp;
}

KeyPair KeyPair::from_seed(ByteView seed32) {
  if (seed32.size() != crypto_sign_SEEDBYTES) throw std::invalid_argument("Ed25519 seed must be 32 bytes");
  KeyPair kp;
  crypto_sign_seed_keypair(kp.public_.data(), kp.secret_.get(), seed32.data());
  return kp;
}

KeyPair KeyPair::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read key file " + file.string());
  std::string hex;
  std::getline(in, hex);
  auto seed = from_hex(hex);
  if (!seed || seed->size() != crypto_sign_SEEDBYTES)
    throw std::runtime_error("key file " + file.string() + " is not a 64-character hex Ed25519 seed");
  KeyPair kp = from_seed(*seed);
  sodium_memzero(seed->data(), seed->size());
  sodium_memzero(hex.data(), hex.size());
  return kp;
}

void KeyPair::save(const std::filesystem::path& file) const {
  // The seed is the first half of libsodium's secret key.
  std::string hex = to_hex(ByteView(secret_.get(), crypto_sign_SEEDBYTES)) + "\n";
  const std::string temp = file.string() + ".tmp";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot create key file " + temp + ": " + std::strerror(errno));
  const bool written = ::write(fd, hex.data(), hex.size()) == static_cast<ssize_t>(hex.size()) && ::fsync(fd) == 0;
  ::close(fd);
  sodium_memzero(hex.data(), hex.size());
  if (!written) {
    ::unlink(temp.c_str());
    throw std::runtime_error("cannot write key file " + temp);
  }
  // link() refuses to replace an existing key, unlike rename().
  if (::link(temp.c_str(), file.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    throw std::runtime_error("cannot save key " + file.string() + ": " + std::strerror(err));
  }
  ::unlink(temp.c_str());
}

Signature KeyPair::sign(ByteView message) const {
  Signature sig{};
  crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), secret_.get());
  return sig;
}

}  // namespace fg
