#include "crypto/secretstream.h"

#include <sodium.h>

#include <sstream>
#include <stdexcept>

#include "crypto/sodium_init.h"

namespace fg {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;

void check_key(ByteView key) {
  if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
    throw std::invalid_argument("secretstream key must be 32 bytes");
}

void write_all(std::ostream& out, const void* data, std::size_t n) {
  out.write(static_cast<const char*>(data), static_cast<std::streamsize>(n));
  if (!out) throw std::runtime_error("write failed while encrypting");
}

std::size_t read_up_to(std::istream& in, void* data, std::size_t n) {
  in.read(static_cast<char*>(data), static_cast<std::streamsize>(n));
  if (in.bad()) throw std::runtime_error("read failed");
  return static_cast<std::size_t>(in.gcount());
}
}  // namespace

Bytes random_bytes(std::size_t n) {
  ensure_sodium();
  Bytes out(n);
  randombytes_buf(out.data(), n);
  return out;
}

Bytes random_data_key() { return random_bytes(kDataKeyBytes); }

void encrypt_stream(std::istream& in, std::ostream& out, ByteView key) {
  ensure_sodium();
  check_key(key);
  crypto_secretstream_xchacha20poly1305_state st;
  unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
  crypto_secretstream_xchacha20poly1305_init_push(&st, header, key.data());
  write_all(out, header, sizeof header);
  Bytes plain(kChunk), sealed(kChunk + kAbytes);
  // Read one chunk ahead so the last chunk can carry the FINAL tag.
  std::size_t n = read_up_to(in, plain.data(), kChunk);
  for (;;) {
    Bytes next(kChunk);
    const std::size_t m = n == kChunk ? read_up_to(in, next.data(), kChunk) : 0;
    const bool last = m == 0;
    unsigned long long sealed_len = 0;
    crypto_secretstream_xchacha20poly1305_push(&st, sealed.data(), &sealed_len, plain.data(), n, nullptr, 0,
                                               last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    write_all(out, sealed.data(), sealed_len);
    if (last) break;
    plain.swap(next);
    n = m;
  }
  sodium_memzero(plain.data(), plain.size());
}

void decrypt_stream(std::istream& in, std::ostream& out, ByteView key) {
  ensure_sodium();
  check_key(key);
  unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
  if (read_up_to(in, header, sizeof header) != sizeof header) throw std::runtime_error("encrypted stream has no header");
  crypto_secretstream_xchacha20poly1305_state st;
  if (crypto_secretstream_xchacha20poly1305_init_pull(&st, header, key.data()) != 0)
    throw std::runtime_error("encrypted stream header is invalid");
  Bytes sealed(kChunk + kAbytes), plain(kChunk);
  for (std::size_t index = 0;; ++index) {
    const std::size_t n = read_up_to(in, sealed.data(), sealed.size());
    if (n < kAbytes) throw std::runtime_error("encrypted stream is truncated before its final chunk");
    unsigned long long plain_len = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&st, plain.data(), &plain_len, &tag, sealed.data(), n, nullptr, 0) != 0)
      throw std::runtime_error("encrypted stream chunk " + std::to_string(index) + " fails authentication (wrong key or altered data)");
    write_all(out, plain.data(), plain_len);
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      char extra = 0;
      if (read_up_to(in, &extra, 1) != 0) throw std::runtime_error("data after the final chunk of an encrypted stream");
      break;
    }
  }
  sodium_memzero(plain.data(), plain.size());
}

Bytes encrypt_bytes(ByteView plain, ByteView key) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(plain.data()), plain.size()));
  std::ostringstream out;
  encrypt_stream(in, out, key);
  const std::string s = out.str();
  return Bytes(s.begin(), s.end());
}

Bytes decrypt_bytes(ByteView sealed, ByteView key) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(sealed.data()), sealed.size()));
  std::ostringstream out;
  decrypt_stream(in, out, key);
  const std::string s = out.str();
  return Bytes(s.begin(), s.end());
}

}  // namespace fg
