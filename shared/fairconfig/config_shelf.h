#pragma once
// The bureau-signed fair configurations a station holds, by the SHA-256 of their signed text:
// the one in force, and those that other stations' version-2 events name (fetched from the
// relay when pulled). A station checks each pulled version-2 event against the one it names,
// as the relay did on receipt (docs/event-format.md, "Version 2"). Bounded; thread-safe (the
// sync adds and checks on its own thread).
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "crypto/keys.h"
#include "fairconfig/fair_config.h"
#include "ledger/event.h"

namespace fg {

class ConfigShelf {
 public:
  static constexpr std::size_t kMaxConfigs = 16;  // parsed copies held; the oldest goes first

  // Verifies `wire` with `bureau` and keeps it. The reason when it does not verify.
  std::optional<std::string> add(const std::string& wire, const PublicKey& bureau);
  // Keeps a configuration the caller verified already (`sha256` of its signed text).
  void put(const std::string& sha256, FairConfig config);
  bool has(const std::string& sha256) const;
  std::shared_ptr<const FairConfig> find(const std::string& sha256) const;

  // Why a version-2 event does not hold against the configuration it names (which must be
  // here: has()), in the words of officer_signature_refusal; nullopt when it holds or is v1.
  std::optional<std::string> refusal(const SignedEvent& e) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const FairConfig>> configs_;
  std::map<std::uint64_t, std::string> added_order_;  // for dropping the oldest
  std::uint64_t next_ = 0;
};

}  // namespace fg
