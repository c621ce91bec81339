#include "fairconfig/fair_time.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace fg {

namespace {

struct ZoneType {
  std::int32_t offset = 0;
  std::string abbreviation;
};

struct Zone {
  std::vector<std::int64_t> transitions;  // seconds UTC, ascending
  std::vector<std::uint8_t> type_of;      // type index per transition
  std::vector<ZoneType> types;
};

std::int64_t be(const std::string& b, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
  if (bytes == 4) return static_cast<std::int32_t>(static_cast<std::uint32_t>(v));
  return static_cast<std::int64_t>(v);
}

bool safe_zone_name(std::string_view zone) {
  if (zone.empty() || zone.size() > 128 || zone.front() == '/' || zone.find("..") != std::string_view::npos)
    return false;
  return std::none_of(zone.begin(), zone.end(), [](unsigned char c) { return c <= ' ' || c == 0x7f || c == '\\'; });
}

// Reads the 64-bit (version 2+) data block, or the 32-bit one of a version 1 file. Every count
// is checked against the bytes present before anything is read.
std::optional<Zone> parse_tzif(const std::string& b) {
  auto block = [&b](std::size_t at, int time_bytes, std::size_t* end) -> std::optional<Zone> {
    if (b.size() < at + 44 || b.compare(at, 4, "TZif") != 0) return std::nullopt;
    const auto count = [&](int i) {
      return static_cast<std::size_t>(be(b, at + 20 + 4 * static_cast<std::size_t>(i), 4));
    };
    const std::size_t isut = count(0), isstd = count(1), leap = count(2), times = count(3), types = count(4),
                      chars = count(5);
    if (types == 0 || types > 256 || times > 10'000 || chars > 1'000 || leap > 1'000 || isut > 256 || isstd > 256)
      return std::nullopt;
    const std::size_t tb = static_cast<std::size_t>(time_bytes);
    const std::size_t data = at + 44;
    const std::size_t size = times * tb + times + types * 6 + chars + leap * (tb + 4) + isstd + isut;
    if (b.size() < data + size) return std::nullopt;
    Zone z;
    for (std::size_t i = 0; i < times; ++i) z.transitions.push_back(be(b, data + i * tb, time_bytes));
    for (std::size_t i = 0; i < times; ++i) {
      const auto t = static_cast<std::uint8_t>(b[data + times * tb + i]);
      if (t >= types) return std::nullopt;
      z.type_of.push_back(t);
    }
    const std::size_t type_at = data + times * tb + times, chars_at = type_at + types * 6;
    for (std::size_t i = 0; i < types; ++i) {
      ZoneType t;
      t.offset = static_cast<std::int32_t>(be(b, type_at + i * 6, 4));
      const auto index = static_cast<std::size_t>(static_cast<unsigned char>(b[type_at + i * 6 + 5]));
      if (index >= chars || t.offset < -26 * 3600 || t.offset > 26 * 3600) return std::nullopt;
      const std::size_t nul = b.find('\0', chars_at + index);
      if (nul == std::string::npos || nul >= chars_at + chars) return std::nullopt;
      t.abbreviation = b.substr(chars_at + index, nul - chars_at - index);
      z.types.push_back(std::move(t));
    }
    *end = data + size;
    return z;
  };
  std::size_t end = 0;
  auto v1 = block(0, 4, &end);
  if (!v1 || b[4] == '\0') return v1;
  std::size_t end2 = 0;
  return block(end, 8, &end2);
}

std::optional<Zone> load_zone(std::string_view name) {
  if (!safe_zone_name(name)) return std::nullopt;
  std::ifstream in("/usr/share/zoneinfo/" + std::string(name), std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes;
  bytes.resize(kMaxZoneFileBytes + 1);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (bytes.size() > kMaxZoneFileBytes) return std::nullopt;
  return parse_tzif(bytes);
}

// Zones read once per process (a page of the bureau console formats a hundred times, and
// reading the file each time was most of its cost). A handful of names at most: a fair has
// one zone; the cache stops growing at 16 and then reads the file as before.
std::shared_ptr<const std::optional<Zone>> cached_zone(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const std::optional<Zone>>, std::less<>> zones;
  std::lock_guard lock(mutex);
  if (auto it = zones.find(name); it != zones.end()) return it->second;
  auto zone = std::make_shared<const std::optional<Zone>>(load_zone(name));
  if (zones.size() < 16) zones.emplace(std::string(name), zone);
  return zone;
}

FairTime civil(std::int64_t local_s) {
  using namespace std::chrono;
  const std::int64_t days = local_s >= 0 ? local_s / 86400 : (local_s - 86399) / 86400;
  const std::int64_t rest = local_s - days * 86400;
  const year_month_day ymd{sys_days{std::chrono::days{days}}};
  FairTime t;
  t.year = static_cast<int>(ymd.year());
  t.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  t.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  t.hour = static_cast<int>(rest / 3600);
  t.minute = static_cast<int>(rest / 60 % 60);
  t.second = static_cast<int>(rest % 60);
  return t;
}

std::int64_t seconds_of(std::int64_t ms) { return ms >= 0 ? ms / 1000 : (ms - 999) / 1000; }

FairTime local_or_utc(std::int64_t ms, std::string_view zone) {
  if (auto t = fair_time(ms, zone)) return *t;
  FairTime t = civil(seconds_of(ms));
  t.abbreviation = "UTC";
  return t;
}

}  // namespace

std::optional<FairTime> fair_time(std::int64_t ms, std::string_view zone) {
  const auto cached = cached_zone(zone);
  const std::optional<Zone>& z = *cached;
  if (!z) return std::nullopt;
  const std::int64_t s = seconds_of(ms);
  std::size_t type = 0;  // before the first transition: the first type (RFC 8536 3.2)
  for (std::size_t i = 0; i < z->transitions.size() && z->transitions[i] <= s; ++i) type = z->type_of[i];
  const ZoneType& zt = z->types[type];
  FairTime t = civil(s + zt.offset);
  t.utc_offset_s = zt.offset;
  t.abbreviation = zt.abbreviation;
  return t;
}

std::string format_fair_time(std::int64_t ms, std::string_view zone, bool with_offset) {
  const FairTime t = local_or_utc(ms, zone);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d ", t.year, t.month, t.day, t.hour, t.minute);
  std::string out = buf + t.abbreviation;
  if (with_offset) {
    const int off = t.utc_offset_s < 0 ? -t.utc_offset_s : t.utc_offset_s;
    std::snprintf(buf, sizeof buf, " (UTC%c%02d:%02d)", t.utc_offset_s < 0 ? '-' : '+', off / 3600, off / 60 % 60);
    out += buf;
  }
  return out;
}

std::string format_fair_date(std::int64_t ms, std::string_view zone) {
  const FairTime t = local_or_utc(ms, zone);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
  return buf;
}

}  // namespace fg
