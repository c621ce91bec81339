#include "bundle/bundle_collect.h"

#include <algorithm>
#include <stdexcept>

namespace fg {

std::vector<SignedEvent> contiguous_runs(EventStore& store, std::span<const SignedEvent> selected) {
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> ranges;  // device -> first, last
  for (const SignedEvent& e : selected) {
    auto [it, fresh] = ranges.try_emplace(e.event.device, e.event.seq, e.event.seq);
    if (!fresh) {
      it->second.first = std::min(it->second.first, e.event.seq);
      it->second.second = std::max(it->second.second, e.event.seq);
    }
  }
  std::vector<SignedEvent> out;
  for (const auto& [device, range] : ranges) {
    auto run = store.read(device, range.first, range.second);
    if (run.size() != static_cast<std::size_t>(range.second - range.first + 1))
      throw std::runtime_error("the store lacks events of device " + device + " between seq " +
                               std::to_string(range.first) + " and " + std::to_string(range.second));
    out.insert(out.end(), std::make_move_iterator(run.begin()), std::make_move_iterator(run.end()));
  }
  return out;
}

std::map<std::string, InclusionProof> prove_events(TransparencyLog& log, std::span<const SignedEvent> events,
                                                   std::uint64_t tree_size) {
  std::map<std::string, InclusionProof> out;
  for (const SignedEvent& e : events) {
    auto proof = log.prove_event(e.hash, tree_size);
    if (!proof)
      throw std::runtime_error("event " + e.hash_hex() + " (device " + e.event.device + " seq " +
                               std::to_string(e.event.seq) + ") is not in the log's first " +
                               std::to_string(tree_size) + " leaves");
    out.emplace(e.hash_hex(), std::move(*proof));
  }
  return out;
}

}  // namespace fg
