#pragma once
// Console sign-in sessions, in memory (a relay restart signs everyone out). The cookie holds
// 32 random bytes; the store keeps only their SHA-256, so a lookup's timing says nothing
// about a valid id. Each session has its own CSRF token for the forms it is shown.
// Used on the console's one worker thread only: no locking.
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "console/staff_store.h"

namespace fg::relay::console {

struct Session {
  std::string user;
  StaffRole role = StaffRole::Viewer;
  std::string csrf;                            // 64 hex
  std::int64_t created_at = 0, last_seen = 0;  // ms UTC
};

class SessionStore {
 public:
  static constexpr std::int64_t kIdleMs = 8LL * 3600 * 1000;       // unused this long: ended
  static constexpr std::int64_t kLifetimeMs = 24LL * 3600 * 1000;  // at most this long in all
  static constexpr std::size_t kMaxSessions = 10'000;              // the oldest ends beyond it

  // A new session; returns its id (the cookie value, 64 hex).
  std::string create(const std::string& user, StaffRole role, std::int64_t now_ms);
  // The live session with this id (its last use set to now), else nullopt; expired ones end.
  Session* find(const std::string& id, std::int64_t now_ms);
  void end(const std::string& id);
  // Every session of a disabled member. By value: callers pass a session's own `user`,
  // which the erase frees while the search still compares against it.
  void end_user(std::string user);
  std::size_t size() const { return sessions_.size(); }

 private:
  std::map<std::string, Session> sessions_;  // by SHA-256 of the id
};

// Equal strings, in time that does not depend on where they differ.
bool same_secret(const std::string& a, const std::string& b);

}  // namespace fg::relay::console
