// The line an officer reads when the tablet's clock is off the bureau's (clock_warning.h):
// nothing within 2 minutes, then minutes, hours and days in words a person reads at a
// glance, ahead or behind, in English and Chinese.
#include <catch2/catch.hpp>

#include <limits>

#include "clock_warning.h"
#include "station_backend.h"
#include "station_fixture.h"

using namespace fg;

namespace {
constexpr std::int64_t kMin = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMin;
constexpr std::int64_t kDay = 24 * kHour;
}  // namespace

TEST_CASE("the clock offset reads in minutes, hours and days", "[station]") {
  CHECK(clock_offset_duration(2 * kMin + 1) == "2 min");
  CHECK(clock_offset_duration(-(59 * kMin)) == "59 min");
  CHECK(clock_offset_duration(59 * kMin + 29'999) == "59 min");  // rounded to the nearest minute
  CHECK(clock_offset_duration(59 * kMin + 30'000) == "1 h");
  CHECK(clock_offset_duration(-(3 * kHour + 12 * kMin)) == "3 h 12 min");
  CHECK(clock_offset_duration(23 * kHour + 59 * kMin) == "23 h 59 min");
  CHECK(clock_offset_duration(kDay) == "1 d");
  CHECK(clock_offset_duration(2 * kDay + 5 * kHour + 10 * kMin) == "2 d 5 h");
  CHECK(clock_offset_duration(2 * kDay + 5 * kHour + 31 * kMin) == "2 d 6 h");  // days: to the hour
  CHECK(clock_offset_duration(-(400 * kDay)) == "400 d");
  // Whatever a broken clock reads, the text is made without overflow.
  CHECK_FALSE(clock_offset_duration(std::numeric_limits<std::int64_t>::min()).isEmpty());
  CHECK_FALSE(clock_offset_duration(std::numeric_limits<std::int64_t>::max()).isEmpty());
}

TEST_CASE("the clock warning shows past 2 minutes, ahead or behind, in both languages", "[station]") {
  fg::test::ensure_app();
  CHECK(clock_offset_warning(std::nullopt).isEmpty());
  CHECK(clock_offset_warning(0).isEmpty());
  CHECK(clock_offset_warning(kClockWarnAfterMs).isEmpty());
  CHECK(clock_offset_warning(-kClockWarnAfterMs).isEmpty());
  CHECK(clock_offset_warning(kClockWarnAfterMs + 1) ==
        "This tablet's clock is 2 min ahead of the bureau's. Set the date and time automatically in the tablet's "
        "settings.");
  CHECK(clock_offset_warning(-(3 * kHour + 12 * kMin)) ==
        "This tablet's clock is 3 h 12 min behind the bureau's. Set the date and time automatically in the tablet's "
        "settings.");

  // The backend shows it for the offset the last sync measured, in the language chosen.
  fg::test::Station s;
  StationBackend& b = *s.backend;
  CHECK(b.clockWarning().isEmpty());
  b.syncStatus().setClockOffset(-(3 * kHour + 12 * kMin));
  CHECK(b.clockWarning().contains("3 h 12 min behind"));
  b.language()->setLanguage("zh_CN");
  CHECK(b.clockWarning() ==
        QStringLiteral("本平板的时钟比知识产权局的慢 3 小时 12 分钟。请在平板的设置中开启自动设置日期和时间。"));
  b.syncStatus().setClockOffset(2 * kDay + 5 * kHour);
  CHECK(b.clockWarning() ==
        QStringLiteral("本平板的时钟比知识产权局的快 2 天 5 小时。请在平板的设置中开启自动设置日期和时间。"));
  b.language()->setLanguage("en");
  CHECK(b.clockWarning().contains("2 d 5 h ahead"));
  b.syncStatus().setClockOffset(90 * 1000);
  CHECK(b.clockWarning().isEmpty());
}
