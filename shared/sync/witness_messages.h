#pragma once
// The witness protocol's two messages (docs/witness.md), on the sync frames: the relay sends
// witness-add (a log's signed tree head, the size it believes the witness last cosigned, and
// the consistency proof from that size), the witness answers witness-reply (its cosignature,
// or a refusal code, a message and the size it holds). The C2SP tlog-witness add-checkpoint
// idea, in FairGuard's JSON. Parsing is bounded and throws ProtocolError naming the fault.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/frame.h"
#include "tlog/cosignature.h"

namespace fg::sync {

// A witness-add is a few kilobytes at most (64 hashes of proof): anything larger is refused
// on its header.
constexpr std::uint32_t kMaxWitnessPayload = 16 * 1024;

struct AddHead {
  PublicKey log{};             // the log's public key: which log this is
  std::uint64_t old_size = 0;  // the size the sender believes the witness cosigned last (0: none)
  std::vector<Digest> proof;   // consistency proof from old_size to head.head.size
  SignedTreeHead head;
};

// Refusal codes of a witness-reply: stable strings; the message says the rest.
namespace witness_err {
inline constexpr const char* kUnknownLog = "unknown_log";      // the witness does not witness this log
inline constexpr const char* kBadSignature = "bad_signature";  // the head is not signed by the log key
inline constexpr const char* kConflict = "size_conflict";      // old_size is not what it holds: retry from `size`
inline constexpr const char* kRewritten = "rewritten_log";     // smaller, other root, or the proof fails
inline constexpr const char* kBackdated = "backdated_head";    // a larger tree with an earlier time
}  // namespace witness_err

struct WitnessReply {
  std::optional<Cosignature> cosignature;  // set when it cosigned
  std::string refused;                     // a witness_err code otherwise
  std::string message;
  std::uint64_t size = 0;  // the size the witness holds for this log after the request
};

Frame make(const AddHead& m);
AddHead parse_add_head(const Frame& f);
Frame make(const WitnessReply& m);
WitnessReply parse_witness_reply(const Frame& f);

}  // namespace fg::sync
