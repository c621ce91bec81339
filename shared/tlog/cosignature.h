#pragma once
// Witness cosignatures (docs/witness.md): a witness, run by someone other than the bureau,
// signs a log's tree head only after checking it extends the last head it signed for that
// log. Signed bytes: the domain prefix, then canonical JSON
// {"cosigned":ms,"log":hex,"root":hex,"size":n,"time":ms}: the log's public key, the head,
// and when the witness signed. A cosignature can never be taken for a tree-head signature or
// any other FairGuard message.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tlog/tree_head.h"

namespace fg {

inline constexpr std::string_view kCosignatureDomain = "fairguard-cosignature-v1\n";
// Cosignatures carried with one head (a bundle, a receipt): more is refused unread.
inline constexpr std::size_t kMaxCosignatures = 16;

struct Cosignature {
  PublicKey witness{};
  std::int64_t time = 0;  // ms since the Unix epoch, UTC, when the witness signed
  Signature sig{};

  Json to_json() const;  // {"sig":hex,"time":ms,"witness":hex}
};

std::string cosigned_message(const PublicKey& log_key, const TreeHead& head, std::int64_t cosigned_at);
Cosignature cosign_tree_head(const PublicKey& log_key, const TreeHead& head, const KeyPair& witness,
                             std::int64_t now_ms);
[[nodiscard]] bool verify_cosignature(const Cosignature& c, const PublicKey& log_key, const TreeHead& head);
// Never throws: nullopt and the reason on anything malformed.
std::optional<Cosignature> cosignature_from_json(const Json& j, std::string* why = nullptr);

// A signed tree head with the cosignatures witnesses gave it, and (in a bundle or a receipt
// whose own head is larger) the consistency proof from it to that head.
struct WitnessedHead {
  SignedTreeHead head;
  std::vector<Cosignature> cosignatures;
  std::vector<Digest> consistency;  // from head.size to the carrying head's size; empty when equal

  Json to_json() const;  // {"consistency":[hex...],"cosignatures":[...],"treeHead":{...}}
};
std::optional<WitnessedHead> witnessed_head_from_json(const Json& j, std::string* why = nullptr);
// A signed head and one cosignature as a relay or a station stores them (JSON text each), back
// as a witnessed head without a proof; nullopt when either does not parse.
std::optional<WitnessedHead> stored_witnessed_head(std::string_view head_json, std::string_view cosignature_json);

}  // namespace fg
