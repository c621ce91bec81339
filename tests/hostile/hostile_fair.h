#pragma once
// A fair for the hostile-station tests: the real fairguard-relay process on 127.0.0.1 and
// stations that speak the real sync protocol (sim/sim_station.h), one of which misbehaves:
// it pushes hand-made signed events through a raw authenticated session.
#include <memory>
#include <string>
#include <vector>

#include "relay_process.h"
#include "sim/sim_station.h"
#include "support/temp_dir.h"
#include "sync/messages.h"

namespace fg::test {

class HostileFair {
 public:
  HostileFair();
  ~HostileFair();
  RelayProcess& relay() { return relay_; }
  const std::filesystem::path& dir() const { return tmp_.path(); }
  // A new station, enrolled (first sync done).
  relay::SimStation& station(const std::string& name);
  // Pushes `events` signed by `as` on a fresh authenticated session; returns the relay's ack.
  sync::AckMsg push_raw(relay::SimStation& as, const std::vector<SignedEvent>& events);

 private:
  TempDir tmp_;
  RelayProcess relay_;
  std::vector<std::unique_ptr<relay::SimStation>> stations_;
};

// An event of `who`'s chain at `seq` after `prev`, with the given hlc, ready to sign.
Event chain_event(const relay::SimStation& who, std::int64_t seq, const std::string& prev, std::int64_t hlc,
                  const std::string& type, Json body);

}  // namespace fg::test
