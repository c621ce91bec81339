#include "console/review_mark.h"

#include <array>

namespace fg::relay::console {

namespace {
constexpr std::array<const char*, 2> kMarkNames = {"reviewed", "follow_up"};
}

const char* to_string(ReviewMark m) { return kMarkNames[static_cast<std::size_t>(m)]; }

std::optional<ReviewMark> review_mark_from_string(std::string_view text) {
  for (std::size_t i = 0; i < kMarkNames.size(); ++i)
    if (text == kMarkNames[i]) return static_cast<ReviewMark>(i);
  return std::nullopt;
}

}  // namespace fg::relay::console
