#pragma once
// What the console reads, on a read-only SQLite connection of its own (never the sync
// server's), from the console's one worker thread: the fair's settings, the stations, the
// staff, and the case fold, folded again only when another connection committed since the
// last read (PRAGMA data_version).
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cases/case_fold.h"
#include "console/access_log.h"
#include "console/review_store.h"
#include "console/staff_store.h"
#include "data/relay_data.h"
#include "data/relay_settings.h"

namespace fg::relay::console {

struct StationRow {
  std::string code, name, key;
  std::int64_t enrolled_at = 0;
  std::optional<std::int64_t> last_sync_at, revoked_at;
  std::int64_t events = 0;  // events of its chain the relay holds
};

// A station's chain forked: it signed two different events with one seq (a cloned or tampered
// tablet). The relay keeps the first and records the other (the store's forks table).
// A revoked station that proved its key and was refused (relay_revoked_attempts).
struct RevokedAttemptRow {
  std::string station, name;  // code and name
  std::int64_t attempts = 0, last_at = 0;
  std::string last_address;
};

struct ForkRow {
  std::string station;  // its code, or the key when not enrolled here
  std::int64_t seq = 0, detected_at = 0;
};

class ConsoleData {
 public:
  explicit ConsoleData(const std::filesystem::path& data_dir);
  const RelaySettings& settings() const { return settings_; }
  std::vector<StationRow> stations();
  std::vector<ForkRow> forks(int limit = 100);                       // newest first
  std::vector<RevokedAttemptRow> revoked_attempts(int limit = 100);  // the latest attempt first
  StaffStore& staff() { return staff_; }
  // The working view's fold (without events set aside by a revocation), kept up to date with
  // the events stored since the last call (CaseFolder: only their cases are folded again).
  const FoldResult& fold();
  // The fair's halls and every hall a case names, sorted, of the latest fold (for the filter).
  const std::vector<std::string>& halls() {
    fold();
    return halls_;
  }
  // The store's version (SQLite data_version) the latest fold() read: anything committed since
  // by another connection (a sync, an admin command) gives another one.
  std::optional<std::int64_t> version() const { return folded_version_; }
  std::int64_t folds() const { return folds_; }  // how often it was folded whole (tests, logs)
  // Officer id -> name, from the roster.
  std::map<std::string, std::string> officer_names();
  // A RelayData of the console's own (connections apart from the sync server's, as an admin
  // command in another process would have): blobs, papers, bundles and the bureau key.
  RelayData& relay() { return relay_; }
  AccessLog& access_log() { return access_log_; }
  // The review marks, on a read-write connection of their own (the one thing the console writes
  // to relay.db).
  ReviewStore& reviews() { return reviews_; }

 private:
  RelaySettings settings_;
  RelayData relay_;
  AccessLog access_log_;
  ReviewStore reviews_;
  SQLite::Database db_;
  StaffStore staff_{db_};
  struct ChainHead {
    std::int64_t max_seq = 0, count = 0;
  };
  // Adds each device's events stored after its known head; false if the store changed in a
  // way that needs a whole fold.
  bool fold_new_events();
  std::optional<std::int64_t> folded_version_;
  std::unique_ptr<CaseFolder> folder_;  // keeps a copy of every folded event
  std::map<std::string, ChainHead> heads_;
  std::string revocations_;
  std::vector<std::string> halls_;
  std::int64_t folds_ = 0;
};

}  // namespace fg::relay::console
