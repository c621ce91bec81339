#pragma once
// Content-addressed blob store: photos, documents and signatures stored as files named by the
// SHA-256 of their bytes (so `sha256sum` on an exported file matches the event that cites it).
// Writes are durable and atomic: temp file, fsync, rename, fsync the folder. Data streams in
// and out in pieces, so a 50 MB video never sits whole in memory. Reads verify the hash.
// With a key (the station, docs/station.md "At rest"), every file is a secretstream
// (XChaCha20-Poly1305) of the blob, still named by the SHA-256 of the plain bytes; sizes,
// offsets and reads are in plain bytes, and reads decrypt and re-hash.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "crypto/bytes.h"
#include "crypto/secret_bytes.h"
#include "crypto/sha256.h"

namespace fg {

struct BlobInfo {
  std::string hash;  // lowercase hex SHA-256
  std::uint64_t size = 0;
};

class BlobStore {
 public:
  // Creates the folder if needed; removes temp files a killed writer left behind. With a key,
  // a folder of plain blobs is sealed in place on first open; an encrypted folder opened
  // without a key throws std::runtime_error saying so.
  explicit BlobStore(std::filesystem::path root, std::shared_ptr<const SecretBytes> key = {});
  bool encrypted() const { return key_ != nullptr; }

  // Streams `in` to a temp file while hashing, then commits it under its hash.
  // Throws std::runtime_error (with errno text) on I/O failure, e.g. a full disk; nothing is
  // left half-written under a hash name.
  BlobInfo put(std::istream& in);
  BlobInfo put(ByteView bytes);
  BlobInfo put_file(const std::filesystem::path& file);

  bool contains(const std::string& hash) const;
  // Size of the blob's plain bytes.
  std::optional<std::uint64_t> size(const std::string& hash) const;
  // The stored file: the blob itself only when not encrypted. Read through read()/export_to().
  std::filesystem::path path_of(const std::string& hash) const;

  // Streams the blob to `out`, hashing as it goes. Returns false (and says why) if the blob is
  // missing or its bytes no longer match its name; `out` may then hold a partial copy.
  [[nodiscard]] bool read(const std::string& hash, std::ostream& out, std::string* why = nullptr) const;
  // The plain bytes from `offset` on, in pieces, to `sink` (sync uploads resume this way); the
  // whole blob is still checked against its name: false (and why) when it does not match.
  [[nodiscard]] bool read_from(const std::string& hash, std::uint64_t offset, const std::function<void(ByteView)>& sink,
                               std::string* why = nullptr) const;
  // Writes a plain copy to `file` (mode 0600), e.g. to show a document in a viewer.
  [[nodiscard]] bool export_to(const std::string& hash, const std::filesystem::path& file,
                               std::string* why = nullptr) const;
  // Re-hashes the stored file.
  [[nodiscard]] bool verify(const std::string& hash, std::string* why = nullptr) const;

  // Resumable upload of a blob whose hash is known in advance (sync): chunks are appended to
  // a partial file; the partial survives restarts; commit checks the hash.
  // `owner` (1 to 64 lowercase hex digits, e.g. the uploading device's key; empty: none) gives
  // each uploader its own partial (partial/<owner>/<hash>), so what one uploader sends never
  // touches another's upload of the same blob (the relay, docs/sync-protocol.md).
  std::uint64_t partial_size(const std::string& hash, std::string_view owner = {}) const;
  void append_partial(const std::string& hash, std::uint64_t offset, ByteView chunk, std::string_view owner = {});
  // Verifies the completed partial against `hash` and commits it; on mismatch deletes the
  // partial and returns false.
  [[nodiscard]] bool commit_partial(const std::string& hash, std::string* why = nullptr, std::string_view owner = {});

  const std::filesystem::path& root() const { return root_; }

 private:
  void seal_plain_blobs();
  // partial/<hash> or partial/<owner>/<hash>; throws std::invalid_argument for a bad name.
  std::filesystem::path partial_path(const std::string& hash, std::string_view owner) const;
  std::filesystem::path root_;
  std::shared_ptr<const SecretBytes> key_;
};

}  // namespace fg
