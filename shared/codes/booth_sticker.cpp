#include "codes/booth_sticker.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "codes/base32.h"

namespace fg {
namespace {

constexpr std::string_view kPrefix = "FGB";
constexpr std::string_view kVersion = "1";
constexpr std::string_view kDomain = "fairguard-booth-v1\n";
constexpr std::size_t kSignatureChars = 103;  // ceil(64 * 8 / 5)

bool is_alnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Empty string when the field is fine, else what is wrong with it.
std::string field_problem(std::string_view value, std::string_view name, std::size_t max_length) {
  const std::string label(name);
  if (value.empty()) return label + " is empty";
  if (value.size() > max_length)
    return label + " '" + std::string(value) + "' is longer than " + std::to_string(max_length) + " characters";
  for (char c : value)
    if (!is_alnum(c) && c != '.' && c != '-')
      return label + " '" + std::string(value) + "' holds '" + std::string(1, c) +
             "': only A-Z (uppercase), 0-9, '.' and '-' are allowed";
  if (!is_alnum(value[0])) return label + " '" + std::string(value) + "' must start with a letter A-Z or a digit";
  return {};
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

BoothStickerParse failure(BoothStickerError error, std::string message) {
  BoothStickerParse result;
  result.error = error;
  result.message = std::move(message);
  return result;
}

}  // namespace

std::string sticker_field_problem(StickerField field, std::string_view value) {
  switch (field) {
    case StickerField::Fair:
      return field_problem(value, "fair id", kMaxFairIdLength);
    case StickerField::Hall:
      return field_problem(value, "hall", kMaxHallLength);
    case StickerField::Booth:
      return field_problem(value, "booth code", kMaxBoothCodeLength);
  }
  return "unknown sticker field";
}

std::string booth_sticker_message(std::string_view fair, std::string_view hall, std::string_view booth) {
  std::string message(kDomain);
  for (std::string_view field : {fair, hall, booth}) {
    message += field;
    message += '\n';
  }
  return message;
}

std::string format_booth_sticker(const BoothSticker& sticker) {
  return std::string(kPrefix) + std::string(kVersion) + ':' + sticker.fair + ':' + sticker.hall + ':' + sticker.booth +
         ':' + to_base32(sticker.signature);
}

std::string make_booth_sticker(std::string_view fair, std::string_view hall, std::string_view booth,
                               const KeyPair& bureau_key) {
  for (const auto& problem :
       {sticker_field_problem(StickerField::Fair, fair), sticker_field_problem(StickerField::Hall, hall),
        sticker_field_problem(StickerField::Booth, booth)})
    if (!problem.empty()) throw std::invalid_argument("booth sticker: " + problem);
  BoothSticker sticker{std::string(fair), std::string(hall), std::string(booth), {}};
  sticker.signature = bureau_key.sign(as_bytes(booth_sticker_message(fair, hall, booth)));
  return format_booth_sticker(sticker);
}

BoothStickerParse parse_booth_sticker(std::string_view text) {
  // The format has no lowercase, so case is folded: a keyboard-wedge scanner with Caps Lock
  // on types the sticker with every letter's case flipped.
  if (text.size() > kMaxBoothStickerTextBytes)
    return failure(BoothStickerError::NotABoothSticker, "this code is " + std::to_string(text.size()) +
                                                            " bytes long, far longer than a FairGuard booth sticker");
  std::string upper(trimmed(text));
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (upper.empty()) return failure(BoothStickerError::Empty, "no booth sticker text");
  const auto parts = split(upper, ':');
  const std::string_view tag = parts[0];
  if (!tag.starts_with(kPrefix) || tag.size() == kPrefix.size() || parts.size() == 1)
    return failure(BoothStickerError::NotABoothSticker,
                   "this code is not a FairGuard booth sticker (they start with FGB1:)");
  for (char c : tag.substr(kPrefix.size()))
    if (c < '0' || c > '9')
      return failure(BoothStickerError::NotABoothSticker,
                     "this code is not a FairGuard booth sticker (they start with FGB1:)");
  if (tag.substr(kPrefix.size()) != kVersion)
    return failure(BoothStickerError::UnsupportedVersion,
                   "booth sticker format " + std::string(tag) + " is newer than this app reads (FGB1): update the app");
  if (parts.size() != 5)
    return failure(BoothStickerError::WrongFieldCount,
                   "a booth sticker has fair, hall, booth and signature after FGB1:, got " +
                       std::to_string(parts.size() - 1) + " fields: the code is damaged");

  if (auto problem = sticker_field_problem(StickerField::Fair, parts[1]); !problem.empty())
    return failure(BoothStickerError::BadFair, problem);
  if (auto problem = sticker_field_problem(StickerField::Hall, parts[2]); !problem.empty())
    return failure(BoothStickerError::BadHall, problem);
  if (auto problem = sticker_field_problem(StickerField::Booth, parts[3]); !problem.empty())
    return failure(BoothStickerError::BadBooth, problem);

  const auto signature = from_base32(parts[4]);
  if (parts[4].size() != kSignatureChars || !signature || signature->size() != 64)
    return failure(BoothStickerError::BadSignatureEncoding, "the signature is not 103 base32 characters (got " +
                                                                std::to_string(parts[4].size()) +
                                                                "): the code is truncated or damaged");

  BoothStickerParse result;
  result.sticker = BoothSticker{std::string(parts[1]), std::string(parts[2]), std::string(parts[3]), {}};
  std::copy(signature->begin(), signature->end(), result.sticker->signature.begin());
  return result;
}

const char* describe(BoothStickerCheck check) {
  switch (check) {
    case BoothStickerCheck::Valid:
      return "genuine booth sticker of this fair";
    case BoothStickerCheck::ForgedOrAltered:
      return "forged or altered booth sticker: the bureau did not sign these details";
    case BoothStickerCheck::OtherFair:
      return "genuine booth sticker, but printed for another fair";
  }
  return "unknown";
}

BoothStickerCheck verify_booth_sticker(const BoothSticker& sticker, const PublicKey& bureau_public_key,
                                       std::string_view expected_fair) {
  const std::string message = booth_sticker_message(sticker.fair, sticker.hall, sticker.booth);
  if (!verify_signature(bureau_public_key, as_bytes(message), sticker.signature))
    return BoothStickerCheck::ForgedOrAltered;
  if (sticker.fair != expected_fair) return BoothStickerCheck::OtherFair;
  return BoothStickerCheck::Valid;
}

}  // namespace fg
