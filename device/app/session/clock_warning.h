#pragma once
// What the officer reads when the tablet's clock is off (docs/station.md "When the tablet's
// clock is wrong"): the offset the last sync measured against the bureau relay's clock, in
// whole minutes, hours and days, and what to do about it. Empty while the clock is within
// kClockWarnAfterMs of the relay's (or the offset is unknown).
#include <QString>

#include <cstdint>
#include <optional>

namespace fg {

// Two minutes: the measurement is good to half a round trip (well under a second on the
// fair's network), so anything past this is the tablet's clock, not the network.
inline constexpr std::int64_t kClockWarnAfterMs = 2 * 60 * 1000;

// "45 min", "3 h 12 min", "3 h", "2 d 5 h", "2 d" (rounded to the minute; days drop the minutes).
QString clock_offset_duration(std::int64_t offset_ms);
// offset_ms: this tablet's clock minus the relay's (> 0: ahead).
QString clock_offset_warning(std::optional<std::int64_t> offset_ms);

}  // namespace fg
