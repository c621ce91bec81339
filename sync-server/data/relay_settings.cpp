#include "data/relay_settings.h"

#include <charconv>
#include <cstdio>
#include <chrono>
#include <fstream>
#include <stdexcept>

#include "bundle/published_keys.h"
#include "crypto/keys.h"
#include "fairconfig/enrolment_payload.h"

namespace fg::relay {

std::optional<std::string> check_timezone(std::string_view tz) {
  // GCC 12's libstdc++ has no tzdb: check the IANA name against the system's zoneinfo files.
  if (tz.empty() || tz.find("..") != std::string_view::npos || tz.front() == '/')
    return "time zone '" + std::string(tz) + "' is not an IANA name such as Asia/Shanghai";
  const std::filesystem::path zoneinfo = "/usr/share/zoneinfo";
  if (std::filesystem::is_directory(zoneinfo) && !std::filesystem::is_regular_file(zoneinfo / std::string(tz)))
    return "time zone '" + std::string(tz) + "' is unknown (expected an IANA name such as Asia/Shanghai)";
  return std::nullopt;
}

std::optional<HostPort> parse_host_port(std::string_view text, std::string* why) {
  auto fail = [&](const std::string& reason) -> std::optional<HostPort> {
    if (why) *why = "listen address '" + std::string(text) + "': " + reason;
    return std::nullopt;
  };
  HostPort hp;
  std::string_view port;
  if (text.starts_with("[")) {
    const auto close = text.find("]:");
    if (close == std::string_view::npos) return fail("expected [IPv6]:PORT");
    hp.host = std::string(text.substr(1, close - 1));
    port = text.substr(close + 2);
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos) return fail("expected HOST:PORT");
    hp.host = std::string(text.substr(0, colon));
    port = text.substr(colon + 1);
    if (hp.host.find(':') != std::string::npos) return fail("write an IPv6 address in brackets: [::]:7443");
  }
  if (auto bad = check_host(hp.host)) return fail(*bad);
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (ec != std::errc() || end != port.data() + port.size() || value == 0 || value > 65535)
    return fail("port must be a number from 1 to 65535");
  hp.port = static_cast<std::uint16_t>(value);
  return hp;
}

std::optional<std::int64_t> parse_iso_utc(std::string_view text) {
  using namespace std::chrono;
  int y = 0;
  unsigned mo = 0, d = 0, h = 0, mi = 0, s = 0;
  char z = 0;
  int used = 0;
  const std::string copy(text);
  if (copy.size() != 20 ||
      std::sscanf(copy.c_str(), "%4d-%2u-%2uT%2u:%2u:%2u%c%n", &y, &mo, &d, &h, &mi, &s, &z, &used) != 7 ||
      used != 20 || z != 'Z' || h > 23 || mi > 59 || s > 59)
    return std::nullopt;
  const year_month_day ymd{year{y}, month{mo}, day{d}};
  if (!ymd.ok()) return std::nullopt;
  const sys_seconds t = sys_days{ymd} + hours{h} + minutes{mi} + seconds{s};
  return duration_cast<milliseconds>(t.time_since_epoch()).count();
}

std::string iso_utc(std::int64_t ms) {
  using namespace std::chrono;
  const sys_seconds t{seconds(ms / 1000)};
  const auto day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss hms{t - day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

std::optional<std::string> check_witness(const RelayWitness& w) {
  if (!is_published_name(w.name))
    return "a witness name must be 1 to 64 letters, digits, '.', '_' or '-' (it goes into the keys file), got \"" +
           w.name + "\"";
  const auto at = parse_host_port(w.address);
  if (!at || at->port == 0) return "witness " + w.name + ": the address must be HOST:PORT, got \"" + w.address + "\"";
  if (!public_key_from_hex(w.key)) return "witness " + w.name + ": the key must be 64 lowercase hex characters";
  return std::nullopt;
}

void RelaySettings::validate() const {
  std::string problems;
  auto add = [&](const std::optional<std::string>& p) {
    if (p) problems += *p + "\n";
  };
  add(check_fair_id(fair_id));
  if (name.empty()) add("fair name is empty");
  if (venue.empty()) add("venue is empty");
  const auto bad_from = check_date(from), bad_to = check_date(to);
  add(bad_from);
  add(bad_to);
  if (!bad_from && !bad_to && from > to) add("the fair ends (" + to + ") before it starts (" + from + ")");
  add(check_timezone(timezone));
  for (const auto& h : halls)
    if (h.empty()) add("a hall name is empty");
  std::string why;
  if (!parse_host_port(listen, &why)) add(why);
  for (const auto& w : witnesses) add(check_witness(w));
  if (pin_min_length < kLowestPinMinLength || pin_min_length > kMaxPinLength)
    add("minimum PIN length must be " + std::to_string(kLowestPinMinLength) + " to " + std::to_string(kMaxPinLength) +
        ", got " + std::to_string(pin_min_length));
  if (!problems.empty()) {
    problems.pop_back();
    throw std::invalid_argument(problems);
  }
}

Json RelaySettings::to_json() const {
  Json j{{"format", kRelayFormat},
         {"fair", fair_id},
         {"name", name},
         {"venue", venue},
         {"from", from},
         {"to", to},
         {"timezone", timezone},
         {"halls", halls},
         {"created_at", created_at},
         {"listen", listen},
         {"pin_min_length", pin_min_length}};
  if (!witnesses.empty()) {
    j["witnesses"] = Json::array();
    for (const auto& w : witnesses)
      j["witnesses"].push_back({{"name", w.name}, {"address", w.address}, {"key", w.key}});
  }
  return j;
}

RelaySettings RelaySettings::from_json(const Json& j) {
  if (!j.is_object() || j.value("format", "") != kRelayFormat)
    throw std::invalid_argument(std::string("format is not ") + std::string(kRelayFormat));
  RelaySettings s;
  try {
    s.fair_id = j.at("fair").get<std::string>();
    s.name = j.at("name").get<std::string>();
    s.venue = j.at("venue").get<std::string>();
    s.from = j.at("from").get<std::string>();
    s.to = j.at("to").get<std::string>();
    s.timezone = j.at("timezone").get<std::string>();
    s.halls = j.at("halls").get<std::vector<std::string>>();
    s.created_at = j.at("created_at").get<std::string>();
    s.listen = j.at("listen").get<std::string>();
    // Relay folders made before the PIN policy get the safe default.
    s.pin_min_length = j.value("pin_min_length", kDefaultPinMinLength);
    // Checked on reading, not only by validate(): serve and keys take their keys from here.
    for (const Json& w : j.value("witnesses", Json::array())) {
      s.witnesses.push_back(
          {w.at("name").get<std::string>(), w.at("address").get<std::string>(), w.at("key").get<std::string>()});
      if (auto why = check_witness(s.witnesses.back())) throw std::invalid_argument(*why);
    }
  } catch (const Json::exception& e) {
    throw std::invalid_argument(e.what());
  }
  return s;
}

void RelaySettings::save(const std::filesystem::path& file) const {
  const auto temp = std::filesystem::path(file.string() + ".tmp");
  {
    std::ofstream out(temp, std::ios::trunc);
    out << to_json().dump(2) << "\n";
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + temp.string());
  }
  std::filesystem::rename(temp, file);
}

RelaySettings RelaySettings::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  Json j = Json::parse(in, nullptr, false);
  if (j.is_discarded()) throw std::runtime_error(file.string() + " is not valid JSON");
  try {
    return from_json(j);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(file.string() + ": " + e.what());
  }
}

}  // namespace fg::relay
