#pragma once
// A bundle's witnesses.json (docs/receipts.md, docs/witness.md): the latest cosignature each
// witness gave the bureau log on a head the bundle's tree head extends, with the consistency
// proof from that head to the bundle's. Checked against the bundle's verified tree head: every
// witnessed head signed by the log key and extended by the bundle's head, every cosignature
// valid for the key it names; the witnesses whose keys the checker gave (--witness-key) are
// reported as having vouched for the log up to that size.
#include <span>
#include <string>
#include <vector>

#include "bundle/bundle_source.h"
#include "tlog/cosignature.h"

namespace fg {

inline constexpr std::size_t kMaxBundleWitnessedHeads = 64;

struct WitnessFinding {
  enum class Fault { None, Malformed, Cosignature, Inconsistent } fault = Fault::None;
  std::string failure;              // the first thing that failed
  std::vector<std::string> report;  // what was found, in order
};

[[nodiscard]] WitnessFinding check_bundle_witnesses(const BundleSource& bundle, const SignedTreeHead& head,
                                                    const PublicKey& log_key, std::span<const PublicKey> witness_keys);

// The file's contents for a bundle writer: canonical JSON, an array of witnessed heads.
std::string witnesses_file(std::span<const WitnessedHead> witnessed);

}  // namespace fg
