#pragma once
// A station's accepted tree head (docs/receipts.md, "Accepted heads"): the device's statement
// "I, station D of fair F, accepted log L's signed tree head (size, root, time) at this time",
// signed with the device key. Stations send their newest one at each sync; the relay checks it
// against its own log and keeps each device's newest; bundles carry them with a consistency
// proof to the export head, so a bureau that rewrote its log after a station saw it is caught.
//
// Signed bytes: the domain prefix, then canonical JSON
// {"accepted":ms,"device":hex,"fair":id,"log":hex,"root":hex,"size":n,"time":ms}.
// As JSON (sync message, bundle): {"accepted","device","fair","log","sig","treeHead"}, the
// tree head signed by the log key as in tree_head.h.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tlog/tree_head.h"

namespace fg {

inline constexpr std::string_view kAcceptedHeadDomain = "fairguard-accepted-head-v1\n";
inline constexpr std::size_t kMaxAcceptedFairId = 64;  // bytes of the fair id in a statement

struct AcceptedHead {
  std::string fair;
  PublicKey device{};
  PublicKey log{};
  SignedTreeHead head;
  std::int64_t accepted_at = 0;  // ms UTC, the station's clock when it accepted the head
  Signature sig{};               // by the device key over accepted_head_message()

  Json to_json() const;
};

std::string accepted_head_message(const AcceptedHead& a);  // the signed bytes (sig not used)
AcceptedHead sign_accepted_head(const std::string& fair, const KeyPair& device, const PublicKey& log,
                                const SignedTreeHead& head, std::int64_t accepted_at);
// The device signature only; the log's signature of the head is verify_tree_head's.
[[nodiscard]] bool verify_accepted_head(const AcceptedHead& a);
// Never throws: nullopt and the reason on anything malformed (exactly the six fields, each in
// its range: hex of the right length, a fair id of 1..kMaxAcceptedFairId bytes, times >= 0).
std::optional<AcceptedHead> accepted_head_from_json(const Json& j, std::string* why = nullptr);

}  // namespace fg
