#pragma once
// A simulated fair for the report tests: the real relay process, its booth list and roster,
// three headless stations taking varied complaints (every outcome, foreign and domestic
// complainants, agents, booths on and off the list, repeat respondents, a cross-station
// conflict and an invalid event), plus fairguard-sim with a fixed seed as a fourth station.
#include <filesystem>
#include <string>
#include <vector>

namespace fg::test {

// The booth list imported into the relay (CSV text, header included).
extern const char* const kScenarioBoothsCsv;

struct ScenarioInfo {
  std::filesystem::path relay_dir;
  int scenario_cases = 0;
  int sim_cases = 0;
  // Events the scenario made invalid on purpose (signed by officers GZ098 and GZ099, who are not
  // on the roster): the fold keeps them flagged and must credit them to nobody.
  int invalid_events = 0;
  int conflicts = 0;
};

// Builds the fair in `dir` (relay data in dir/relay); the relay is stopped on return.
ScenarioInfo build_scenario_fair(const std::filesystem::path& dir, unsigned seed);

// A smaller previous session (fair CF137) in `dir`, written straight into its event store.
void build_previous_session(const std::filesystem::path& dir);

}  // namespace fg::test
