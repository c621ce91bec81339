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

class ZipBundle : public BundleSource {
 public:
  // Opens a zip file; throws std::runtime_error with libzip's reason if it is not one, and
  // refuses duplicate names and names that are absolute or climb out with "..".
  explicit ZipBundle(const std::filesystem::path& file);
  // A zip held in memory (the bytes must outlive this object).
  explicit ZipBundle(const std::string& zip_bytes);
  ~ZipBundle() override;
  ZipBundle(const ZipBundle&) = delete;
  ZipBundle& operator=(const ZipBundle&) = delete;

  std::vector<std::string> names() const override { return names_; }
  bool contains(const std::string& name) const override;
  std::optional<std::string> read(const std::string& name, std::string* why = nullptr) const override;
  std::optional<Digest> hash(const std::string& name, std::uint64_t* size = nullptr,
                             std::string* why = nullptr) const override;

 private:
  void index_names();
  // Streams one entry to `sink` in pieces; false and the reason on any read or CRC error.
  template <typename Sink>
  bool stream(const std::string& name, std::uint64_t limit, Sink&& sink, std::string* why) const;

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
