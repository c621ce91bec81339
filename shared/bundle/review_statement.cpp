#include "bundle/review_statement.h"

#include <algorithm>

#include "json/why.h"

namespace fg {

namespace {

Json signed_fields(const ReviewStatement& r) {
  return {{"at", r.at},     {"case", r.case_number}, {"fair", r.fair}, {"id", r.id},
          {"mark", r.mark}, {"note", r.note},        {"user", r.user}};
}

// A string field of 1..max bytes (0..max when empty is allowed).
std::optional<std::string> text_field(const Json& j, const char* key, std::size_t max, bool may_be_empty,
                                      std::string* why) {
  const Json& v = j[key];
  if (!v.is_string() || v.get_ref<const std::string&>().size() > max ||
      (!may_be_empty && v.get_ref<const std::string&>().empty()))
    return fail_because(why, std::string("review ") + key + " is not a text of " + (may_be_empty ? "0" : "1") + " to " +
                                 std::to_string(max) + " bytes");
  return v.get<std::string>();
}

}  // namespace

Json ReviewStatement::to_json() const {
  Json j = signed_fields(*this);
  j["sig"] = to_hex(sig);
  return j;
}

std::string review_message(const ReviewStatement& r) {
  return std::string(kReviewDomain) + canonical_dump(signed_fields(r));
}

void sign_review(ReviewStatement& r, const KeyPair& bureau) { r.sig = bureau.sign(as_bytes(review_message(r))); }

bool verify_review(const ReviewStatement& r, const PublicKey& bureau) {
  return verify_signature(bureau, as_bytes(review_message(r)), r.sig);
}

std::optional<ReviewStatement> review_from_json(const Json& j, std::string* why) {
  if (!j.is_object() || j.size() != 8)
    return fail_because(why, "a review mark must have exactly at, case, fair, id, mark, note, sig, user");
  for (const char* key : {"at", "case", "fair", "id", "mark", "note", "sig", "user"})
    if (!j.contains(key)) return fail_because(why, std::string("a review mark lacks \"") + key + "\"");
  ReviewStatement r;
  // Integers only: a bundle's JSON is parsed with integers_only, so unsigned values fit int64.
  if (!j["at"].is_number_integer() || j["at"].get<std::int64_t>() < 0)
    return fail_because(why, "review time is not an integer >= 0");
  r.at = j["at"].get<std::int64_t>();
  if (!j["id"].is_number_integer() || j["id"].get<std::int64_t>() < 1)
    return fail_because(why, "review id is not an integer >= 1");
  r.id = j["id"].get<std::int64_t>();
  auto fair = text_field(j, "fair", kMaxReviewName, false, why);
  auto number = fair ? text_field(j, "case", kMaxReviewName, false, why) : std::nullopt;
  auto user = number ? text_field(j, "user", kMaxReviewName, false, why) : std::nullopt;
  auto note = user ? text_field(j, "note", kMaxReviewNote, true, why) : std::nullopt;
  if (!note) return std::nullopt;
  r.fair = std::move(*fair);
  r.case_number = std::move(*number);
  r.user = std::move(*user);
  r.note = std::move(*note);
  const Json& mark = j["mark"];
  if (!mark.is_string() ||
      std::ranges::find(kReviewMarkNames, mark.get_ref<const std::string&>()) == kReviewMarkNames.end())
    return fail_because(why, "review mark is neither reviewed nor follow_up");
  r.mark = mark.get<std::string>();
  auto sig = j["sig"].is_string() ? signature_from_hex(j["sig"].get<std::string>()) : std::nullopt;
  if (!sig) return fail_because(why, "review sig is not 128 lowercase hex characters");
  r.sig = *sig;
  return r;
}

}  // namespace fg
