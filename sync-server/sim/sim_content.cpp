#include "sim/sim_content.h"

#include <array>
#include <cstdio>
#include <string_view>

#include "codes/patent_number.h"

namespace fg::relay {

namespace {

// Picks an index with the given weights.
template <std::size_t N>
std::size_t weighted(std::mt19937_64& rng, const std::array<int, N>& weights) {
  int total = 0;
  for (int w : weights) total += w;
  int roll = static_cast<int>(rng() % static_cast<unsigned>(total));
  for (std::size_t i = 0; i < N; ++i) {
    if (roll < weights[i]) return i;
    roll -= weights[i];
  }
  return N - 1;
}

// A well-formed Chinese patent number of the given type digit (1 invention, 2 utility model,
// 3 design), with its real check character, in the form people write it.
std::string patent_number(std::mt19937_64& rng, int type_digit) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "%04d%d%07d", 2015 + static_cast<int>(rng() % 9), type_digit,
                static_cast<int>(rng() % 10000000));
  const auto check = patent_check_character(digits);
  const auto parsed = parse_patent_number(std::string(digits) + *check);
  return parsed ? parsed.number->display() : std::string("ZL") + digits;
}

Booth random_booth(std::mt19937_64& rng) {
  const std::string hall = std::to_string(rng() % 20 + 1) + "." + std::to_string(rng() % 3 + 1);
  return {hall + "E" + std::to_string(rng() % 60 + 1), hall, "Exhibitor " + std::to_string(rng() % 500), "", ""};
}

}  // namespace

SimComplaint make_sim_complaint(std::mt19937_64& rng, const FairConfig* fair) {
  SimComplaint c;
  c.officer = fair && !fair->officers.empty() ? fair->officers[rng() % fair->officers.size()].id
                                              : "officer-" + std::to_string(rng() % 5 + 1);
  c.booth = fair && !fair->booths.empty() ? fair->booths[rng() % fair->booths.size()] : random_booth(rng);

  static constexpr std::array<std::string_view, 7> kCountries = {"CN", "DE", "US", "JP", "KR", "IT", "FR"};
  const std::string_view country = kCountries[weighted(rng, std::array{55, 12, 10, 8, 6, 5, 4})];
  const bool company = rng() % 5 != 0;
  c.complainant = {{"name", (company ? "Complainant Co. " : "Complainant ") + std::to_string(rng() % 1000)},
                   {"kind", company ? "company" : "person"},
                   {"id_number", std::to_string(rng() % 1000000000000ULL)},
                   {"country", std::string(country)}};
  if (rng() % 5 < 2) {  // about 40 % come through an agent
    c.complainant["agent"] = "Agent " + std::to_string(rng() % 50);
    c.complainant["agent_badge"] = "A" + std::to_string(100000 + rng() % 900000);
  }

  static constexpr std::array<std::string_view, 5> kRights = {"invention", "utility_model", "design", "trademark",
                                                              "copyright"};
  const std::size_t right = weighted(rng, std::array{18, 20, 32, 20, 10});
  std::string number;
  if (right < 3)
    number = patent_number(rng, static_cast<int>(right) + 1);
  else if (right == 3)
    number = std::to_string(1000000 + rng() % 90000000);
  else
    number = "国作登字-20" + std::to_string(15 + rng() % 9) + "-F-" + std::to_string(10000000 + rng() % 89999999);
  c.right = {{"right_type", std::string(kRights[right])}, {"number", number}};

  switch (weighted(rng, std::array{35, 25, 20, 20})) {
    case 0:
      c.decision = {{"outcome", "exhibit_covered"},
                    {"measures", rng() % 3 == 0 ? Json::array({"exhibit_covered", "materials_sealed"})
                                                : Json::array({"exhibit_covered"})},
                    {"sanction", rng() % 4 == 0 ? "fair_notice" : "none"}};
      break;
    case 1:
      c.decision = {
          {"outcome", "exhibit_withdrawn"}, {"measures", Json::array({"exhibit_removed"})}, {"sanction", "none"}};
      break;
    case 2:
      c.decision = {{"outcome", "no_infringement"}, {"measures", Json::array()}, {"sanction", "none"}};
      break;
    default:
      c.decision = {{"outcome", "settled"}, {"measures", Json::array()}, {"sanction", "none"}};
  }
  // Most within the day, some over the 24 h the defence may take.
  c.handling_ms = (rng() % 5 == 0 ? 24 + rng() % 7 : 1 + rng() % 20) * 3600 * 1000 + rng() % 3600000;
  return c;
}

}  // namespace fg::relay
