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
  };
  return steps;
}

}  // namespace

ReviewStore::ReviewStore(const std::filesystem::path& relay_db) : db_(relay_db.string(), SQLite::OPEN_READWRITE) {
  db_.setBusyTimeout(5000);
  db_.exec("PRAGMA synchronous=FULL");  // a mark, once shown as stored, survives a power cut
  sqlite::migrate_schema(db_, "console_reviews_version", migrations(), "console reviews");
}

std::int64_t ReviewStore::add(const Review& r, const std::function<void()>& before_commit) {
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement q(db_, "INSERT INTO console_reviews(case_number, mark, note, user, at) VALUES(?, ?, ?, ?, ?)");
  q.bind(1, r.case_number);
  q.bind(2, to_string(r.mark));
  q.bind(3, r.note);
  q.bind(4, r.user);
  q.bind(5, r.at);
  q.exec();
  const std::int64_t id = db_.getLastInsertRowid();
  if (before_commit) before_commit();
  tx.commit();
  return id;
}

std::vector<Review> ReviewStore::of_case(std::string_view case_number) {
  std::vector<Review> out;
  SQLite::Statement q(db_,
                      "SELECT id, mark, note, user, at FROM console_reviews WHERE case_number = ? ORDER BY id DESC");
  q.bind(1, std::string(case_number));
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), std::string(case_number),
                   review_mark_from_string(q.getColumn(1).getString()).value_or(ReviewMark::FollowUp),
                   q.getColumn(2).getString(), q.getColumn(3).getString(), q.getColumn(4).getInt64()});
  return out;
}

const ReviewMarks& ReviewStore::latest() {
  const std::int64_t newest = db_.execAndGet("SELECT ifnull(max(id), 0) FROM console_reviews").getInt64();
  if (newest == latest_id_) return latest_;
  latest_.clear();
  // SQLite takes the bare column `mark` from the row that holds max(id).
  SQLite::Statement q(db_, "SELECT case_number, mark, max(id) FROM console_reviews GROUP BY case_number");
  while (q.executeStep())
    latest_[q.getColumn(0).getString()] =
        review_mark_from_string(q.getColumn(1).getString()).value_or(ReviewMark::FollowUp);
  latest_id_ = newest;
  return latest_;
}

}  // namespace fg::relay::console
