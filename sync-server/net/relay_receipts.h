#pragma once
// The relay's receipts (docs/receipts.md, docs/sync-protocol.md): a pushed batch is imported
// and its accepted events appended to the transparency log in one transaction; the ack then
// carries one signed tree head, the consistency proof from the size the station holds, and an
// inclusion proof per accepted event. A tree request gets the same for the events it names.
#include <cstdint>
#include <span>
#include <vector>

#include "data/relay_data.h"
#include "sync/messages.h"

namespace fg::relay {

struct LoggedImport {
  std::vector<ImportResult> results;  // one per event of the batch, as import_batch
  sync::TreeProofs proofs;            // for the accepted events, in batch order
};

// `from_size`: the tree size the station last accepted (the consistency proof starts there).
LoggedImport import_and_log(RelayData& data, std::span<const SignedEvent> batch, std::uint64_t from_size);

sync::TreeProofs answer_tree_request(RelayData& data, const sync::TreeRequest& request);

}  // namespace fg::relay
