#include "console/case_query.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "cases/case_number.h"
#include "console/http_message.h"
#include "ledger/json_fields.h"

namespace fg::relay::console {

namespace {

constexpr std::array<const char*, 5> kSortNames = {"number", "received", "deadline", "booth", "status"};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The stored string at `key`, without a copy; empty when absent or not a string.
std::string_view text_view(const Json& object, const char* key) {
  if (!object.is_object()) return {};
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? std::string_view(it->get_ref<const std::string&>())
                                               : std::string_view();
}

// ASCII case-insensitive search for an already lower-case needle, without copying the text
// (the list searches every case's six fields on each request).
bool contains_folded(std::string_view text, std::string_view lower_needle) {
  return std::search(text.begin(), text.end(), lower_needle.begin(), lower_needle.end(), [](char a, char b) {
           return static_cast<char>(std::tolower(static_cast<unsigned char>(a))) == b;
         }) != text.end();
}

bool matches_text(const Case& c, const std::string& needle) {
  if (needle.empty()) return true;
  const std::initializer_list<std::string_view> fields{c.number,
                                                       c.booth,
                                                       c.hall,
                                                       text_view(c.complainant, "name"),
                                                       text_view(c.respondent, "exhibitor"),
                                                       text_view(c.right, "number")};
  return std::ranges::any_of(fields, [&](std::string_view field) { return contains_folded(field, needle); });
}

bool overdue(const Case& c, std::int64_t now) {
  return c.state == CaseState::NoticeServed && c.defence_deadline && now > *c.defence_deadline;
}

// Ascending order of one key; cases without a time come after those with one; ties by number.
bool before(const Case& a, const Case& b, CaseSort sort) {
  auto by_time = [&](const std::optional<std::int64_t>& x, const std::optional<std::int64_t>& y) -> int {
    if (x.has_value() != y.has_value()) return x ? -1 : 1;
    if (!x || *x == *y) return 0;
    return *x < *y ? -1 : 1;
  };
  int order = 0;
  switch (sort) {
    case CaseSort::Number:
      break;
    case CaseSort::Received:
      order = by_time(a.received, b.received);
      break;
    case CaseSort::Deadline:
      order = by_time(a.defence_deadline, b.defence_deadline);
      break;
    case CaseSort::Booth:
      order = a.booth.compare(b.booth);
      break;
    case CaseSort::Status:
      order = static_cast<int>(a.state) - static_cast<int>(b.state);
      break;
  }
  if (order != 0) return order < 0;
  return case_number_less(a.number, b.number);
}

bool review_matches(const Case& c, ReviewFilter f, const ReviewMarks* marks) {
  if (f == ReviewFilter::Any) return true;
  std::optional<ReviewMark> mark;
  if (marks)
    if (auto it = marks->find(c.number); it != marks->end()) mark = it->second;
  if (f == ReviewFilter::None) return !mark;
  return mark == (f == ReviewFilter::Reviewed ? ReviewMark::Reviewed : ReviewMark::FollowUp);
}

}  // namespace

const char* to_string(ReviewFilter f) {
  switch (f) {
    case ReviewFilter::Reviewed:
      return "reviewed";
    case ReviewFilter::FollowUp:
      return "follow_up";
    case ReviewFilter::None:
      return "none";
    case ReviewFilter::Any:
      break;
  }
  return "";
}

const char* to_string(CaseSort s) { return kSortNames[static_cast<std::size_t>(s)]; }

std::optional<CaseSort> case_sort_from_string(std::string_view text) {
  for (std::size_t i = 0; i < kSortNames.size(); ++i)
    if (text == kSortNames[i]) return static_cast<CaseSort>(i);
  return std::nullopt;
}

std::string complainant_name(const Case& c) { return string_at(c.complainant, "name"); }
std::string respondent_name(const Case& c) { return string_at(c.respondent, "exhibitor"); }

std::optional<CaseQuery> parse_case_query(const std::map<std::string, std::string>& query, std::string* why) {
  auto refuse = [why](const char* reason) -> std::optional<CaseQuery> {
    if (why) *why = reason;
    return std::nullopt;
  };
  auto value = [&query](const char* key) {
    auto it = query.find(key);
    return it == query.end() ? std::string() : it->second;
  };
  CaseQuery q;
  if (const auto s = value("status"); !s.empty()) {
    q.status = case_state_from_string(s);
    if (!q.status) return refuse("status must be a case state");
  }
  q.text = value("q").substr(0, kMaxQueryText);
  q.hall = value("hall");
  q.station = value("station");
  q.booth = value("booth");
  q.right_type = value("right_type");
  q.officer = value("officer");
  for (const std::string* v : {&q.hall, &q.station, &q.booth, &q.right_type, &q.officer})
    if (v->size() > kMaxFilterValue)
      return refuse("hall, station, booth, right type and officer must be at most 32 characters");
  if (!q.right_type.empty() &&
      std::find(right_types().begin(), right_types().end(), q.right_type) == right_types().end())
    return refuse("right_type must be one of the right types");
  if (const auto o = value("overdue"); !o.empty()) {
    if (o != "1" && o != "0") return refuse("overdue must be 1 or 0");
    q.overdue = o == "1";
  }
  if (const auto r = value("review"); !r.empty()) {
    if (r == "none") {
      q.review = ReviewFilter::None;
    } else if (const auto mark = review_mark_from_string(r)) {
      q.review = *mark == ReviewMark::Reviewed ? ReviewFilter::Reviewed : ReviewFilter::FollowUp;
    } else {
      return refuse("review must be reviewed, follow_up or none");
    }
  }
  if (const auto s = value("sort"); !s.empty()) {
    const auto sort = case_sort_from_string(s);
    if (!sort) return refuse("sort must be number, received, deadline, booth or status");
    q.sort = *sort;
  }
  if (const auto d = value("dir"); !d.empty()) {
    if (d != "asc" && d != "desc") return refuse("dir must be asc or desc");
    q.descending = d == "desc";
  }
  if (const auto s = value("page"); !s.empty()) {
    std::size_t page = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), page);
    if (ec != std::errc() || end != s.data() + s.size() || page < 1 || page > 1'000'000)
      return refuse("page must be a number from 1 to 1000000");
    q.page = page;
  }
  return q;
}

std::string case_query_string(const CaseQuery& q, std::size_t page) {
  return "status=" + std::string(q.status ? to_string(*q.status) : "") + "&hall=" + url_encode(q.hall) +
         "&station=" + url_encode(q.station) + "&booth=" + url_encode(q.booth) +
         "&right_type=" + url_encode(q.right_type) + "&officer=" + url_encode(q.officer) +
         "&overdue=" + (q.overdue ? "1" : "") + "&review=" + to_string(q.review) + "&q=" + url_encode(q.text) +
         "&sort=" + to_string(q.sort) + "&dir=" + (q.descending ? "desc" : "asc") + "&page=" + std::to_string(page);
}

const std::vector<std::string>& right_types() {
  static const std::vector<std::string> types = {"invention", "utility_model", "design",
                                                 "trademark", "copyright",     "geographical_indication"};
  return types;
}

CasePage select_cases(const FoldResult& fold, const CaseQuery& q, std::int64_t now_ms, const ReviewMarks* marks) {
  const std::string needle = lower(q.text);
  const std::string booth = lower(q.booth);
  // An officer "on" a case signed one of its events that counted.
  const auto signed_by = [&](const Case& c) {
    return std::any_of(c.timeline.begin(), c.timeline.end(),
                       [&](const TimelineEntry& t) { return t.valid && t.officer == q.officer; });
  };
  std::vector<const Case*> all;
  for (const Case& c : fold.cases)
    if ((!q.status || c.state == *q.status) && (q.hall.empty() || c.hall == q.hall) &&
        (q.station.empty() || c.station == q.station) && (booth.empty() || lower(c.booth) == booth) &&
        (q.right_type.empty() || c.right_type() == q.right_type) && (q.officer.empty() || signed_by(c)) &&
        (!q.overdue || overdue(c, now_ms)) && review_matches(c, q.review, marks) && matches_text(c, needle))
      all.push_back(&c);
  // The fold gives number order already; only another key needs sorting.
  if (q.sort != CaseSort::Number)
    std::sort(all.begin(), all.end(), [&](const Case* a, const Case* b) { return before(*a, *b, q.sort); });
  if (q.descending) std::reverse(all.begin(), all.end());
  CasePage page;
  page.total = all.size();
  page.pages = std::max<std::size_t>(1, (all.size() + kCasesPerPage - 1) / kCasesPerPage);
  const std::size_t first = (q.page - 1) * kCasesPerPage;
  for (std::size_t i = first; i < all.size() && i < first + kCasesPerPage; ++i) page.cases.push_back(all[i]);
  return page;
}

}  // namespace fg::relay::console
