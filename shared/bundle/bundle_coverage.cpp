#include "bundle/bundle_coverage.h"

#include <algorithm>
#include <map>
#include <set>

namespace fg {
namespace {

bool is_hex64(const Json& j) {
  if (!j.is_string()) return false;
  const auto& s = j.get_ref<const std::string&>();
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// A JSON integer in 0..2^53 (what canonical JSON carries exactly).
std::optional<std::int64_t> small_int(const Json& j) {
  if (!j.is_number_integer()) return std::nullopt;
  const auto v = j.get<std::int64_t>();
  if (v < 0 || v > (std::int64_t{1} << 53)) return std::nullopt;
  return v;
}

}  // namespace

bool names_case(const Event& e, std::string_view case_number) {
  if (!e.body.is_object()) return false;
  const auto it = e.body.find("case_number");
  return it != e.body.end() && it->is_string() && it->get_ref<const std::string&>() == case_number;
}

CaseCoverage case_coverage(const std::string& fair, const std::string& case_number, std::int64_t time,
                           std::span<const SignedEvent> all_events) {
  std::map<std::string, StationCoverage> by_device;
  for (const SignedEvent& e : all_events) {
    StationCoverage& s = by_device[e.event.device];
    s.device = e.event.device;
    if (e.event.seq > s.seq) {
      s.seq = e.event.seq;
      s.head = e.hash_hex();
    }
    if (names_case(e.event, case_number)) s.case_seqs.push_back(e.event.seq);
  }
  CaseCoverage c{fair, case_number, time, {}};
  for (auto& [device, s] : by_device) {
    std::sort(s.case_seqs.begin(), s.case_seqs.end());
    c.stations.push_back(std::move(s));
  }
  return c;
}

Json coverage_to_json(const CaseCoverage& c) {
  Json stations = Json::array();
  for (const auto& s : c.stations)
    stations.push_back({{"case_seqs", s.case_seqs}, {"device", s.device}, {"head", s.head}, {"seq", s.seq}});
  return {{"case", c.case_number},
          {"fair", c.fair},
          {"format", std::string(kCoverageFormat)},
          {"stations", stations},
          {"time", c.time}};
}

std::optional<CaseCoverage> coverage_from_json(const Json& j, std::string* why) {
  auto refuse = [&](const std::string& reason) -> std::optional<CaseCoverage> {
    if (why) *why = reason;
    return std::nullopt;
  };
  static const std::set<std::string> fields{"case", "fair", "format", "stations", "time"};
  if (!j.is_object() || j.size() != fields.size())
    return refuse("not an object with exactly " + std::string(kCoverageFormat) + "'s fields");
  for (const auto& f : fields)
    if (!j.contains(f)) return refuse("it lacks \"" + f + "\"");
  if (j["format"] != std::string(kCoverageFormat)) return refuse("it is not format " + std::string(kCoverageFormat));
  const auto time = small_int(j["time"]);
  if (!j["case"].is_string() || !j["fair"].is_string() || !time || !j["stations"].is_array())
    return refuse("a field has the wrong type");
  if (j["stations"].size() > kMaxCoverageStations)
    return refuse("more than " + std::to_string(kMaxCoverageStations) + " stations");
  CaseCoverage c{j["fair"].get<std::string>(), j["case"].get<std::string>(), *time, {}};
  std::size_t total = 0;
  for (const Json& s : j["stations"]) {
    if (!s.is_object() || s.size() != 4 || !s.contains("device") || !s.contains("head") || !s.contains("seq") ||
        !s.contains("case_seqs") || !is_hex64(s["device"]) || !is_hex64(s["head"]) || !s["case_seqs"].is_array())
      return refuse("every station needs device, head (64 hex each), seq and case_seqs");
    const auto seq = small_int(s["seq"]);
    if (!seq || *seq < 1) return refuse("a station's head seq is not a positive integer");
    StationCoverage st{s["device"].get<std::string>(), *seq, s["head"].get<std::string>(), {}};
    if (!c.stations.empty() && c.stations.back().device >= st.device)
      return refuse("stations are not sorted by device, or one is listed twice");
    total += s["case_seqs"].size();
    if (total > kMaxCoverageCaseSeqs) return refuse("more than " + std::to_string(kMaxCoverageCaseSeqs) + " case seqs");
    for (const Json& n : s["case_seqs"]) {
      const auto v = small_int(n);
      if (!v || *v < 1 || *v > *seq || (!st.case_seqs.empty() && *v <= st.case_seqs.back()))
        return refuse("station " + st.device.substr(0, 12) + "…: case_seqs must rise, each from 1 to its head seq");
      st.case_seqs.push_back(*v);
    }
    c.stations.push_back(std::move(st));
  }
  return c;
}

}  // namespace fg
