#pragma once
// Review marks of the console (docs/console.md, "Review"): a reviewer marks a case reviewed or
// needing follow-up, with a note. Each mark is a statement the bureau key signs
// (bundle/review_statement.h), kept by the relay in relay.db in a table of its own
// (console_reviews, versioned apart in console_reviews_version) with its signature, beside the
// stations' events and never altering them. Marks are only added: the latest one of a case is
// its mark.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bundle/review_statement.h"
#include "console/review_mark.h"

namespace fg::relay::console {

struct Review {
  std::int64_t id = 0;
  std::string case_number;
  ReviewMark mark = ReviewMark::Reviewed;
  std::string note;
  std::string user;
  std::int64_t at = 0;  // ms UTC
  Signature sig{};      // the bureau key's, over review_message() of statement()
};

class ReviewStore {
 public:
  // Opens relay.db read-write (a connection of its own), creates or migrates the table, and
  // signs the marks stored before marks were signed (schema version 1) with `bureau`.
  ReviewStore(const std::filesystem::path& relay_db, std::string fair, const KeyPair& bureau);
  // Signs and stores one mark in one IMMEDIATE transaction; `before_commit` runs inside it (the
  // access log's record), and if it throws nothing is stored. Returns the new mark's id.
  std::int64_t add(const Review& review, const std::function<void()>& before_commit = {});
  // A case's marks, the newest first.
  std::vector<Review> of_case(std::string_view case_number);
  // A case's marks (every case's when `case_number` is empty) as signed statements, oldest first.
  std::vector<ReviewStatement> statements(std::string_view case_number = {});
  ReviewStatement statement(const Review& r) const;
  // Each marked case's latest mark; read again only when a mark was added since.
  const ReviewMarks& latest();

 private:
  void sign_unsigned_rows();
  std::vector<Review> select(std::string_view case_number, const char* order);

  SQLite::Database db_;
  std::string fair_;
  const KeyPair& bureau_;
  std::int64_t latest_id_ = -1;
  ReviewMarks latest_;
};

// The signed marks of `case_number` (every case's when empty) in relay.db, oldest first; none
// when no console has stored a mark (no table). Opens the store, so older rows get signed.
std::vector<ReviewStatement> stored_review_statements(const std::filesystem::path& relay_db, const std::string& fair,
                                                      const KeyPair& bureau, std::string_view case_number);

// Each marked case's latest mark ("reviewed", "follow_up") in relay.db, read on a read-only
// connection of its own (the report's figures); none when no console stored a mark.
std::map<std::string, std::string, std::less<>> stored_latest_marks(const std::filesystem::path& relay_db);

}  // namespace fg::relay::console
