#pragma once
// Times in the fair's time zone without touching the process's TZ (the station is threaded):
// the IANA zone's TZif file (RFC 8536) is read from the system's zoneinfo folder. Used where a
// wall-clock time is printed for people: documents (deadlines), enrolment codes' expiry.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fg {

struct FairTime {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  int utc_offset_s = 0;      // local time minus UTC, seconds
  std::string abbreviation;  // e.g. "CST"; "UTC" when the zone is not known
};

// TZif files larger than this are refused (the biggest zone is a few KB).
inline constexpr std::size_t kMaxZoneFileBytes = 64 * 1024;

// The wall-clock time of `ms` (UTC) in `zone` (an IANA name such as "Asia/Shanghai"). nullopt
// when the zone is not a readable zone file. After the last transition in the file the last
// offset holds (Debian's files list transitions to 2037).
std::optional<FairTime> fair_time(std::int64_t ms, std::string_view zone);

// "2026-11-25 17:35 CST", with_offset: "2026-11-25 17:35 CST (UTC+08:00)" (an abbreviation
// alone can be ambiguous); in UTC ("... UTC") when the zone cannot be read.
std::string format_fair_time(std::int64_t ms, std::string_view zone, bool with_offset = false);
// "2026-11-25"
std::string format_fair_date(std::int64_t ms, std::string_view zone);

}  // namespace fg
