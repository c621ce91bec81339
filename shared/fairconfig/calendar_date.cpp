#include "fairconfig/calendar_date.h"

#include <charconv>
#include <chrono>

namespace fg {

std::optional<std::string> check_date(std::string_view date) {
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    const auto [end, ec] = std::from_chars(date.data() + at, date.data() + at + n, out);
    return ec == std::errc() && end == date.data() + at + n && date[at] != '-';
  };
  int y = 0, m = 0, d = 0;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-' || !digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d))
    return "date '" + std::string(date) + "' is not in the form YYYY-MM-DD";
  const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                        std::chrono::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return "date '" + std::string(date) + "' does not exist in the calendar";
  if (y < 2000 || y > 2100) return "date '" + std::string(date) + "' is outside the years 2000 to 2100";
  return std::nullopt;
}

}  // namespace fg
