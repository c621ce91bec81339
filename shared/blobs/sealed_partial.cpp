#include "blobs/sealed_partial.h"

#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

namespace fg::sealed_partial {

namespace {
constexpr std::size_t kHead = 4;
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
// Chunks from the sync are at most a few MB; a larger length is damage, not a record.
constexpr std::uint32_t kMaxRecord = 64u << 20;

std::string context(const std::string& hash, std::uint64_t offset) { return hash + ":" + std::to_string(offset); }

// Reads exactly n bytes at `at`; false at end of file.
bool read_at(int fd, std::uint64_t at, std::uint8_t* p, std::size_t n, const std::filesystem::path& file) {
  std::size_t got = 0;
  while (got < n) {
    const ssize_t r = ::pread(fd, p + got, n - got, static_cast<off_t>(at + got));
    if (r < 0) {
      if (errno == EINTR) continue;
      posix::throw_errno("cannot read", file, errno);
    }
    if (r == 0) return false;
    got += static_cast<std::size_t>(r);
  }
  return true;
}

std::uint32_t length_of(const std::uint8_t* h) {
  return std::uint32_t{h[0]} | std::uint32_t{h[1]} << 8 | std::uint32_t{h[2]} << 16 | std::uint32_t{h[3]} << 24;
}

// Walks whole records; `each(plain_offset, disk_offset, length)` for every one.
template <typename Each>
Extent walk(int fd, const std::filesystem::path& file, Each&& each) {
  Extent e;
  const off_t end = ::lseek(fd, 0, SEEK_END);
  if (end < 0) posix::throw_errno("cannot seek in", file, errno);
  for (;;) {
    std::uint8_t head[kHead];
    if (!read_at(fd, e.disk, head, kHead, file)) return e;
    const std::uint32_t len = length_of(head);
    const std::uint64_t record = kHead + kNonce + len + kTag;
    if (len > kMaxRecord || e.disk + record > static_cast<std::uint64_t>(end)) return e;  // torn tail
    if (!each(e.plain, e.disk, len)) return e;
    e.plain += len;
    e.disk += record;
  }
}
}  // namespace

Extent measure(int fd, const std::filesystem::path& file) {
  return walk(fd, file, [](std::uint64_t, std::uint64_t, std::uint32_t) { return true; });
}

void append(int fd, const std::filesystem::path& file, const SecretBytes& key, const std::string& hash,
            std::uint64_t plain_offset, ByteView chunk) {
  const auto len = static_cast<std::uint32_t>(chunk.size());
  std::vector<std::uint8_t> record(kHead + kNonce + chunk.size() + kTag);
  for (int i = 0; i < 4; ++i) record[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(len >> (8 * i));
  randombytes_buf(record.data() + kHead, kNonce);
  const std::string ad = context(hash, plain_offset);
  unsigned long long out_len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(record.data() + kHead + kNonce, &out_len, chunk.data(), chunk.size(),
                                             reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr,
                                             record.data() + kHead, key.data());
  posix::write_all(fd, record, file);
}

bool read_all(int fd, const std::filesystem::path& file, const SecretBytes& key, const std::string& hash,
              const std::function<void(ByteView)>& sink, std::string* why) {
  bool ok = true;
  std::vector<std::uint8_t> sealed, plain;
  walk(fd, file, [&](std::uint64_t plain_at, std::uint64_t disk_at, std::uint32_t len) {
    sealed.resize(kNonce + len + kTag);
    plain.resize(len);
    if (!read_at(fd, disk_at + kHead, sealed.data(), sealed.size(), file)) return ok = false;
    const std::string ad = context(hash, plain_at);
    unsigned long long plain_len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &plain_len, nullptr, sealed.data() + kNonce,
                                                   len + kTag, reinterpret_cast<const unsigned char*>(ad.data()),
                                                   ad.size(), sealed.data(), key.data()) != 0) {
      if (why)
        *why = "partial download of blob " + hash + " does not decrypt at offset " + std::to_string(plain_at) +
               " (wrong key or altered bytes)";
      return ok = false;
    }
    sink(ByteView(plain.data(), len));
    return true;
  });
  sodium_memzero(plain.data(), plain.size());
  return ok;
}

}  // namespace fg::sealed_partial
