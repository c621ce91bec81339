#pragma once
// Helpers for an exporter (fairguard-relay export): turn a selection of events (a case's, or
// all) into what a bundle needs.
#include <map>
#include <span>
#include <string>
#include <vector>

#include "ledger/store.h"
#include "tlog/transparency_log.h"

namespace fg {

// Per device, every event from the first selected seq to the last selected one, so the
// verifier can check the chain links between them. Sorted by (device, seq).
std::vector<SignedEvent> contiguous_runs(EventStore& store, std::span<const SignedEvent> selected);

// Inclusion proof of every event in the log's first `tree_size` leaves, by event hash hex.
// Throws std::runtime_error naming the first event that is not logged there.
std::map<std::string, InclusionProof> prove_events(TransparencyLog& log, std::span<const SignedEvent> events,
                                                   std::uint64_t tree_size);

}  // namespace fg
