#pragma once
// Where a bundle's files come from when it is checked: a zip (ZipBundle) or memory
// (MemoryBundle, for tests and for checking before writing).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "crypto/sha256.h"

namespace fg {

class BundleSource {
 public:
  virtual ~BundleSource() = default;
  // Every file name, sorted; a source with duplicate or unsafe names throws on construction.
  virtual std::vector<std::string> names() const = 0;
  virtual bool contains(const std::string& name) const = 0;
  // A small file's bytes (manifest, keys, events, proofs: capped at kMaxSmallFile). nullopt
  // and the reason if missing, too large or unreadable (e.g. a zip CRC error).
  virtual std::optional<std::string> read(const std::string& name, std::string* why = nullptr) const = 0;
  // Streams a file of any size through SHA-256.
  virtual std::optional<Digest> hash(const std::string& name, std::uint64_t* size = nullptr,
                                     std::string* why = nullptr) const = 0;

  static constexpr std::uint64_t kMaxSmallFile = 16u << 20;
};

class MemoryBundle : public BundleSource {
 public:
  MemoryBundle() = default;
  explicit MemoryBundle(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  // Copies every file of another source (small and large alike: for tests).
  static MemoryBundle copy_of(const BundleSource& source);

  std::vector<std::string> names() const override;
  bool contains(const std::string& name) const override { return files_.contains(name); }
  std::optional<std::string> read(const std::string& name, std::string* why = nullptr) const override;
  std::optional<Digest> hash(const std::string& name, std::uint64_t* size = nullptr,
                             std::string* why = nullptr) const override;

  std::map<std::string, std::string>& files() { return files_; }
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace fg
