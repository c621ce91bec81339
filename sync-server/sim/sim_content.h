#pragma once
// What a simulated complaint says: varied like a real fair's (right types, foreign and domestic
// complainants, agents, every decision outcome), so that the demo's post-fair report has
// figures worth reading. Booths, exhibitors and officers come from the fair's signed
// configuration when the station holds one. Deterministic for a given rng state.
#include <cstdint>
#include <random>
#include <string>

#include "fairconfig/fair_config.h"
#include "ledger/canonical.h"

namespace fg::relay {

struct SimComplaint {
  std::string officer;
  Booth booth;
  Json complainant;               // body of complainant.recorded
  Json right;                     // body of right.recorded
  Json decision;                  // body of decision.recorded
  std::uint64_t handling_ms = 0;  // how long before the decision the complaint came in
};

SimComplaint make_sim_complaint(std::mt19937_64& rng, const FairConfig* fair);

}  // namespace fg::relay
