#pragma once
// What a relay backup holds (docs/relay-admin.md, "Backup and restore"): one zip with
// manifest.json and the files it lists, each with its SHA-256 and size:
//   relay.json, bureau.key, log.key, tls/cert.pem, tls/key.pem   the folder's settings and keys
//   relay.db                                                       a consistent SQLite snapshot
//   blobs/<2 hex>/<sha256 hex>                                     every committed blob
//   console-access.jsonl                                           the console's access log, if any
// The manifest also names the snapshot's transparency-log head (size, root), so a restore can
// prove that it serves the same log.
#include <cstdint>
#include <string>
#include <vector>

#include "ledger/canonical.h"

namespace fg::relay {

inline constexpr std::string_view kBackupFormat = "fairguard-relay-backup-1";
inline constexpr const char* kManifestName = "manifest.json";
// Bounds on a backup read back (it may have been damaged or swapped on its way).
inline constexpr std::uint64_t kMaxBackupFiles = 10'000'000;
inline constexpr std::uint64_t kMaxManifestBytes = 2ull << 30;

struct BackupFile {
  std::string path;  // inside the folder, '/'-separated
  std::string sha256;
  std::uint64_t size = 0;
};

struct BackupManifest {
  std::string fair;
  std::string created_at;  // ISO 8601 UTC
  std::int64_t events = 0;
  std::uint64_t tree_size = 0;
  std::string tree_root;  // hex; of the empty tree when tree_size is 0
  std::vector<BackupFile> files;

  bool has(const std::string& path) const;
  std::size_t blob_count() const;  // the files under blobs/

  Json to_json() const;
  // Throws std::runtime_error saying what is wrong: the format, a field, a path that is not
  // one a relay folder holds (so nothing lands outside the new folder), a duplicate.
  static BackupManifest from_json(const Json& j);
};

// True for the paths a backup may hold (the list above).
bool backup_path_allowed(const std::string& path);

}  // namespace fg::relay
