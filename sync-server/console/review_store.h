#pragma once
// Review marks of the console (docs/console.md, "Review"): a reviewer marks a case reviewed or
// needing follow-up, with a note. Kept by the relay in relay.db, in a table of their own
// (console_reviews, versioned apart in console_reviews_version), beside the stations' events
// and never altering them. Marks are only added: the latest one of a case is its mark.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "console/review_mark.h"

namespace fg::relay::console {

inline constexpr std::size_t kMaxReviewNote = 2000;  // bytes; the form says so too

struct Review {
  std::int64_t id = 0;
  std::string case_number;
  ReviewMark mark = ReviewMark::Reviewed;
  std::string note;
  std::string user;
  std::int64_t at = 0;  // ms UTC
};

class ReviewStore {
 public:
  // Opens relay.db read-write (a connection of its own) and creates or migrates the table.
  explicit ReviewStore(const std::filesystem::path& relay_db);
  // Stores one mark in one IMMEDIATE transaction; `before_commit` runs inside it (the access
  // log's record), and if it throws nothing is stored. Returns the new mark's id.
  std::int64_t add(const Review& review, const std::function<void()>& before_commit = {});
  // A case's marks, the newest first.
  std::vector<Review> of_case(std::string_view case_number);
  // Each marked case's latest mark; read again only when a mark was added since.
  const ReviewMarks& latest();

 private:
  SQLite::Database db_;
  std::int64_t latest_id_ = -1;
  ReviewMarks latest_;
};

}  // namespace fg::relay::console
