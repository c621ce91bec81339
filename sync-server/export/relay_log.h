#pragma once
// The relay's transparency log, kept in relay.db beside the EventStore (tables tlog_*).
#include <cstdint>

#include "data/relay_data.h"

namespace fg::relay {

// Appends the hash of every stored event not logged yet, in EventStore fold order (hlc,
// device, seq), so two runs over the same store log the same sequence. Idempotent: logged
// hashes are skipped. Returns the log size afterwards.
std::uint64_t log_stored_events(RelayData& data);

}  // namespace fg::relay
