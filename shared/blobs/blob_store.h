#pragma once
// Content-addressed blob store: photos, documents and signatures stored as files named by the
// SHA-256 of their bytes (so `sha256sum` on an exported file matches the event that cites it).
// Writes are durable and atomic: temp file, fsync, rename, fsync the folder. Data streams in
// and out in pieces, so a 50 MB video never sits whole in memory. Reads verify the hash.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>

#include "crypto/bytes.h"
#include "crypto/sha256.h"

namespace fg {

struct BlobInfo {
  std::string hash;  // lowercase hex SHA-256
  std::uint64_t size = 0;
};

class BlobStore {
 public:
  // Creates the folder if needed; removes temp files a killed writer left behind.
  explicit BlobStore(std::filesystem::path root);

  // Streams `in` to a temp file while hashing, then commits it under its hash.
  // Throws std::runtime_error (with errno text) on I/O failure, e.g. a full disk; nothing is
  // left half-written under a hash name.
  BlobInfo put(std::istream& in);
  BlobInfo put(ByteView bytes);
  BlobInfo put_file(const std::filesystem::path& file);

  bool contains(const std::string& hash) const;
  std::optional<std::uint64_t> size(const std::string& hash) const;
  std::filesystem::path path_of(const std::string& hash) const;

  // Streams the blob to `out`, hashing as it goes. Returns false (and says why) if the blob is
  // missing or its bytes no longer match its name; `out` may then hold a partial copy.
  [[nodiscard]] bool read(const std::string& hash, std::ostream& out, std::string* why = nullptr) const;
  // Re-hashes the stored file.
  [[nodiscard]] bool verify(const std::string& hash, std::string* why = nullptr) const;

  // Resumable upload of a blob whose hash is known in advance (sync): chunks are appended to
  // a partial file; the partial survives restarts; commit checks the hash.
  std::uint64_t partial_size(const std::string& hash) const;
  void append_partial(const std::string& hash, std::uint64_t offset, ByteView chunk);
  // Verifies the completed partial against `hash` and commits it; on mismatch deletes the
  // partial and returns false.
  [[nodiscard]] bool commit_partial(const std::string& hash, std::string* why = nullptr);

  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

}  // namespace fg
