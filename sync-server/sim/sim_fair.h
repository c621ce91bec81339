#pragma once
// The simulator playing a fair on the fair's own clock (docs/domain.md, "The simulated fair"):
// the fair's days and opening hours in its time zone, complaints arriving over the day and
// every path of the workflow in the proportions a real fair shows. plan_fair decides what
// happens and when (deterministic for a seed); play_fair makes the stations do it, each at its
// simulated clock, and lets them sync at each day's close so cases continue at other stations.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "fairconfig/fair_config.h"
#include "ledger/canonical.h"

namespace fg::relay {

class SimStation;

struct FairDays {
  std::string zone = "Asia/Shanghai";  // IANA zone of the fair
  std::string first_day;               // YYYY-MM-DD
  int days = 5;
  int open_minute = 9 * 60 + 30;  // the Canton Fair's hours: 09:30 to 18:00
  int close_minute = 18 * 60;
  // ms UTC of local minute `minute` of fair day `day` (0 = first day).
  std::int64_t local_ms(int day, int minute) const;
  // The fair day `ms` falls on (may be < 0 or >= days).
  int day_of(std::int64_t ms) const;
};

// The fair's days from its configuration; `start` (YYYY-MM-DD, may be empty) moves the first
// day. Throws std::invalid_argument on a malformed date or when neither gives a first day.
FairDays fair_days(const FairConfig* config, const std::string& start);

struct PlannedStep {
  std::int64_t at = 0;  // ms UTC, within opening hours
  int station = 0;      // index of the station that records it
  std::string officer;
  std::string type;
  Json body;         // without case_number (and, for case.opened, without station)
  int photo_kb = 0;  // evidence.added: a random photo of this size
};

struct PlannedCase {
  std::string path;  // decided, conflict, rejected, withdrawn, transferred, draft, open
  std::string booth;
  std::string exhibitor;
  std::string product_code;  // EAN-13 on the exhibit's label, drawn in the evidence photo
  std::vector<PlannedStep> steps;
};

// Every station takes `complaints` complaints at its desk. Booths and officers from `config`.
std::vector<PlannedCase> plan_fair(const FairDays& days, int stations, int complaints, std::uint64_t seed,
                                   const FairConfig* config, int photo_kb);

// Path name -> cases, and the other things the plan holds (continued, late_defence...).
std::map<std::string, int> plan_summary(const std::vector<PlannedCase>& plan);

// Plays the plan in time order. `end_of_day(day)` runs after each fair day's last step (the
// stations sync then); it runs for every day, also one without steps.
void play_fair(const std::vector<PlannedCase>& plan, const FairDays& days, const std::vector<SimStation*>& stations,
               std::uint64_t seed, const std::function<void(int day)>& end_of_day);

}  // namespace fg::relay
