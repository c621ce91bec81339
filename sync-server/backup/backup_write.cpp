#include <SQLiteCpp/Database.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <fstream>
#include <set>

#include "backup/relay_backup.h"
#include "bundle/zip_bundle.h"
#include "console/access_log.h"
#include "crypto/sha256.h"
#include "data/relay_data.h"
#include "ledger/hlc.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

namespace fs = std::filesystem;

namespace {

// A folder beside `out` (same file system) removed with what it holds.
class Staging {
 public:
  explicit Staging(const fs::path& out) {
    std::string pattern = (fs::absolute(out).parent_path() / ".fairguard-backup-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot make a staging folder beside " + out.string());
    path_ = pattern;
  }
  ~Staging() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

BackupFile describe_file(const fs::path& file, const std::string& name) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  Sha256 h;
  std::vector<char> buffer(1 << 20);
  std::uint64_t size = 0;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    h.update(ByteView(reinterpret_cast<const std::uint8_t*>(buffer.data()), n));
    size += n;
  }
  return {name, to_hex(h.finish()), size};
}

}  // namespace

BackupManifest backup_relay(const fs::path& dir, const fs::path& out, std::ostream& log) {
  RelayData data(dir);  // checks it is a complete relay folder
  Staging staging(out);
  BackupManifest m;
  m.fair = data.fair_id();
  m.created_at = iso_utc(HybridClock::system_millis());
  {
    // One read snapshot of the whole database, WAL included; stations keep writing meanwhile.
    SQLite::Database source((dir / "relay.db").string(), SQLite::OPEN_READONLY);
    source.setBusyTimeout(10000);
    source.backup((staging.path() / "relay.db").c_str(), SQLite::Database::Save);
  }
  {
    SQLite::Database snapshot((staging.path() / "relay.db").string(), SQLite::OPEN_READWRITE);
    snapshot.exec("PRAGMA journal_mode=DELETE");  // one self-contained file in the zip
    m.events = snapshot.execAndGet("SELECT count(*) FROM events").getInt64();
    TransparencyLog tlog(snapshot);
    m.tree_size = tlog.size();
    m.tree_root = to_hex(tlog.root(m.tree_size));
  }
  std::vector<ZipEntry> entries;
  for (const char* name : {"relay.json", "bureau.key", "log.key", "tls/cert.pem", "tls/key.pem"}) {
    m.files.push_back(describe_file(dir / name, name));
    entries.push_back({name, "", dir / name, true});
  }
  m.files.push_back(describe_file(staging.path() / "relay.db", "relay.db"));
  entries.push_back({"relay.db", "", staging.path() / "relay.db", true});
  // Committed blobs only (not tmp/ or partial/): a blob is renamed into place once whole and
  // never changes after, so copying while stations upload is safe.
  std::size_t left_out = 0;
  const fs::path blobs = dir / "blobs";
  for (const auto& sub : fs::directory_iterator(blobs)) {
    const std::string folder = sub.path().filename().string();
    if (!sub.is_directory() || folder.size() != 2) continue;
    for (const auto& f : fs::directory_iterator(sub.path())) {
      const std::string name = "blobs/" + folder + "/" + f.path().filename().string();
      if (!f.is_regular_file() || !backup_path_allowed(name)) continue;
      BackupFile b = describe_file(f.path(), name);
      if (b.sha256 != f.path().filename().string()) {
        log << "warning: blob " << name << " does not match its name (damaged on disk): left out\n";
        ++left_out;
        continue;
      }
      m.files.push_back(b);
      entries.push_back({name, "", f.path(), false});  // photos are compressed already
    }
  }
  // The console's access log (docs/console.md), when there is one: its complete lines as they
  // are now. The console appends each line with one write, so a line cut at the end is one
  // being written, left for the next backup. A broken chain is copied as it is (it is the
  // evidence) and reported.
  if (const fs::path access = dir / console::kAccessLogFile; fs::exists(access)) {
    std::ifstream in(access, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.eof() && in.fail()) throw std::runtime_error("cannot read " + access.string());
    const auto end = text.rfind('\n');
    text.resize(end == std::string::npos ? 0 : end + 1);
    const fs::path copy = staging.path() / console::kAccessLogFile;
    std::ofstream(copy, std::ios::binary) << text;
    if (auto bad = console::verify_access_log(copy, data.bureau_key().public_key()))
      log << "warning: " << console::kAccessLogFile << " does not verify (" << *bad << "): copied as it is\n";
    m.files.push_back(describe_file(copy, console::kAccessLogFile));
    entries.push_back({console::kAccessLogFile, "", copy, true});
  }
  entries.insert(entries.begin(), ZipEntry{kManifestName, m.to_json().dump(1), {}, true});
  const mode_t old_mask = ::umask(077);  // the zip holds the bureau's keys
  try {
    write_zip(out, entries, HybridClock::system_millis() / 1000);
  } catch (...) {
    ::umask(old_mask);
    throw;
  }
  ::umask(old_mask);
  ::chmod(out.c_str(), 0600);
  data.record_backup(HybridClock::system_millis());
  log << "backup of fair " << m.fair << " written to " << out.string() << ": " << m.events << " events, "
      << m.blob_count() << " blobs, transparency log size " << m.tree_size << " root " << m.tree_root << "\n";
  if (left_out > 0) log << left_out << " damaged blob(s) left out: stations upload them again when asked\n";
  return m;
}

}  // namespace fg::relay
