#include "cases/case.h"

#include <algorithm>

#include "ledger/json_fields.h"

namespace fg {

std::string Case::right_type() const { return string_at(right, "right_type"); }
std::string Case::right_number() const { return string_at(right, "number"); }
std::string Case::complainant_id() const { return string_at(complainant, "id_number"); }
std::string Case::respondent_booth() const {
  std::string b = string_at(respondent, "booth");
  return b.empty() ? booth : b;
}
bool Case::duplicate_flag() const { return flag_at(admissibility, "duplicate"); }
bool Case::prior_session_flag() const { return flag_at(admissibility, "prior_session"); }
bool Case::defence_late() const {
  return std::any_of(defences.begin(), defences.end(), [](const Defence& d) { return d.late; });
}
int Case::invalid_events() const {
  return static_cast<int>(
      std::count_if(timeline.begin(), timeline.end(), [](const TimelineEntry& t) { return !t.valid; }));
}

}  // namespace fg
