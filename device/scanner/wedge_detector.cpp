#include "wedge_detector.h"

namespace fg {
namespace {

int code_points(std::string_view utf8) {
  int n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80)  // not a continuation byte
      ++n;
  return n;
}

}  // namespace

bool WedgeDetector::too_slow(int64_t time_ms) const {
  return time_ms - last_ms_ > config_.max_gap_ms || time_ms < last_ms_;
}

void WedgeDetector::text_key(std::string_view text, int64_t time_ms) {
  if (text.empty()) return;
  // A slow key starts a new run: whatever came before was typed by a person.
  if (length_ > 0 && too_slow(time_ms)) reset();
  burst_.append(text);
  length_ += code_points(text);
  last_ms_ = time_ms;
}

std::optional<std::string> WedgeDetector::enter_key(int64_t time_ms) {
  std::optional<std::string> scan;
  if (length_ >= config_.min_length && !too_slow(time_ms)) scan = burst_;
  reset();
  return scan;
}

void WedgeDetector::reset() {
  burst_.clear();
  length_ = 0;
  last_ms_ = 0;
}

}  // namespace fg
