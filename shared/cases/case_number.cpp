#include "cases/case_number.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "cases/event_types.h"

namespace fg {

bool valid_case_code(std::string_view code) {
  return !code.empty() &&
         std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::string format_case_number(const CaseNumber& n) {
  if (!valid_case_code(n.fair)) throw std::invalid_argument("case number: fair id '" + n.fair + "' is not [A-Z0-9]+");
  if (!valid_case_code(n.station))
    throw std::invalid_argument("case number: station code '" + n.station + "' is not [A-Z0-9]+");
  if (n.counter < 1 || n.counter > kMaxCaseCounter)
    throw std::invalid_argument("case number: counter " + std::to_string(n.counter) + " is outside 1.." +
                                std::to_string(kMaxCaseCounter));
  std::string digits = std::to_string(n.counter);
  if (digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
  return n.fair + "-" + n.station + "-" + digits;
}

std::optional<CaseNumber> parse_case_number(std::string_view text) {
  auto first = text.find('-');
  if (first == std::string_view::npos) return std::nullopt;
  auto second = text.find('-', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  CaseNumber n;
  n.fair = std::string(text.substr(0, first));
  n.station = std::string(text.substr(first + 1, second - first - 1));
  std::string_view digits = text.substr(second + 1);
  if (!valid_case_code(n.fair) || !valid_case_code(n.station) || digits.size() < 4 || digits.size() > 9)
    return std::nullopt;
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  auto [end, err] = std::from_chars(digits.data(), digits.data() + digits.size(), n.counter);
  if (err != std::errc{} || end != digits.data() + digits.size() || n.counter < 1) return std::nullopt;
  // Only the canonical spelling: "CF1-S1-00042" would otherwise be a second name for 0042.
  if (format_case_number(n) != text) return std::nullopt;
  return n;
}

CaseNumber next_case_number(std::string_view fair, std::string_view station, std::int64_t last_counter) {
  if (last_counter < 0) throw std::invalid_argument("case number: negative station counter");
  CaseNumber n{std::string(fair), std::string(station), last_counter + 1};
  (void)format_case_number(n);  // validates, throws with the reason
  return n;
}

std::int64_t highest_counter(std::span<const SignedEvent> events, std::string_view fair, std::string_view station) {
  std::int64_t best = 0;
  for (const auto& s : events) {
    const Event& e = s.event;
    if (e.type != events::kCaseOpened || e.fair != fair) continue;
    auto it = e.body.find("case_number");
    if (it == e.body.end() || !it->is_string()) continue;
    auto n = parse_case_number(it->get_ref<const std::string&>());
    if (n && n->fair == fair && n->station == station) best = std::max(best, n->counter);
  }
  return best;
}

bool case_number_less(std::string_view a, std::string_view b) {
  auto pa = parse_case_number(a);
  auto pb = parse_case_number(b);
  if (pa && pb) {
    if (pa->fair != pb->fair) return pa->fair < pb->fair;
    if (pa->station != pb->station) return pa->station < pb->station;
    return pa->counter < pb->counter;
  }
  if (pa.has_value() != pb.has_value()) return pa.has_value();  // parseable first
  return a < b;
}

}  // namespace fg
