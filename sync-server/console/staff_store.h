#pragma once
// Bureau staff of the console (docs/console.md): accounts in the relay database
// (relay_staff, relay_staff_tokens), separate from the officers' roster. Passwords are kept
// as Argon2id verifiers, API tokens as their SHA-256 only. The admin commands write through
// this class; the console reads through it on its own read-only connection.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fg::relay {

enum class StaffRole { Viewer, Reviewer, Admin };
const char* to_string(StaffRole r);
std::optional<StaffRole> staff_role_from_string(std::string_view text);

// Staff passwords: at least this many characters (a stolen relay.db allows offline guessing
// at the Argon2id cost of one guess), at most kMaxPasswordLength bytes.
inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 256;
std::optional<std::string> check_staff_password(std::string_view password);  // nullopt when valid
std::optional<std::string> check_staff_user(std::string_view user);          // nullopt when valid

struct StaffMember {
  std::string user;
  StaffRole role = StaffRole::Viewer;
  std::string password_verifier;
  bool disabled = false;
  std::int64_t added_at = 0;  // ms UTC
  bool has_token = false;
};

class StaffStore;
// A new account as `staff add` and the console's staff page make it: the user name and the
// password checked (std::invalid_argument), no duplicate (std::runtime_error), the password
// kept as an Argon2id verifier of interactive cost (docs/console.md, "Passwords").
// `before_commit` runs inside the change's transaction (the console's access-log record).
void add_staff_member(StaffStore& staff, const std::string& user, StaffRole role, const std::string& password,
                      std::int64_t now_ms, const std::function<void()>& before_commit = {});

class StaffStore {
 public:
  explicit StaffStore(SQLite::Database& db) : db_(db) {}

  // Throws std::runtime_error for a duplicate user.
  void add(const std::string& user, StaffRole role, const std::string& password_verifier, std::int64_t now_ms,
           const std::function<void()>& before_commit = {});
  std::vector<StaffMember> list();
  std::optional<StaffMember> find(std::string_view user);
  // Throws std::runtime_error for an unknown user; disabling twice is harmless. With
  // keep_an_admin (the console), also when it would leave no active admin: the console must
  // not lock out the last person who may administer it. The command on the relay's machine
  // may, since it can add an admin again.
  void disable(const std::string& user, std::int64_t now_ms, bool keep_an_admin = false,
               const std::function<void()>& before_commit = {});
  // A new API token for the user, replacing any earlier one; only its hash is stored.
  // Throws std::runtime_error for an unknown or disabled user.
  std::string issue_token(const std::string& user, std::int64_t now_ms);
  // The active member whose token this is, else nullopt (unknown token or disabled member).
  std::optional<StaffMember> find_by_token(std::string_view token);

 private:
  SQLite::Database& db_;
};

}  // namespace fg::relay
