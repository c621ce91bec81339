#include "console/staff_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <cctype>
#include <stdexcept>

#include "crypto/bytes.h"
#include "crypto/password.h"
#include "crypto/secretstream.h"
#include "crypto/sha256.h"

namespace fg::relay {

namespace {

constexpr std::string_view kTokenPrefix = "fgs_";  // says what a leaked string is (a staff API token)

std::string token_hash(std::string_view token) { return sha256_hex(as_bytes(token)); }

StaffMember read_member(SQLite::Statement& q) {
  StaffMember m;
  m.user = q.getColumn(0).getString();
  m.role = staff_role_from_string(q.getColumn(1).getString()).value_or(StaffRole::Viewer);
  m.password_verifier = q.getColumn(2).getString();
  m.disabled = q.getColumn(3).getInt() != 0;
  m.added_at = q.getColumn(4).getInt64();
  m.has_token = q.getColumn(5).getInt() != 0;
  return m;
}

constexpr const char* kMemberColumns =
    "SELECT s.user, s.role, s.password_verifier, s.disabled, s.added_at, "
    "EXISTS(SELECT 1 FROM relay_staff_tokens t WHERE t.user = s.user) FROM relay_staff s";

}  // namespace

const char* to_string(StaffRole r) {
  switch (r) {
    case StaffRole::Viewer:
      return "viewer";
    case StaffRole::Reviewer:
      return "reviewer";
    case StaffRole::Admin:
      return "admin";
  }
  return "viewer";
}

std::optional<StaffRole> staff_role_from_string(std::string_view text) {
  for (auto r : {StaffRole::Viewer, StaffRole::Reviewer, StaffRole::Admin})
    if (text == to_string(r)) return r;
  return std::nullopt;
}

std::optional<std::string> check_staff_password(std::string_view password) {
  if (password.size() < kMinPasswordLength)
    return "password must be at least " + std::to_string(kMinPasswordLength) + " characters, got " +
           std::to_string(password.size());
  if (password.size() > kMaxPasswordLength)
    return "password must be at most " + std::to_string(kMaxPasswordLength) + " bytes";
  return std::nullopt;
}

std::optional<std::string> check_staff_user(std::string_view user) {
  if (user.empty() || user.size() > 64) return "user name must be 1 to 64 characters";
  for (unsigned char c : user)
    if (!(std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '@'))
      return "user name may hold only letters, digits and . _ - @";
  return std::nullopt;
}

void StaffStore::add(const std::string& user, StaffRole role, const std::string& password_verifier, std::int64_t now_ms,
                     const std::function<void()>& before_commit) {
  if (auto bad = check_staff_user(user)) throw std::invalid_argument(*bad);
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement exists(db_, "SELECT 1 FROM relay_staff WHERE user=?");
  exists.bind(1, user);
  if (exists.executeStep()) throw std::runtime_error("staff user " + user + " already exists");
  SQLite::Statement q(db_, "INSERT INTO relay_staff(user, role, password_verifier, added_at) VALUES(?,?,?,?)");
  q.bind(1, user);
  q.bind(2, to_string(role));
  q.bind(3, password_verifier);
  q.bind(4, now_ms);
  q.exec();
  if (before_commit) before_commit();
  tx.commit();
}

std::vector<StaffMember> StaffStore::list() {
  std::vector<StaffMember> out;
  SQLite::Statement q(db_, std::string(kMemberColumns) + " ORDER BY s.user");
  while (q.executeStep()) out.push_back(read_member(q));
  return out;
}

std::optional<StaffMember> StaffStore::find(std::string_view user) {
  SQLite::Statement q(db_, std::string(kMemberColumns) + " WHERE s.user=?");
  q.bind(1, std::string(user));
  if (!q.executeStep()) return std::nullopt;
  return read_member(q);
}

void StaffStore::disable(const std::string& user, std::int64_t now_ms, bool keep_an_admin,
                         const std::function<void()>& before_commit) {
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  if (keep_an_admin) {
    SQLite::Statement others(db_, "SELECT count(*) FROM relay_staff WHERE role='admin' AND disabled=0 AND user<>?");
    others.bind(1, user);
    others.executeStep();
    const auto m = find(user);
    if (m && m->role == StaffRole::Admin && !m->disabled && others.getColumn(0).getInt64() == 0)
      throw std::runtime_error("staff user " + user + " is the last active admin and cannot be disabled");
  }
  SQLite::Statement q(db_, "UPDATE relay_staff SET disabled=1, disabled_at=COALESCE(disabled_at, ?) WHERE user=?");
  q.bind(1, now_ms);
  q.bind(2, user);
  if (q.exec() == 0) throw std::runtime_error("no staff user " + user);
  if (before_commit) before_commit();
  tx.commit();
}

void add_staff_member(StaffStore& staff, const std::string& user, StaffRole role, const std::string& password,
                      std::int64_t now_ms, const std::function<void()>& before_commit) {
  if (auto bad = check_staff_user(user)) throw std::invalid_argument(*bad);
  if (staff.find(user)) throw std::runtime_error("staff user " + user + " already exists");
  if (auto bad = check_staff_password(password)) throw std::invalid_argument(*bad);
  // Interactive cost (64 MiB, about 0.1 s): the console verifies on its one worker thread at
  // every sign-in, and throttling bounds the guesses online (docs/console.md, "Passwords").
  staff.add(user, role, hash_password(password, PasswordCost::Interactive), now_ms, before_commit);
}

std::string StaffStore::issue_token(const std::string& user, std::int64_t now_ms) {
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  auto m = find(user);
  if (!m) throw std::runtime_error("no staff user " + user);
  if (m->disabled) throw std::runtime_error("staff user " + user + " is disabled");
  std::string token = std::string(kTokenPrefix) + to_hex(random_bytes(32));
  SQLite::Statement del(db_, "DELETE FROM relay_staff_tokens WHERE user=?");
  del.bind(1, user);
  del.exec();
  SQLite::Statement q(db_, "INSERT INTO relay_staff_tokens(token_hash, user, created_at) VALUES(?,?,?)");
  q.bind(1, token_hash(token));
  q.bind(2, user);
  q.bind(3, now_ms);
  q.exec();
  tx.commit();
  return token;
}

std::optional<StaffMember> StaffStore::find_by_token(std::string_view token) {
  // 32 random bytes: a plain SHA-256 suffices (nothing to guess), and the lookup is by hash.
  if (token.size() != kTokenPrefix.size() + 64 || token.substr(0, kTokenPrefix.size()) != kTokenPrefix)
    return std::nullopt;
  SQLite::Statement q(db_, "SELECT user FROM relay_staff_tokens WHERE token_hash=?");
  q.bind(1, token_hash(token));
  if (!q.executeStep()) return std::nullopt;
  auto m = find(q.getColumn(0).getString());
  if (!m || m->disabled) return std::nullopt;
  return m;
}

}  // namespace fg::relay
