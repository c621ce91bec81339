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
  // An empty vector's data() may be null, and randombytes_buf declares its buffer non-null.
  if (n > 0) randombytes_buf(out.data(), n);
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
  if (read_up_to(in, header, sizeof header) != sizeof header)
    throw std::runtime_error("encrypted stream has no header");
  crypto_secretstream_xchacha20poly1305_state st;
  if (crypto_secretstream_xchacha20poly1305_init_pull(&st, header, key.data()) != 0)
    throw std::runtime_error("encrypted stream header is invalid");
  Bytes sealed(kChunk + kAbytes), plain(kChunk);
  for (std::size_t index = 0;; ++index) {
    const std::size_t n = read_up_to(in, sealed.data(), sealed.size());
    if (n < kAbytes) throw std::runtime_error("encrypted stream is truncated before its final chunk");
    unsigned long long plain_len = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&st, plain.data(), &plain_len, &tag, sealed.data(), n, nullptr, 0) !=
        0)
      throw std::runtime_error("encrypted stream chunk " + std::to_string(index) +
                               " fails authentication (wrong key or altered data)");
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

namespace fg {

std::uint64_t sealed_stream_size(std::uint64_t plain) {
  const std::uint64_t chunks = plain == 0 ? 1 : (plain + kStreamChunk - 1) / kStreamChunk;
  return kStreamHeader + plain + chunks * kStreamChunkOverhead;
}

std::optional<std::uint64_t> plain_stream_size(std::uint64_t sealed) {
  if (sealed < kStreamHeader + kStreamChunkOverhead) return std::nullopt;
  const std::uint64_t body = sealed - kStreamHeader;
  const std::uint64_t chunks = (body + kStreamChunk + kStreamChunkOverhead - 1) / (kStreamChunk + kStreamChunkOverhead);
  const std::uint64_t plain = body - chunks * kStreamChunkOverhead;
  if (sealed_stream_size(plain) != sealed) return std::nullopt;
  return plain;
}

struct StreamSealer::State {
  crypto_secretstream_xchacha20poly1305_state st;
  Bytes pending;  // plaintext not sealed yet: a full chunk is sealed only once more follows
  bool started = false;
};

StreamSealer::StreamSealer(ByteView key) : s_(std::make_unique<State>()) {
  ensure_sodium();
  check_key(key);
  Bytes header(kStreamHeader);
  crypto_secretstream_xchacha20poly1305_init_push(&s_->st, header.data(), key.data());
  s_->pending = std::move(header);  // emitted with the first output
}

StreamSealer::~StreamSealer() {
  sodium_memzero(s_->pending.data(), s_->pending.size());
  sodium_memzero(&s_->st, sizeof s_->st);
}

namespace {
void seal_chunk(crypto_secretstream_xchacha20poly1305_state& st, const std::uint8_t* p, std::size_t n, bool last,
                Bytes& out) {
  const std::size_t at = out.size();
  out.resize(at + n + kAbytes);
  unsigned long long len = 0;
  crypto_secretstream_xchacha20poly1305_push(&st, out.data() + at, &len, p, n, nullptr, 0,
                                             last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
}
}  // namespace

void StreamSealer::push(ByteView plain, Bytes& out) {
  if (!s_->started) {
    out.insert(out.end(), s_->pending.begin(), s_->pending.end());
    s_->pending.clear();
    s_->started = true;
  }
  s_->pending.insert(s_->pending.end(), plain.begin(), plain.end());
  // Keep at least one full chunk back: the last chunk must carry the FINAL tag.
  std::size_t done = 0;
  while (s_->pending.size() - done > kChunk) {
    seal_chunk(s_->st, s_->pending.data() + done, kChunk, false, out);
    done += kChunk;
  }
  if (done) {
    sodium_memzero(s_->pending.data(), done);
    s_->pending.erase(s_->pending.begin(), s_->pending.begin() + static_cast<std::ptrdiff_t>(done));
  }
}

void StreamSealer::finish(Bytes& out) {
  push({}, out);
  seal_chunk(s_->st, s_->pending.data(), s_->pending.size(), true, out);
  sodium_memzero(s_->pending.data(), s_->pending.size());
  s_->pending.clear();
}

struct StreamOpener::State {
  crypto_secretstream_xchacha20poly1305_state st;
  Bytes key;
  Bytes pending;  // sealed bytes not opened yet
  bool started = false, final_seen = false;
  std::size_t index = 0;
};

StreamOpener::StreamOpener(ByteView key) : s_(std::make_unique<State>()) {
  ensure_sodium();
  check_key(key);
  s_->key.assign(key.begin(), key.end());
}

StreamOpener::~StreamOpener() {
  sodium_memzero(s_->key.data(), s_->key.size());
  sodium_memzero(&s_->st, sizeof s_->st);
}

void StreamOpener::open_chunk(ByteView chunk, Bytes& out) {
  const std::size_t at = out.size();
  out.resize(at + chunk.size() - kAbytes);
  unsigned long long len = 0;
  unsigned char tag = 0;
  if (crypto_secretstream_xchacha20poly1305_pull(&s_->st, out.data() + at, &len, &tag, chunk.data(), chunk.size(),
                                                 nullptr, 0) != 0)
    throw std::runtime_error("encrypted stream chunk " + std::to_string(s_->index) +
                             " fails authentication (wrong key or altered data)");
  ++s_->index;
  if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) s_->final_seen = true;
}

void StreamOpener::pull(ByteView sealed, Bytes& out) {
  if (s_->final_seen && !sealed.empty()) throw std::runtime_error("data after the final chunk of an encrypted stream");
  s_->pending.insert(s_->pending.end(), sealed.begin(), sealed.end());
  std::size_t done = 0;
  if (!s_->started) {
    if (s_->pending.size() < kStreamHeader) return;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&s_->st, s_->pending.data(), s_->key.data()) != 0)
      throw std::runtime_error("encrypted stream header is invalid");
    s_->started = true;
    done = kStreamHeader;
  }
  // A full-size chunk may be the last one, so it is opened as soon as it is complete, and the
  // FINAL tag then refuses anything after it.
  constexpr std::size_t kSealedChunk = kChunk + kAbytes;
  while (s_->pending.size() - done >= kSealedChunk) {
    if (s_->final_seen) throw std::runtime_error("data after the final chunk of an encrypted stream");
    open_chunk(ByteView(s_->pending.data() + done, kSealedChunk), out);
    done += kSealedChunk;
  }
  if (s_->final_seen && s_->pending.size() > done)
    throw std::runtime_error("data after the final chunk of an encrypted stream");
  s_->pending.erase(s_->pending.begin(), s_->pending.begin() + static_cast<std::ptrdiff_t>(done));
}

void StreamOpener::finish(Bytes& out) {
  if (!s_->started) throw std::runtime_error("encrypted stream has no header");
  if (!s_->final_seen) {
    if (s_->pending.size() < kAbytes) throw std::runtime_error("encrypted stream is truncated before its final chunk");
    open_chunk(s_->pending, out);
    s_->pending.clear();
    if (!s_->final_seen) throw std::runtime_error("encrypted stream is truncated before its final chunk");
  }
}

}  // namespace fg
