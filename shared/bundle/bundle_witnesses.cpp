#include "bundle/bundle_witnesses.h"

#include <algorithm>

#include "bundle/bundle_format.h"
#include "bundle/bundle_writer.h"
#include "json/bounded_json.h"
#include "tlog/merkle.h"

namespace fg {

namespace {

using Fault = WitnessFinding::Fault;

WitnessFinding failed(WitnessFinding f, Fault fault, std::string why) {
  f.fault = fault;
  f.failure = std::move(why);
  return f;
}

std::string witness_name(const PublicKey& key) { return "witness " + to_hex(key).substr(0, 16) + "…"; }

}  // namespace

std::string witnesses_file(std::span<const WitnessedHead> witnessed) {
  Json list = Json::array();
  for (const WitnessedHead& w : witnessed) list.push_back(w.to_json());
  return canonical_dump(list);
}

WitnessFinding check_bundle_witnesses(const BundleSource& bundle, const SignedTreeHead& head, const PublicKey& log_key,
                                      std::span<const PublicKey> witness_keys) {
  WitnessFinding f;
  const std::string name(bundle::kWitnesses);
  auto vouched_for_nothing = [&] {
    for (const PublicKey& k : witness_keys) f.report.push_back(witness_name(k) + ": no cosignature in this bundle");
  };
  if (!bundle.contains(name)) {
    f.report.push_back("no witness cosignatures in the bundle");
    vouched_for_nothing();
    return f;
  }
  std::string why;
  const auto bytes = bundle.read(name, &why);
  if (!bytes) return failed(f, Fault::Malformed, name + ": " + why);
  const JsonParse parsed = parse_untrusted_json(*bytes, {BundleSource::kMaxSmallFile, 5, 1024, true});
  if (!parsed || !parsed.value->is_array() || canonical_dump(*parsed.value) != *bytes)
    return failed(f, Fault::Malformed, name + " is not a canonical JSON array" + (parsed ? "" : ": " + parsed.error));
  if (parsed.value->size() > kMaxBundleWitnessedHeads)
    return failed(f, Fault::Malformed,
                  name + " holds more than " + std::to_string(kMaxBundleWitnessedHeads) + " heads");
  std::vector<PublicKey> vouched;
  for (const Json& entry : *parsed.value) {
    auto w = witnessed_head_from_json(entry, &why);
    if (!w) return failed(f, Fault::Malformed, name + ": " + why);
    const TreeHead& seen = w->head.head;
    const std::string size = std::to_string(seen.size);
    if (!verify_tree_head(w->head, log_key))
      return failed(f, Fault::Inconsistent,
                    name + ": the witnessed head of size " + size + " is not signed by the log key");
    if (seen.size > head.head.size ||
        !verify_consistency(seen.size, head.head.size, seen.root, head.head.root, w->consistency))
      return failed(f, Fault::Inconsistent,
                    "the bureau log as this bundle proves it (size " + std::to_string(head.head.size) +
                        ") does not extend the head of size " + size +
                        " its witnesses cosigned: the log was rewritten after they saw it");
    for (const Cosignature& c : w->cosignatures) {
      // Checked against the key it names even when that key was not given: a cosignature that
      // does not hold is forged, whoever it claims to be from.
      if (!verify_cosignature(c, log_key, seen))
        return failed(f, Fault::Cosignature,
                      "the cosignature of " + witness_name(c.witness) + " on the head of size " + size +
                          " does not verify: forged or altered");
      if (std::ranges::find(witness_keys, c.witness) == witness_keys.end()) {
        f.report.push_back(witness_name(c.witness) + " cosigned size " + size +
                           " (its key was not given with --witness-key: not counted)");
        continue;
      }
      vouched.push_back(c.witness);
      f.report.push_back(witness_name(c.witness) + " vouched for the log up to tree size " + size + " (cosigned " +
                         utc_time_text(c.time) + "), and this bundle's head extends it: good");
    }
  }
  for (const PublicKey& k : witness_keys)
    if (std::ranges::find(vouched, k) == vouched.end())
      f.report.push_back(witness_name(k) + ": no cosignature in this bundle");
  return f;
}

}  // namespace fg
