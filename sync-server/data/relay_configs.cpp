// RelayData: the signed fair configurations, kept as signed so that version-2 events can be
// checked against the one they name (docs/event-format.md, "Version 2").
#include <SQLiteCpp/Transaction.h>

#include "crypto/sha256.h"
#include "data/relay_data.h"
#include "fairconfig/event_signers.h"

namespace fg::relay {

namespace {
constexpr std::size_t kMaxCheckedConfigs = 16;  // parsed copies kept in memory

std::optional<std::string> first_wire(SQLite::Statement& q) {
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}
std::optional<std::string> wire_of_version(SQLite::Database& db, std::int64_t version) {
  SQLite::Statement q(db, "SELECT wire FROM relay_configs WHERE version=?");
  q.bind(1, version);
  return first_wire(q);
}
std::optional<std::string> wire_of_sha256(SQLite::Database& db, const std::string& sha256) {
  SQLite::Statement q(db, "SELECT wire FROM relay_configs WHERE sha256=?");
  q.bind(1, sha256);
  return first_wire(q);
}
}  // namespace

std::shared_ptr<const SignedConfig> RelayData::signed_fair_config_shared() {
  std::lock_guard lock(mutex_);
  // Every sync announces the configuration: sign and hash each version once (a fair of
  // 30,000 booths makes about 4.4 MB of JSON), and keep it: a version is served with the same
  // bytes by every process and after a restart. Another process's change bumps the version.
  std::int64_t version = config_version();
  if (signed_config_ && signed_config_->version == version) return signed_config_;
  auto wire = wire_of_version(db_, version);
  if (!wire) {
    // fair_config() reads the version again in its own snapshot: sign and keep that one.
    const FairConfig c = fair_config();
    const std::string signed_wire = sign_fair_config(c, *bureau_key_);
    SQLite::Statement ins(db_, "INSERT OR IGNORE INTO relay_configs(sha256, version, wire, signed_at) VALUES(?,?,?,?)");
    ins.bind(1, sha256_hex(as_bytes(signed_wire)));
    ins.bind(2, c.version);
    ins.bind(3, signed_wire);
    ins.bind(4, now_ms());
    ins.exec();
    // Another process may have signed this version first: serve the bytes that were kept.
    version = c.version;
    wire = wire_of_version(db_, version);
    if (!wire) wire = signed_wire;
  }
  auto fresh = std::make_shared<SignedConfig>();
  fresh->wire = std::move(*wire);
  fresh->sha256 = sha256_hex(as_bytes(fresh->wire));
  fresh->version = version;
  signed_config_ = std::move(fresh);
  return signed_config_;
}

std::optional<std::string> RelayData::signed_config_by_sha256(std::string_view sha256) {
  std::lock_guard lock(mutex_);
  return wire_of_sha256(db_, std::string(sha256));
}

std::optional<std::string> RelayData::officer_refusal(const SignedEvent& e) {
  if (e.event.v != kEventVersionOfficerSigned) return std::nullopt;  // version 1: device-signed only
  std::shared_ptr<const FairConfig> config;
  {
    std::lock_guard lock(checked_configs_mutex_);
    if (auto it = checked_configs_.find(e.event.config); it != checked_configs_.end()) config = it->second;
  }
  if (!config) {
    // Read on the event store's connection (this runs inside its import transaction): taking
    // the relay's own lock here could deadlock with a revocation, which holds it and then
    // waits for the store.
    const auto wire = wire_of_sha256(events_->database(), e.event.config);
    if (!wire)
      return "configuration " + e.event.config.substr(0, 16) + " is not one this relay signed for fair " +
             settings_.fair_id;
    auto verified = verify_fair_config(*wire, bureau_key_->public_key());
    if (!verified) return "configuration " + e.event.config.substr(0, 16) + " does not verify: " + verified.detail;
    config = std::make_shared<const FairConfig>(std::move(*verified.config));
    std::lock_guard lock(checked_configs_mutex_);
    if (checked_configs_.size() >= kMaxCheckedConfigs) checked_configs_.clear();
    checked_configs_.emplace(e.event.config, config);
  }
  return officer_signature_refusal(e, *config);
}

}  // namespace fg::relay
