#pragma once
// The zip side of bundles, through libzip (Debian's libzip-dev): ZipBundle reads one,
// write_zip writes one.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bundle/bundle_source.h"

struct zip;
struct zip_source;

namespace fg {

// Bounds on a zip handed to the verifier (it may come from anyone). A bundle holds one case:
// a few hundred events, their proofs and photos or videos (a relay takes blobs up to 2 GiB).
inline constexpr std::uint64_t kMaxZipEntries = 100'000;
inline constexpr std::uint64_t kMaxZipEntryBytes = 4ull << 30;   // uncompressed, per entry
inline constexpr std::uint64_t kMaxZipTotalBytes = 64ull << 30;  // uncompressed, all entries
inline constexpr std::size_t kMaxZipNameBytes = 512;

struct ZipLimits {
  std::uint64_t entries = kMaxZipEntries;
  std::uint64_t entry_bytes = kMaxZipEntryBytes;
  std::uint64_t total_bytes = kMaxZipTotalBytes;
  std::size_t name_bytes = kMaxZipNameBytes;
};

class ZipBundle : public BundleSource {
 public:
  // Opens a zip file; throws std::runtime_error with libzip's reason if it is not one, and
  // refuses duplicate names, names that are absolute, climb out with "..", hold a control
  // character, an empty or "." part or are longer than limits.name_bytes, more than
  // limits.entries entries, and declared sizes past limits.entry_bytes or limits.total_bytes
  // (a file that turns out larger than declared is refused when read).
  explicit ZipBundle(const std::filesystem::path& file, const ZipLimits& limits = {});
  // A zip held in memory, read in place: the bytes must outlive this object, so a temporary
  // (which would leave libzip reading freed memory) does not compile.
  explicit ZipBundle(const std::string& zip_bytes, const ZipLimits& limits = {});
  explicit ZipBundle(std::string&& zip_bytes, const ZipLimits& limits = {}) = delete;
  ~ZipBundle() override;
  ZipBundle(const ZipBundle&) = delete;
  ZipBundle& operator=(const ZipBundle&) = delete;

  std::vector<std::string> names() const override { return names_; }
  bool contains(const std::string& name) const override;
  std::optional<std::string> read(const std::string& name, std::string* why = nullptr) const override;
  std::optional<Digest> hash(const std::string& name, std::uint64_t* size = nullptr,
                             std::string* why = nullptr) const override;
  // Writes one entry to `file` (replacing it) and returns the SHA-256 of the bytes written,
  // within the same bounds as read(); nullopt and the reason otherwise (the file may be partial).
  std::optional<Digest> extract(const std::string& name, const std::filesystem::path& file,
                                std::uint64_t* size = nullptr, std::string* why = nullptr) const;

 private:
  void index_or_discard();
  void index_names();
  // Streams one entry to `sink` in pieces; false and the reason on any read or CRC error.
  template <typename Sink>
  bool stream(const std::string& name, std::uint64_t limit, Sink&& sink, std::string* why) const;

  ZipLimits limits_;
  zip* archive_ = nullptr;
  std::vector<std::string> names_;
};

// One file to put in a zip: bytes in memory, or a file on disk streamed in (blobs).
struct ZipEntry {
  std::string name;
  std::string data;
  std::filesystem::path file;  // used when not empty
  bool compress = true;        // photos and videos are stored as they are
};

// Writes `out` through a temp file renamed into place, so a failed export leaves no partial
// zip under the final name. Every entry gets the modification time `mtime` (reproducible
// bundles). Throws std::runtime_error with libzip's reason.
void write_zip(const std::filesystem::path& out, const std::vector<ZipEntry>& entries, std::int64_t mtime_unix);

}  // namespace fg
