#pragma once
// A case's review mark (docs/console.md, "Review"), apart from the store so that the case
// list's query parser (and its fuzz target) needs no SQLite.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace fg::relay::console {

enum class ReviewMark { Reviewed, FollowUp };
const char* to_string(ReviewMark m);  // "reviewed", "follow_up"
std::optional<ReviewMark> review_mark_from_string(std::string_view text);

// Each marked case's latest mark, by case number.
using ReviewMarks = std::map<std::string, ReviewMark, std::less<>>;

}  // namespace fg::relay::console
