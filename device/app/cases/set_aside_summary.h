#pragma once
// What a revocation's cut-off set aside on this station (docs/station.md): per revoked device,
// how many of its events after the bureau's cut-off this store holds, and how many of those
// name each case. Those events stay stored as evidence but are out of every working view
// (EventStore::working_in_fold_order); this says so, so that the officer is told why. The same
// for the other stations' events kept apart because their officer signature does not hold
// (EventStore::kept_apart). Qt-free.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fg {

class EventStore;

struct SetAsideSummary {
  struct Device {
    std::string device;          // public key hex
    std::string label;           // the station code the store knew it by (may be empty)
    std::int64_t after_seq = 0;  // the cut-off: its events with a higher seq are set aside
    std::int64_t events = 0;
    std::map<std::string, std::int64_t> per_case;  // case number -> events set aside
    std::int64_t revoked_at = 0;                   // ms UTC, the bureau's time (EventStore::revoke_device)
  };
  std::vector<Device> devices;
  // Per station, its events kept apart for their officer signature.
  struct KeptApart {
    std::string device;
    std::int64_t events = 0;
    std::int64_t first_seq = 0;
    std::string first_reason;                      // why its first one was kept apart
    std::map<std::string, std::int64_t> per_case;  // case number -> events kept apart
  };
  std::vector<KeptApart> kept_apart;

  bool empty() const { return devices.empty() && kept_apart.empty(); }
  // How many set-aside events name `case_number`, per device (only devices with some).
  std::vector<std::pair<const Device*, std::int64_t>> of_case(const std::string& case_number) const;
};

// Reads the store's set-aside events (only those: a few per revoked device, never the fair).
SetAsideSummary read_set_aside(EventStore& store);

}  // namespace fg
