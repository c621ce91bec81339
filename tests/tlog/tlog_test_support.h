#pragma once
// Helpers for the tlog tests: a temp folder and deterministic leaf data.
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "crypto/sha256.h"

class TlogTempDir {
 public:
  TlogTempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "fairguard-tlog-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TlogTempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TlogTempDir(const TlogTempDir&) = delete;
  TlogTempDir& operator=(const TlogTempDir&) = delete;
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// A stand-in event hash: SHA-256 of "event <i> of <tag>".
inline fg::Digest fake_event_hash(std::uint64_t i, const std::string& tag = "fair") {
  return fg::sha256(fg::as_bytes("event " + std::to_string(i) + " of " + tag));
}
