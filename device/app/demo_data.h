#pragma once
// A demo fair for --demo, --self-test and --screenshots: two officers (PINs 1234 and 4321),
// a supervisor (PIN 9999) and a handful of cases in every state.
namespace fg {

class StationBackend;

// Fills the backend with the demo fair. `now` (ms UTC) anchors the case times.
void install_demo(StationBackend& backend, long long now);

}  // namespace fg
