#include "net/relay_receipts.h"

#include "data/cosignature_store.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

namespace {

// One signature per change of the log, not per batch or request: an unchanged log reuses
// its latest head (so stations syncing in a quiet minute all see the same head).
SignedTreeHead current_head(RelayData& data, TransparencyLog& log) {
  const std::uint64_t size = log.size();
  if (auto latest = log.latest_head(); latest && latest->head.size == size) return *latest;
  return log.sign_head(data.log_key(), data.now_ms());
}

void add_consistency(TransparencyLog& log, sync::TreeProofs& t, std::uint64_t from_size) {
  t.from_size = from_size;
  if (from_size > t.head.head.size) {
    // The station holds a larger tree than the log has now: only a rewrite does that. The
    // signed smaller head is the station's evidence.
    t.error = "this station holds a tree head of size " + std::to_string(from_size) + " but the relay's log has " +
              std::to_string(t.head.head.size) + " leaves";
    return;
  }
  t.consistency = log.consistency_proof(from_size, t.head.head.size);
}

sync::ProofItem proof_item(TransparencyLog& log, const Digest& event, std::uint64_t index, std::uint64_t size) {
  return {event, index, log.inclusion_proof(index, size).path};
}

}  // namespace

LoggedImport import_and_log(RelayData& data, std::span<const SignedEvent> batch, std::uint64_t from_size) {
  TransparencyLog& log = data.log();
  LoggedImport out;
  std::vector<Digest> accepted_hashes;
  std::vector<std::uint64_t> indices;
  out.results = data.events().import_batch(batch, [&](const std::vector<ImportResult>& results) {
    // Inside the import's transaction: events and their leaves commit together, so an event
    // acknowledged is always in the log, and a rolled-back batch leaves no leaf behind. An
    // event already held (a retry after a cut) keeps its leaf: the log returns its index.
    for (std::size_t i = 0; i < results.size(); ++i)
      if (accepted(results[i].status)) accepted_hashes.push_back(batch[i].hash);
    indices = log.append(accepted_hashes);
    out.proofs.head = current_head(data, log);
  });
  const std::uint64_t size = out.proofs.head.head.size;
  for (std::size_t i = 0; i < accepted_hashes.size(); ++i)
    out.proofs.proofs.push_back(proof_item(log, accepted_hashes[i], indices[i], size));
  add_consistency(log, out.proofs, from_size);
  out.proofs.witnessed = witnessed_heads(data.events().database(), log, out.proofs.head.head);
  return out;
}

sync::TreeProofs answer_tree_request(RelayData& data, const sync::TreeRequest& request) {
  TransparencyLog& log = data.log();
  sync::TreeProofs out;
  out.head = current_head(data, log);
  const std::uint64_t size = out.head.head.size;
  add_consistency(log, out, request.size);
  out.witnessed = witnessed_heads(data.events().database(), log, out.head.head);
  for (const Digest& event : request.want) {
    auto index = log.index_of(event);
    if (index && *index < size)
      out.proofs.push_back(proof_item(log, event, *index, size));
    else
      out.missing.push_back(event);
  }
  return out;
}

}  // namespace fg::relay
