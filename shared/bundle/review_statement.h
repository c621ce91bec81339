#pragma once
// A review mark as the bureau signs it (docs/console.md, "Review"; docs/verify-by-hand.md):
// "staff member U of the bureau marked case C of fair F reviewed (or needing follow-up) at
// time T, with this note; it is the relay's mark number N". The console signs each mark with
// the bureau key when it stores it; a bundle carries its case's marks in reviews.json and
// fairguard-verify checks them with this same code. A mark is a statement of its own: it never
// changes a station's event.
//
// Signed bytes: kReviewDomain, then canonical JSON
// {"at":ms,"case":number,"fair":id,"id":n,"mark":"reviewed"|"follow_up","note":text,"user":name}.
// As JSON (API, bundle): the same object with "sig" (128 hex) added.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/keys.h"
#include "ledger/canonical.h"

namespace fg {

inline constexpr std::string_view kReviewDomain = "fairguard-review-v1\n";
inline constexpr std::array<std::string_view, 2> kReviewMarkNames = {"reviewed", "follow_up"};
inline constexpr std::size_t kMaxReviewNote = 2000;  // bytes; the console's form says so too
inline constexpr std::size_t kMaxReviewName = 64;    // bytes of the fair id, the case number, the user

struct ReviewStatement {
  std::string fair, case_number;
  std::int64_t id = 0;  // the mark's number at the relay, from 1
  std::string mark;     // one of kReviewMarkNames
  std::string note, user;
  std::int64_t at = 0;  // ms UTC
  Signature sig{};      // by the bureau key over review_message()

  Json to_json() const;
};

std::string review_message(const ReviewStatement& r);  // the signed bytes (sig not used)
void sign_review(ReviewStatement& r, const KeyPair& bureau);
[[nodiscard]] bool verify_review(const ReviewStatement& r, const PublicKey& bureau);
// Never throws: nullopt and the reason on anything malformed (exactly the eight fields, each in
// its range: names of 1..kMaxReviewName bytes, a note of at most kMaxReviewNote, a known mark,
// id >= 1, time >= 0, sig 128 hex).
std::optional<ReviewStatement> review_from_json(const Json& j, std::string* why = nullptr);

}  // namespace fg
