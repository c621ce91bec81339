#include "fairconfig/config_shelf.h"

#include "crypto/sha256.h"
#include "fairconfig/event_signers.h"

namespace fg {

std::optional<std::string> ConfigShelf::add(const std::string& wire, const PublicKey& bureau) {
  const std::string sha = sha256_hex(as_bytes(wire));
  if (has(sha)) return std::nullopt;
  VerifiedConfig v = verify_fair_config(wire, bureau);  // outside the lock: 4 MB take a while
  if (!v) return "configuration " + sha.substr(0, 16) + " does not verify: " + describe(v.error) + " " + v.detail;
  put(sha, std::move(*v.config));
  return std::nullopt;
}

void ConfigShelf::put(const std::string& sha256, FairConfig config) {
  std::lock_guard lock(mutex_);
  if (configs_.contains(sha256)) return;
  if (configs_.size() >= kMaxConfigs && !added_order_.empty()) {
    configs_.erase(added_order_.begin()->second);
    added_order_.erase(added_order_.begin());
  }
  configs_.emplace(sha256, std::make_shared<const FairConfig>(std::move(config)));
  added_order_.emplace(next_++, sha256);
}

bool ConfigShelf::has(const std::string& sha256) const { return find(sha256) != nullptr; }

std::shared_ptr<const FairConfig> ConfigShelf::find(const std::string& sha256) const {
  std::lock_guard lock(mutex_);
  auto it = configs_.find(sha256);
  return it == configs_.end() ? nullptr : it->second;
}

std::optional<std::string> ConfigShelf::refusal(const SignedEvent& e) const {
  if (e.event.v != kEventVersionOfficerSigned) return std::nullopt;
  const auto config = find(e.event.config);
  if (!config) return "configuration " + e.event.config.substr(0, 16) + " is not one this station holds";
  return officer_signature_refusal(e, *config);
}

}  // namespace fg
