#include "cases/case.h"

#include <algorithm>

namespace fg {

namespace {
std::string str(const Json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string{};
}
bool flag(const Json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_boolean() && it->get<bool>();
}
}  // namespace

std::string Case::right_type() const { return str(right, "right_type"); }
std::string Case::right_number() const { return str(right, "number"); }
std::string Case::complainant_id() const { return str(complainant, "id_number"); }
std::string Case::respondent_booth() const {
  std::string b = str(respondent, "booth");
  return b.empty() ? booth : b;
}
bool Case::duplicate_flag() const { return flag(admissibility, "duplicate"); }
bool Case::prior_session_flag() const { return flag(admissibility, "prior_session"); }
bool Case::defence_late() const {
  return std::any_of(defences.begin(), defences.end(), [](const Defence& d) { return d.late; });
}
int Case::invalid_events() const {
  return static_cast<int>(std::count_if(timeline.begin(), timeline.end(), [](const TimelineEntry& t) { return !t.valid; }));
}

}  // namespace fg
