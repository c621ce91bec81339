#include "console/review_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "sqlite/schema_migration.h"

namespace fg::relay::console {

namespace {

const std::vector<std::string>& migrations() {
  static const std::vector<std::string> steps = {
      // 1: one row per mark, never changed; the latest of a case (highest id) is its mark.
      R"sql(
CREATE TABLE console_reviews(
  id INTEGER PRIMARY KEY, case_number TEXT NOT NULL, mark TEXT NOT NULL, note TEXT NOT NULL,
  user TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX console_reviews_by_case ON console_reviews(case_number, id);
)sql",
      // 2: each mark signed by the bureau key (hex); '' until sign_unsigned_rows signs the rows
      // of version 1 right after this step.
      "ALTER TABLE console_reviews ADD COLUMN sig TEXT NOT NULL DEFAULT '';",
  };
  return steps;
}

// Each case's latest mark: SQLite takes the bare column `mark` from the row that holds max(id).
constexpr const char* kLatestMarks = "SELECT case_number, mark, max(id) FROM console_reviews GROUP BY case_number";

}  // namespace

ReviewStore::ReviewStore(const std::filesystem::path& relay_db, std::string fair, const KeyPair& bureau)
    : db_(relay_db.string(), SQLite::OPEN_READWRITE), fair_(std::move(fair)), bureau_(bureau) {
  db_.setBusyTimeout(5000);
  db_.exec("PRAGMA synchronous=FULL");  // a mark, once shown as stored, survives a power cut
  sqlite::migrate_schema(db_, "console_reviews_version", migrations(), "console reviews");
  sign_unsigned_rows();
}

void ReviewStore::sign_unsigned_rows() {
  if (db_.execAndGet("SELECT count(*) FROM console_reviews WHERE sig = ''").getInt64() == 0) return;
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement set(db_, "UPDATE console_reviews SET sig = ? WHERE id = ?");
  for (const Review& r : select({}, "id")) {
    if (r.sig != Signature{}) continue;
    ReviewStatement s = statement(r);
    sign_review(s, bureau_);
    set.bind(1, to_hex(s.sig));
    set.bind(2, r.id);
    set.exec();
    set.reset();
  }
  tx.commit();
}

ReviewStatement ReviewStore::statement(const Review& r) const {
  return {fair_, r.case_number, r.id, to_string(r.mark), r.note, r.user, r.at, r.sig};
}

std::int64_t ReviewStore::add(const Review& review, const std::function<void()>& before_commit) {
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  // The id is part of the signed statement, so it is chosen before the row is written.
  Review r = review;
  r.id = db_.execAndGet("SELECT ifnull(max(id), 0) + 1 FROM console_reviews").getInt64();
  ReviewStatement s = statement(r);
  sign_review(s, bureau_);
  SQLite::Statement q(db_,
                      "INSERT INTO console_reviews(id, case_number, mark, note, user, at, sig) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, r.id);
  q.bind(2, r.case_number);
  q.bind(3, to_string(r.mark));
  q.bind(4, r.note);
  q.bind(5, r.user);
  q.bind(6, r.at);
  q.bind(7, to_hex(s.sig));
  q.exec();
  if (before_commit) before_commit();
  tx.commit();
  return r.id;
}

std::vector<Review> ReviewStore::select(std::string_view case_number, const char* order) {
  std::vector<Review> out;
  SQLite::Statement q(db_, std::string("SELECT id, case_number, mark, note, user, at, sig FROM console_reviews ") +
                               (case_number.empty() ? "" : "WHERE case_number = ? ") + "ORDER BY " + order);
  if (!case_number.empty()) q.bind(1, std::string(case_number));
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   review_mark_from_string(q.getColumn(2).getString()).value_or(ReviewMark::FollowUp),
                   q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getInt64(),
                   signature_from_hex(q.getColumn(6).getString()).value_or(Signature{})});
  return out;
}

std::vector<Review> ReviewStore::of_case(std::string_view case_number) {
  if (case_number.empty()) return {};
  return select(case_number, "id DESC");
}

std::vector<ReviewStatement> ReviewStore::statements(std::string_view case_number) {
  std::vector<ReviewStatement> out;
  for (const Review& r : select(case_number, "id")) out.push_back(statement(r));
  return out;
}

const ReviewMarks& ReviewStore::latest() {
  const std::int64_t newest = db_.execAndGet("SELECT ifnull(max(id), 0) FROM console_reviews").getInt64();
  if (newest == latest_id_) return latest_;
  latest_.clear();
  SQLite::Statement q(db_, kLatestMarks);
  while (q.executeStep())
    latest_[q.getColumn(0).getString()] =
        review_mark_from_string(q.getColumn(1).getString()).value_or(ReviewMark::FollowUp);
  latest_id_ = newest;
  return latest_;
}

std::vector<ReviewStatement> stored_review_statements(const std::filesystem::path& relay_db, const std::string& fair,
                                                      const KeyPair& bureau, std::string_view case_number) {
  {
    SQLite::Database probe(relay_db.string(), SQLite::OPEN_READONLY);
    if (!probe.tableExists("console_reviews")) return {};
  }
  ReviewStore store(relay_db, fair, bureau);
  return store.statements(case_number);
}

std::map<std::string, std::string, std::less<>> stored_latest_marks(const std::filesystem::path& relay_db) {
  std::map<std::string, std::string, std::less<>> out;
  SQLite::Database db(relay_db.string(), SQLite::OPEN_READONLY);
  db.setBusyTimeout(5000);
  if (!db.tableExists("console_reviews")) return out;
  SQLite::Statement q(db, kLatestMarks);
  while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getString();
  return out;
}

}  // namespace fg::relay::console
