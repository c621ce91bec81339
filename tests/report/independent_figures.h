#pragma once
// The report's figures computed again, straight from the raw signed events in relay.db
// (plain SQL and JSON bodies; no fold, no report code), for comparison with figures.json.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "ledger/canonical.h"

namespace fg::test {

// The cells of one RFC 4180 line without line breaks in cells ("" is a quote; a final CR is dropped).
std::vector<std::string> split_csv(const std::string& line);

// booths_csv: the imported booth list (kScenarioBoothsCsv). Officers whose events must be
// credited to nobody (the scenario's deliberately invalid events) are in `invalid_officers`.
// Returns the figures.json keys the report must match.
Json independent_figures(const std::filesystem::path& relay_db, const std::string& booths_csv,
                         const std::set<std::string>& invalid_officers);

}  // namespace fg::test
