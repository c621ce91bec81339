#include "witness/witness_check.h"

#include "tlog/merkle.h"

namespace fg::witness {

namespace {

sync::WitnessReply refusal(const char* code, std::string message, std::uint64_t size) {
  sync::WitnessReply r;
  r.refused = code;
  r.message = std::move(message);
  r.size = size;
  return r;
}

}  // namespace

sync::WitnessReply add_head(WitnessState& state, const KeyPair& witness_key, std::int64_t now_ms,
                            const sync::AddHead& request) {
  const TreeHead& head = request.head.head;
  const auto log = state.find_log(request.log);
  if (!log)
    return refusal(sync::witness_err::kUnknownLog, "this witness does not witness log " + to_hex(request.log), 0);
  if (!verify_tree_head(request.head, log->key))
    return refusal(
        sync::witness_err::kBadSignature,
        "the tree head of size " + std::to_string(head.size) + " is not signed by the key of log " + log->name, 0);
  const auto latest = state.latest(log->key);
  const std::uint64_t held = latest ? latest->head.head.size : 0;
  // A head the log signed that contradicts what this witness vouched for: the log's history
  // was rewritten. Kept as evidence, refused with the reason.
  auto rewritten = [&](const char* code, const std::string& why) {
    const std::string message = "log " + log->name + " " + why + ": refused, nothing cosigned";
    state.record_refusal({now_ms, to_hex(log->key), code, message, request.head.to_json()});
    return refusal(code, message, held);
  };
  if (latest) {
    const TreeHead& last = latest->head.head;
    const std::string sizes = std::to_string(last.size) + " -> " + std::to_string(head.size);
    if (head.size < last.size)
      return rewritten(sync::witness_err::kRewritten,
                       "rewrote its history: its tree shrank (" + sizes + ") below the head this witness cosigned");
    if (head.size == last.size && head.root != last.root)
      return rewritten(sync::witness_err::kRewritten, "rewrote its history: another root at tree size " +
                                                          std::to_string(head.size) + ", which this witness cosigned");
    if (head.size > last.size) {
      // The sender proved from another size than the one held: it says which, the sender retries.
      if (request.old_size != last.size)
        return refusal(sync::witness_err::kConflict,
                       "this witness holds size " + std::to_string(last.size) + " of log " + log->name + ", not " +
                           std::to_string(request.old_size) + ": send the consistency proof from there",
                       held);
      if (head.time < last.time)
        return rewritten(sync::witness_err::kBackdated,
                         "signed a larger tree (" + sizes + ") dated before the head this witness cosigned");
      if (!verify_consistency(last.size, head.size, last.root, head.root, request.proof))
        return rewritten(sync::witness_err::kRewritten,
                         "rewrote its history: the new head does not extend the one this witness cosigned (" + sizes +
                             "; the consistency proof fails)");
    }
  } else if (request.old_size != 0) {
    return refusal(sync::witness_err::kConflict,
                   "this witness has cosigned no head of log " + log->name + " yet: send old size 0", 0);
  }
  CosignedHead cosigned{request.head, cosign_tree_head(log->key, head, witness_key, now_ms)};
  // Same size and root (a retry, a re-signed head): cosigned again; the state moves to it
  // unless it is dated earlier than the head held (the time a later head is checked against).
  if (!latest || head.size > latest->head.head.size || head.time >= latest->head.head.time)
    state.advance(log->key, cosigned);
  sync::WitnessReply reply;
  reply.cosignature = cosigned.cosignature;
  reply.size = head.size;
  return reply;
}

}  // namespace fg::witness
