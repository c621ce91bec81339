#pragma once
// The partial file of a resumable download into an encrypted blob store: a sequence of
// records [plain length, u32 little-endian][24-byte nonce][XChaCha20-Poly1305 ciphertext+tag],
// each chunk sealed as it arrives (associated data: blob hash and offset), so no downloaded
// byte sits on disk in clear. A record torn by a crash is dropped at the next append.
#include <cstdint>
#include <functional>
#include <string>

#include "blobs/posix_file.h"
#include "crypto/secret_bytes.h"

namespace fg::sealed_partial {

struct Extent {
  std::uint64_t plain = 0;  // plaintext bytes in whole records: where the upload resumes
  std::uint64_t disk = 0;   // file bytes those records take
};
Extent measure(int fd, const std::filesystem::path& file);

void append(int fd, const std::filesystem::path& file, const SecretBytes& key, const std::string& hash,
            std::uint64_t plain_offset, ByteView chunk);

// Opens every whole record in order and hands out the plaintext; false (with the reason) when
// a record does not open.
bool read_all(int fd, const std::filesystem::path& file, const SecretBytes& key, const std::string& hash,
              const std::function<void(ByteView)>& sink, std::string* why);

}  // namespace fg::sealed_partial
