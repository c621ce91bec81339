#include "bundle/bundle_bindings.h"

#include <set>

namespace fg {

StationLabels signed_station_labels(const std::map<std::string, std::string>& keys_json_codes,
                                    const std::map<std::string, FairConfig>& configs) {
  StationLabels out;
  for (const auto& [sha, config] : configs) {
    for (const auto& [key, listed] : keys_json_codes) {
      const DeviceEntry* d = config.find_device(key);
      if (!d) continue;
      const std::string where =
          "configuration " + sha.substr(0, 12) + "… (signed by the bureau " + "when the events were made)";
      if (listed != d->code) {
        out.refusal = "keys.json labels device " + key.substr(0, 12) + "… as station " + listed + ", but " + where +
                      " enrolled it as station " + d->code + ": the device was relabelled after the events were made";
        return out;
      }
      auto [it, fresh] = out.code.emplace(key, d->code);
      if (!fresh && it->second != d->code) {
        out.refusal = "two signed configurations give device " + key.substr(0, 12) + "… two station codes (" +
                      it->second + " and " + d->code + ")";
        return out;
      }
    }
  }
  return out;
}

std::vector<std::string> officers_named(const std::vector<const SignedEvent*>& events,
                                        const std::map<std::string, FairConfig>& configs,
                                        const std::map<std::string, std::string>& station_codes) {
  struct Named {
    std::string name, credential;
    std::size_t events = 0;
    std::set<std::string> stations;
  };
  std::map<std::string, Named> by_id;
  for (const SignedEvent* e : events) {
    const auto config = configs.find(e->event.config);
    if (config == configs.end()) continue;
    const Officer* o = config->second.find_officer(e->event.officer);
    if (!o) continue;
    Named& n = by_id[o->id];
    // A name or credential changed between configurations: as the last event (by station, seq) names it.
    n.name = o->name;
    n.credential = o->credential ? "credential " + o->credential->number : "no credential on the roster";
    ++n.events;
    const auto code = station_codes.find(e->event.device);
    n.stations.insert(code == station_codes.end() ? e->event.device.substr(0, 12) + "…" : code->second);
  }
  std::vector<std::string> lines;
  for (const auto& [id, n] : by_id) {
    std::string stations;
    for (const auto& s : n.stations) stations += (stations.empty() ? "" : ", ") + s;
    lines.push_back("officer " + id + " " + n.name + ", " + n.credential + " (bureau-signed roster): signed " +
                    std::to_string(n.events) + (n.events == 1 ? " event" : " events") + " at station " + stations);
  }
  return lines;
}

}  // namespace fg
