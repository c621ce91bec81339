#pragma once
// What a simulated complaint says: varied like a real fair's (right types, foreign and domestic
// complainants, agents, every decision outcome), so that the demo's post-fair report has
// figures worth reading. Booths, exhibitors and officers come from the fair's signed
// configuration when the station holds one. Deterministic for a given rng state.
#include <cstdint>
#include <initializer_list>
#include <random>
#include <string>
#include <string_view>

#include "fairconfig/fair_config.h"
#include "ledger/canonical.h"

namespace fg::relay {

struct SimComplaint {
  std::string officer;
  Booth booth;
  Json complainant;               // body of complainant.recorded
  Json right;                     // body of right.recorded
  std::string display_form;       // how the product is shown (product.recorded)
  Json decision;                  // body of decision.recorded (measures follow the outcome)
  std::uint64_t handling_ms = 0;  // how long before the decision the complaint came in
};

SimComplaint make_sim_complaint(std::mt19937_64& rng, const FairConfig* fair);

// An index drawn with the given weights (each >= 0, at least one > 0).
std::size_t weighted_index(std::mt19937_64& rng, std::initializer_list<int> weights);

// The measures that follow a decision as they do in practice: an infringing exhibit covered
// (its brochures sealed, its online link taken down), a withdrawn one removed; none when no
// infringement was found or the parties settled.
Json measures_for(std::string_view outcome, std::string_view display_form, std::mt19937_64& rng);

}  // namespace fg::relay
