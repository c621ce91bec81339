#include <SQLiteCpp/Database.h>
#include <sys/stat.h>
#include <unistd.h>

#include <set>

#include "backup/relay_backup.h"
#include "console/access_log.h"
#include "bundle/zip_bundle.h"
#include "data/relay_data.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

namespace fs = std::filesystem;

namespace {

// Removes the folder again unless the restore finished.
class Undo {
 public:
  Undo(fs::path dir, bool existed) : dir_(std::move(dir)), existed_(existed) {}
  ~Undo() {
    if (done_) return;
    std::error_code ignored;
    if (existed_) {
      for (const auto& e : fs::directory_iterator(dir_, ignored)) fs::remove_all(e.path(), ignored);
    } else {
      fs::remove_all(dir_, ignored);
    }
  }
  Undo(const Undo&) = delete;
  Undo& operator=(const Undo&) = delete;
  void done() { done_ = true; }

 private:
  fs::path dir_;
  bool existed_;
  bool done_ = false;
};

ZipLimits backup_limits() {
  ZipLimits l;
  l.entries = kMaxBackupFiles + 1;
  l.entry_bytes = 1ull << 40;  // relay.db of a large fair, blobs up to 2 GiB
  l.total_bytes = 1ull << 44;
  return l;
}

BackupManifest read_manifest(const ZipBundle& zip) {
  std::uint64_t size = 0;
  std::string why;
  if (!zip.hash(kManifestName, &size, &why))
    throw std::runtime_error(std::string("not a relay backup: ") + kManifestName + " " + why);
  if (size > kMaxManifestBytes) throw std::runtime_error("manifest.json is larger than any relay's");
  const auto text = zip.read(kManifestName, &why);
  if (!text) throw std::runtime_error("manifest.json: " + why);
  Json j = Json::parse(*text, nullptr, false);
  if (j.is_discarded()) throw std::runtime_error("manifest.json is not valid JSON");
  BackupManifest m = BackupManifest::from_json(j);
  // Exactly the listed files: nothing unlisted is unpacked.
  std::set<std::string> listed{kManifestName};
  for (const auto& f : m.files) listed.insert(f.path);
  for (const auto& name : zip.names())
    if (!listed.contains(name))
      throw std::runtime_error("the backup holds " + name + ", which its manifest does not list");
  return m;
}

}  // namespace

void report_retirement(std::ostream& log, const LogRetirement& r, std::int64_t config_version) {
  log << "retired the transparency log " << r.old_key << " at its size " << r.last_head.head.size
      << "; the new log key is " << r.new_key << " (the same events, heads signed anew), announced in configuration "
      << config_version << ": stations move to it at their next sync\n";
}

BackupManifest restore_relay(const fs::path& from, const fs::path& dir, std::ostream& log, bool keep_log) {
  const bool existed = fs::exists(dir);
  if (existed && (!fs::is_directory(dir) || !fs::is_empty(dir)))
    throw std::runtime_error(dir.string() + " already exists and is not empty: restore only into a new folder");
  const ZipBundle zip(from, backup_limits());
  BackupManifest m = read_manifest(zip);
  Undo undo(dir, existed);
  fs::create_directories(dir / "tls");
  fs::create_directories(dir / "blobs");
  ::chmod(dir.c_str(), 0700);
  const BackupFile* settings = nullptr;
  for (const auto& f : m.files) {
    if (f.path == "relay.json") {
      settings = &f;  // last: its presence marks a complete folder
      continue;
    }
    fs::create_directories((dir / f.path).parent_path());
    std::uint64_t size = 0;
    std::string why;
    const auto digest = zip.extract(f.path, dir / f.path, &size, &why);
    if (!digest) throw std::runtime_error(f.path + ": " + why);
    if (to_hex(*digest) != f.sha256 || size != f.size)
      throw std::runtime_error(f.path + " does not match the manifest (damaged backup): nothing restored");
    if (f.path.ends_with(".key") || f.path == "tls/key.pem") ::chmod((dir / f.path).c_str(), 0600);
  }
  std::uint64_t size = 0;
  std::string why;
  const auto digest = zip.extract(settings->path, dir / settings->path, &size, &why);
  if (!digest || to_hex(*digest) != settings->sha256 || size != settings->size)
    throw std::runtime_error("relay.json does not match the manifest (damaged backup): nothing restored");
  ::sync();  // the restored folder is on disk before anyone serves it
  {
    RelayData data(dir);
    if (data.fair_id() != m.fair)
      throw std::runtime_error("relay.json names fair " + data.fair_id() + ", the manifest " + m.fair);
    auto& tlog = data.log();
    if (tlog.size() != m.tree_size || to_hex(tlog.root(m.tree_size)) != m.tree_root)
      throw std::runtime_error("the restored transparency log is not the one the manifest names");
    if (data.events().event_count() != m.events)
      throw std::runtime_error("the restored relay.db does not hold the manifest's event count");
    // The console's access log continues from its last line when the console starts here.
    if (m.has(console::kAccessLogFile)) {
      if (auto bad = console::verify_access_log(dir / console::kAccessLogFile, data.bureau_key().public_key()))
        log << "warning: " << console::kAccessLogFile << " does not verify (" << *bad << "): restored as it was\n";
      else
        log << console::kAccessLogFile << ": chain and signatures verified\n";
    }
    if (!keep_log) {
      const LogRetirement r = data.retire_log();
      report_retirement(log, r, data.config_version());
    }
  }
  undo.done();
  log << "restored fair " << m.fair << " from the backup of " << m.created_at << " into " << dir.string() << ": "
      << m.events << " events, " << m.blob_count() << " blobs, transparency log size " << m.tree_size << " root "
      << m.tree_root << "\n"
      << "Stations that synced after " << m.created_at << " push again what this backup lacks at their next sync"
      << (keep_log ? "" : ", move to the new log") << " (docs/relay-admin.md, \"Backup and restore\").\n";
  return m;
}

}  // namespace fg::relay
