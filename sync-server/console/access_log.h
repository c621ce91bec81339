#pragma once
// The console's chain of custody (docs/console.md, "Access log"): every case view, evidence or
// paper download and bundle export, with who, when and from which address, appended as one
// line of canonical JSON to DIR/console-access.jsonl. Each line carries the hash of the line
// before it and an Ed25519 signature of the bureau key over its own bytes, so a changed,
// removed or reordered line breaks the chain for anyone holding the bureau's public key.
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "crypto/keys.h"
#include "ledger/canonical.h"

namespace fg::relay::console {

struct AccessEntry {
  std::int64_t at = 0;  // ms UTC
  std::string user, role, address;
  std::string action;  // case.view, evidence.download, paper.download, bundle.download, access_log.view
  std::string case_number;
  std::string object;  // the blob's hash, the paper's kind; empty otherwise
};

// The log could not be written (a full disk, a file made read-only): whatever needed the
// record is not done; the console answers 503 (docs/console.md, "Access log").
class AccessLogError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline constexpr const char* kAccessLogFile = "console-access.jsonl";
inline constexpr const char* kAccessLogGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

class AccessLog {
 public:
  // Continues the chain of an existing file (its last line gives seq and hash); throws
  // AccessLogError when that line is damaged.
  AccessLog(std::filesystem::path file, const KeyPair& key);
  // Appends one signed line and syncs it to disk, under an exclusive flock of the file so that
  // processes sharing it (serve, `export --case`) continue one chain; throws AccessLogError if
  // it cannot, so
  // that nothing is shown or handed out without its record.
  void record(const AccessEntry& entry);
  // The newest lines first, at most `max`, only those of `case_number` when not empty; read
  // from the file's last 4 MiB.
  std::vector<Json> recent(std::size_t max, const std::string& case_number = {}) const;

 private:
  void read_head();  // seq and hash of the file's last line (throws AccessLogError when damaged)
  std::filesystem::path file_;
  const KeyPair& key_;
  std::mutex mutex_;
  std::int64_t seq_ = 0;
  std::string last_hash_ = kAccessLogGenesis;
};

// The lines of `file` that name `case_number`, exactly as written, each ending in a newline
// (at most kMaxAccessRecordLines, the oldest first): a case bundle's access-log.jsonl. Empty
// when there are none or no file.
std::string case_access_lines(const std::filesystem::path& file, std::string_view case_number);

// Checks a whole file: each line canonical, its hash and signature right, seq counting from 1
// and prev naming the line before. nullopt when all is well, else which line is wrong and why.
std::optional<std::string> verify_access_log(const std::filesystem::path& file, const PublicKey& bureau_key);

}  // namespace fg::relay::console
