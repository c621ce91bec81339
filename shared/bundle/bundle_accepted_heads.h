#pragma once
// A bundle's accepted_heads.json (docs/receipts.md, "Accepted heads"): per station, the newest
// tree head it accepted at a sync and its device-signed statement saying so
// (tlog/accepted_head.h), with the consistency proof from that head to the bundle's tree head.
// A station accepted a head only after checking it extends every head it held before; so a
// bundle whose head does not extend it comes from a log the bureau rewrote after the station
// saw it. Checked against the bundle's verified tree head: each statement signed by a device
// the bundle lists, of this fair and this log key, its head signed by the log key, dated no
// later than the bundle's head, and extended by it.
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bundle/bundle_source.h"
#include "tlog/accepted_head.h"

namespace fg {

inline constexpr std::size_t kMaxBundleAcceptedHeads = 1000;  // one per station

struct BundleAcceptedHead {
  AcceptedHead statement;
  std::vector<Digest> consistency;  // from statement.head's size to the bundle head's; empty when equal
};

struct AcceptedHeadFinding {
  enum class Fault { None, Malformed, BadSignature, Inconsistent } fault = Fault::None;
  std::string failure;              // the first thing that failed
  std::vector<std::string> report;  // what was found, in order
};

// `station_of` names a device the bundle lists ("station S01"), nullopt for one it does not.
[[nodiscard]] AcceptedHeadFinding check_bundle_accepted_heads(
    const BundleSource& bundle, const SignedTreeHead& head, const PublicKey& log_key, const std::string& fair,
    const std::function<std::optional<std::string>(const std::string& device_hex)>& station_of);

// The file's contents for a bundle writer: canonical JSON, an array of
// {"consistency":[hex...],"statement":{...}}, in the order given.
std::string accepted_heads_file(std::span<const BundleAcceptedHead> heads);

}  // namespace fg
