#pragma once
// The witness's one decision (docs/witness.md, "Protocol"): cosign a log's tree head only if
// the log signed it and it extends the last head this witness cosigned for that log, the C2SP
// tlog-witness rule. Socket-free: the server hands it each witness-add.
#include <cstdint>

#include "crypto/keys.h"
#include "sync/witness_messages.h"
#include "witness/witness_state.h"

namespace fg::witness {

// Refusals of heads the log did sign (rewritten, backdated) are recorded in `state` as
// evidence; the new head is committed before the reply carrying its cosignature is made.
sync::WitnessReply add_head(WitnessState& state, const KeyPair& witness_key, std::int64_t now_ms,
                            const sync::AddHead& request);

}  // namespace fg::witness
