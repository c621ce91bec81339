// Wall-clock times in the fair's zone, read from the system's TZif files without setting TZ:
// a zone without daylight saving, one with it on both sides of the change, and an unknown or
// unsafe name, which prints UTC.
#include <catch2/catch.hpp>

#include "fairconfig/fair_time.h"

using namespace fg;

TEST_CASE("fair time: Shanghai, Berlin across daylight saving, and unknown zones in UTC", "[relay]") {
  const std::int64_t noon_utc_jan = 1'768'478'400'000;  // 2026-01-15 12:00:00 UTC
  const std::int64_t noon_utc_jul = 1'782'907'200'000;  // 2026-07-01 12:00:00 UTC
  CHECK(format_fair_time(noon_utc_jan, "Asia/Shanghai") == "2026-01-15 20:00 CST");
  CHECK(format_fair_time(noon_utc_jan, "Asia/Shanghai", true) == "2026-01-15 20:00 CST (UTC+08:00)");
  CHECK(format_fair_time(noon_utc_jan, "Europe/Berlin", true) == "2026-01-15 13:00 CET (UTC+01:00)");
  CHECK(format_fair_time(noon_utc_jul, "Europe/Berlin", true) == "2026-07-01 14:00 CEST (UTC+02:00)");
  CHECK(format_fair_time(noon_utc_jul, "America/New_York", true) == "2026-07-01 08:00 EDT (UTC-04:00)");
  // Day boundaries follow the zone: 20:00 UTC is already the next day in Shanghai.
  CHECK(format_fair_date(noon_utc_jan + 8 * 3'600'000LL, "Asia/Shanghai") == "2026-01-16");
  CHECK(format_fair_date(noon_utc_jan + 8 * 3'600'000LL, "Europe/Berlin") == "2026-01-15");

  for (const char* bad : {"Mars/Olympus", "zone.tab", "", "../../etc/passwd", "/etc/localtime", "Asia/Shanghai\n"}) {
    INFO(bad);
    CHECK_FALSE(fair_time(noon_utc_jan, bad));
    CHECK(format_fair_time(noon_utc_jan, bad) == "2026-01-15 12:00 UTC");
  }
}
