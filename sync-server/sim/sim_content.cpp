#include "sim/sim_content.h"

#include <array>
#include <cstdio>
#include <string_view>

#include "cases/event_types.h"
#include "codes/patent_number.h"

namespace fg::relay {

using events::kDisplayForms;

std::size_t weighted_index(std::mt19937_64& rng, std::initializer_list<int> weights) {
  int total = 0;
  for (int w : weights) total += w;
  int roll = static_cast<int>(rng() % static_cast<unsigned>(total));
  std::size_t i = 0;
  for (int w : weights) {
    if (roll < w) return i;
    roll -= w;
    ++i;
  }
  return weights.size() - 1;
}

namespace {

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

Json measures_for(std::string_view outcome, std::string_view display_form, std::mt19937_64& rng) {
  Json m = Json::array();
  if (outcome == "exhibit_covered") {  // found infringing: the product may not be shown
    if (display_form == "online_link") return Json::array({"link_taken_down"});
    if (display_form == "brochure") return Json::array({"materials_sealed"});
    m.push_back("exhibit_covered");
    if (display_form == "packaging" || rng() % 4 == 0) m.push_back("materials_sealed");
  } else if (outcome == "exhibit_withdrawn") {  // the respondent takes it off the stand
    if (display_form == "online_link") return Json::array({"link_taken_down"});
    m.push_back(display_form == "brochure" ? "materials_removed" : "exhibit_removed");
    if (display_form == "packaging") m.push_back("materials_removed");
  }
  return m;  // no infringement, settled: nothing to take down
}

SimComplaint make_sim_complaint(std::mt19937_64& rng, const FairConfig* fair) {
  SimComplaint c;
  c.officer = fair && !fair->officers.empty() ? fair->officers[rng() % fair->officers.size()].id
                                              : "officer-" + std::to_string(rng() % 5 + 1);
  c.booth = fair && !fair->booths.empty() ? fair->booths[rng() % fair->booths.size()] : random_booth(rng);

  // About 40 % foreign-related (涉外) and a few from Hong Kong, Macao and Taiwan (涉港澳台),
  // as the Canton Fair reports them (docs/report.md, "What the simulator aims at").
  static constexpr std::array<std::string_view, 11> kCountries = {"CN", "HK", "TW", "MO", "DE", "US",
                                                                  "JP", "KR", "IT", "FR", "GB"};
  const std::string_view country = kCountries[weighted_index(rng, {54, 4, 2, 1, 9, 9, 6, 4, 5, 3, 3})];
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
  // Patents about three cases in four, designs about 70 % of them.
  const std::size_t right = weighted_index(rng, {9, 13, 51, 20, 7});
  std::string number;
  if (right < 3)
    number = patent_number(rng, static_cast<int>(right) + 1);
  else if (right == 3)
    number = std::to_string(1000000 + rng() % 90000000);
  else
    number = "国作登字-20" + std::to_string(15 + rng() % 9) + "-F-" + std::to_string(10000000 + rng() % 89999999);
  c.right = {{"right_type", std::string(kRights[right])}, {"number", number}};

  c.display_form = kDisplayForms[weighted_index(rng, {70, 12, 12, 6})];
  static constexpr std::array<std::string_view, 4> kDecided = {"exhibit_covered", "exhibit_withdrawn",
                                                               "no_infringement", "settled"};
  const std::string_view outcome = kDecided[weighted_index(rng, {35, 25, 20, 20})];
  c.decision = {{"outcome", std::string(outcome)},
                {"measures", measures_for(outcome, c.display_form, rng)},
                {"sanction", outcome == "exhibit_covered" && rng() % 4 == 0 ? "fair_notice" : "none"}};
  // Most within the day, some over the 24 h the defence may take.
  c.handling_ms = (rng() % 5 == 0 ? 24 + rng() % 7 : 1 + rng() % 20) * 3600 * 1000 + rng() % 3600000;
  return c;
}

}  // namespace fg::relay
