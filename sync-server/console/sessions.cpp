#include "console/sessions.h"

#include <sodium.h>

#include "crypto/bytes.h"
#include "crypto/secretstream.h"
#include "crypto/sha256.h"

namespace fg::relay::console {

namespace {
std::string key_of(const std::string& id) { return sha256_hex(as_bytes(id)); }
}  // namespace

std::string SessionStore::create(const std::string& user, StaffRole role, std::int64_t now_ms) {
  if (sessions_.size() >= kMaxSessions) {
    auto oldest = sessions_.begin();
    for (auto it = sessions_.begin(); it != sessions_.end(); ++it)
      if (it->second.last_seen < oldest->second.last_seen) oldest = it;
    sessions_.erase(oldest);
  }
  std::string id = to_hex(random_bytes(32));
  sessions_[key_of(id)] = Session{user, role, to_hex(random_bytes(32)), now_ms, now_ms};
  return id;
}

Session* SessionStore::find(const std::string& id, std::int64_t now_ms) {
  if (id.size() != 64) return nullptr;
  auto it = sessions_.find(key_of(id));
  if (it == sessions_.end()) return nullptr;
  Session& s = it->second;
  if (now_ms - s.last_seen > kIdleMs || now_ms - s.created_at > kLifetimeMs) {
    sessions_.erase(it);
    return nullptr;
  }
  s.last_seen = now_ms;
  return &s;
}

void SessionStore::end(const std::string& id) { sessions_.erase(key_of(id)); }

void SessionStore::end_user(std::string user) {
  std::erase_if(sessions_, [&](const auto& kv) { return kv.second.user == user; });
}

bool same_secret(const std::string& a, const std::string& b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace fg::relay::console
