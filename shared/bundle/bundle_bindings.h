#pragma once
// What the bureau signed at the time, read back from a bundle's configs/ (the fair
// configurations its version-2 events name, docs/event-format.md "Version 2"): which station
// code a device key had, and who an officer was. keys.json is written at export, so the bureau
// could relabel a device there later; the configurations it signed while the events were made
// it cannot rewrite without breaking the events' hashes. fairguard-verify takes station labels
// and officers' names from these, and refuses a keys.json that disagrees.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "fairconfig/fair_config.h"
#include "ledger/event.h"

namespace fg {

struct StationLabels {
  std::map<std::string, std::string> code;  // device key hex -> station code, bureau-signed
  std::string refusal;                      // why keys.json is refused; empty when it agrees
};

// Every device keys.json lists (key hex -> code) that a configuration in `configs` (verified,
// by SHA-256) also lists must carry that configuration's code; two configurations that give
// one device different codes are refused too.
StationLabels signed_station_labels(const std::map<std::string, std::string>& keys_json_codes,
                                    const std::map<std::string, FairConfig>& configs);

// One line per officer the version-2 events name, from the roster of the configuration each
// event names: "officer OF002 Wang Fang, credential 44010012, signed 3 events (stations S02)".
// The caller has checked every officer signature (fairconfig/event_signers.h).
std::vector<std::string> officers_named(const std::vector<const SignedEvent*>& events,
                                        const std::map<std::string, FairConfig>& configs,
                                        const std::map<std::string, std::string>& station_codes);

}  // namespace fg
