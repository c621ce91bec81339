#include "cases/event_types.h"
#include "demo_data.h"
#include "station_backend.h"

namespace fg {

bool add_demo_set_aside(StationBackend& backend, QString* error) {
  if (!backend.store()) return false;
  try {
    EventStore& store = *backend.store();
    // The cases as they stand: each gets one event from a device the bureau then revokes.
    std::vector<std::string> numbers;
    for (const auto& c : backend.fold().cases) numbers.push_back(c.number);
    const KeyPair revoked = KeyPair::from_seed(Bytes(32, 0x5e));
    store.trust_device(revoked.public_hex(), "S09");
    for (const auto& number : numbers)
      store.append(revoked, "OF-017", std::string(events::kDefenceRecorded), {{"case_number", number}, {"text", "-"}});
    for (int i = 1; i <= 3; ++i)
      store.append(revoked, "OF-017", std::string(events::kCaseOpened),
                   {{"case_number", "CF138-S09-900" + std::to_string(i)}, {"station", "S09"}});
    store.revoke_device(revoked.public_hex(), 0);  // cut-off before its first event
    backend.refresh();
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
}

}  // namespace fg
