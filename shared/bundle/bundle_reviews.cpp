#include "bundle/bundle_reviews.h"

#include "bundle/bundle_format.h"
#include "bundle/bundle_writer.h"
#include "json/bounded_json.h"

namespace fg {

namespace {

// A note as one line of a terminal report: control characters (a newline, an escape sequence)
// become spaces, so a note cannot forge report lines.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return out;
}

}  // namespace

std::string reviews_file(std::span<const ReviewStatement> reviews) {
  Json list = Json::array();
  for (const ReviewStatement& r : reviews) list.push_back(r.to_json());
  return canonical_dump(list);
}

ReviewFinding check_bundle_reviews(const BundleSource& bundle, const PublicKey& bureau_key, std::string_view fair,
                                   std::string_view scope) {
  ReviewFinding f;
  const std::string name(bundle::kReviews);
  if (!bundle.contains(name)) {
    f.report.push_back("no review mark of the bureau in the bundle");
    return f;
  }
  std::string why;
  const auto bytes = bundle.read(name, &why);
  if (!bytes) {
    f.failure = name + ": " + why;
    return f;
  }
  // Depth: the array, then each mark (flat). Elements: the marks, or a mark's eight fields.
  const JsonParse parsed = parse_untrusted_json(*bytes, {BundleSource::kMaxSmallFile, 2, kMaxBundleReviews, true});
  if (!parsed || !parsed.value->is_array() || canonical_dump(*parsed.value) != *bytes) {
    f.failure = name + " is not a canonical JSON array" + (parsed ? "" : ": " + parsed.error);
    return f;
  }
  std::int64_t last_id = 0;
  std::size_t n = 0;
  for (const Json& j : *parsed.value) {
    const std::string where = name + " mark " + std::to_string(++n) + ": ";
    auto r = review_from_json(j, &why);
    if (!r) {
      f.failure = where + why;
      return f;
    }
    if (r->fair != fair) {
      f.failure = where + "is of fair " + r->fair + ", not " + std::string(fair);
      return f;
    }
    if (scope != "all" && r->case_number != scope) {
      f.failure = where + "is about case " + r->case_number + ", not " + std::string(scope);
      return f;
    }
    if (r->id <= last_id) {
      f.failure = where + "id " + std::to_string(r->id) + " does not follow " + std::to_string(last_id);
      return f;
    }
    last_id = r->id;
    if (!verify_review(*r, bureau_key)) {
      f.failure = where + "by " + r->user + " at " + utc_time_text(r->at) +
                  " is not as the bureau signed it (changed, or not the bureau's key)";
      return f;
    }
    if (n <= kReviewReportLines)
      f.report.push_back("  " + std::string(r->mark == "reviewed" ? "reviewed" : "needs follow-up") + " by " + r->user +
                         " on " + utc_time_text(r->at) + (scope == "all" ? " (" + r->case_number + ")" : "") +
                         (r->note.empty() ? "" : ": " + one_line(r->note)));
  }
  f.report.insert(f.report.begin(), "review marks: " + std::to_string(n) +
                                        " of the bureau, each signed by the bureau key (they change no event)");
  if (n > kReviewReportLines) f.report.push_back("  and " + std::to_string(n - kReviewReportLines) + " more");
  return f;
}

}  // namespace fg
