#include "backup/backup_manifest.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace fg::relay {

namespace {

bool lower_hex(const std::string& s, std::size_t n) {
  return s.size() == n && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

bool BackupManifest::has(const std::string& path) const {
  return std::ranges::any_of(files, [&path](const auto& f) { return f.path == path; });
}

std::size_t BackupManifest::blob_count() const {
  return static_cast<std::size_t>(
      std::ranges::count_if(files, [](const auto& f) { return f.path.starts_with("blobs/"); }));
}

bool backup_path_allowed(const std::string& path) {
  static const std::set<std::string> fixed{
      "relay.json", "bureau.key", "log.key", "tls/cert.pem", "tls/key.pem", "relay.db", "console-access.jsonl"};
  if (fixed.contains(path)) return true;
  // blobs/ab/ab...: 6 + 3 + 64 characters, the folder the hash's first two digits.
  return path.size() == 73 && path.compare(0, 6, "blobs/") == 0 && path[8] == '/' && lower_hex(path.substr(9), 64) &&
         path.compare(6, 2, path, 9, 2) == 0;
}

Json BackupManifest::to_json() const {
  Json list = Json::array();
  for (const auto& f : files) list.push_back({{"path", f.path}, {"sha256", f.sha256}, {"size", f.size}});
  return {{"format", kBackupFormat},
          {"fair", fair},
          {"created_at", created_at},
          {"events", events},
          {"tree_size", tree_size},
          {"tree_root", tree_root},
          {"files", list}};
}

BackupManifest BackupManifest::from_json(const Json& j) {
  if (!j.is_object() || j.value("format", "") != kBackupFormat)
    throw std::runtime_error(std::string("not a relay backup (manifest format is not ") + std::string(kBackupFormat) +
                             ")");
  BackupManifest m;
  try {
    m.fair = j.at("fair").get<std::string>();
    m.created_at = j.at("created_at").get<std::string>();
    m.events = j.at("events").get<std::int64_t>();
    m.tree_size = j.at("tree_size").get<std::uint64_t>();
    m.tree_root = j.at("tree_root").get<std::string>();
    const auto& list = j.at("files");
    if (!list.is_array() || list.size() > kMaxBackupFiles) throw std::runtime_error("files is not a bounded list");
    std::set<std::string> seen;
    for (const auto& f : list) {
      BackupFile b{f.at("path").get<std::string>(), f.at("sha256").get<std::string>(),
                   f.at("size").get<std::uint64_t>()};
      if (!backup_path_allowed(b.path)) throw std::runtime_error("a relay folder holds no file '" + b.path + "'");
      if (!lower_hex(b.sha256, 64)) throw std::runtime_error(b.path + ": sha256 is not 64 lowercase hex digits");
      if (!seen.insert(b.path).second) throw std::runtime_error(b.path + " is listed twice");
      m.files.push_back(std::move(b));
    }
  } catch (const Json::exception& e) {
    throw std::runtime_error(std::string("manifest: ") + e.what());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(std::string("manifest: ") + e.what());
  }
  if (!lower_hex(m.tree_root, 64)) throw std::runtime_error("manifest: tree_root is not 64 lowercase hex digits");
  for (const char* needed : {"relay.json", "relay.db", "bureau.key", "log.key", "tls/cert.pem", "tls/key.pem"})
    if (!m.has(needed)) throw std::runtime_error(std::string("manifest: ") + needed + " is missing");
  return m;
}

}  // namespace fg::relay
