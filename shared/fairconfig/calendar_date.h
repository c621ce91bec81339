#pragma once
// Calendar dates as the configuration writes them ("YYYY-MM-DD"): the fair's first and last
// day, an officer's credential expiry. Compared as text: the form sorts by date.
#include <optional>
#include <string>
#include <string_view>

namespace fg {

// nullopt when `date` is a real day of the years 2000 to 2100 in the form YYYY-MM-DD, else why not.
std::optional<std::string> check_date(std::string_view date);

}  // namespace fg
