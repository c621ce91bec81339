#pragma once
// A fresh folder under the system temp dir, removed with everything in it at scope exit.
#include <filesystem>
#include <string>

namespace fg::test {

class TempDir {
 public:
  // The folder is named <prefix>-XXXXXX (mkdtemp), so a leftover one says which test made it.
  explicit TempDir(const std::string& prefix = "fairguard-test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::filesystem::path& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace fg::test
