#pragma once
// A bundle's reviews.json (docs/console.md, "Review"; docs/verify-by-hand.md): the bureau's
// review marks of the case (of every case in a whole-log bundle), each a bureau-signed
// statement (review_statement.h). Checked with the bureau key: each mark signed by it, of the
// bundle's fair and (in a case bundle) of its case, the marks in increasing id order.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bundle/bundle_source.h"
#include "bundle/review_statement.h"

namespace fg {

inline constexpr std::size_t kMaxBundleReviews = 100'000;
inline constexpr std::size_t kReviewReportLines = 50;  // marks named in a report, then a count

struct ReviewFinding {
  std::string failure;              // empty when every mark holds
  std::vector<std::string> report;  // what was found
  bool ok() const { return failure.empty(); }
};

// `scope` is the bundle's case number, or "all" (then a mark may name any case).
[[nodiscard]] ReviewFinding check_bundle_reviews(const BundleSource& bundle, const PublicKey& bureau_key,
                                                 std::string_view fair, std::string_view scope);

// The file's contents for a bundle writer: canonical JSON, an array of signed marks.
std::string reviews_file(std::span<const ReviewStatement> reviews);

}  // namespace fg
