#include "bundle/bundle_accepted_heads.h"

#include <set>

#include "bundle/bundle_format.h"
#include "bundle/bundle_writer.h"
#include "json/bounded_json.h"
#include "tlog/merkle.h"
#include "tlog/receipt.h"

namespace fg {

namespace {

// One entry of the file: exactly its two fields.
std::optional<BundleAcceptedHead> entry_from_json(const Json& j, std::string* why) {
  if (!j.is_object() || j.size() != 2 || !j.contains("consistency") || !j.contains("statement")) {
    *why = "an entry must have exactly consistency and statement";
    return std::nullopt;
  }
  auto statement = accepted_head_from_json(j["statement"], why);
  if (!statement) return std::nullopt;
  auto proof = proof_hashes_from_json(j["consistency"], "accepted head consistency proof", why);
  if (!proof) return std::nullopt;
  return BundleAcceptedHead{std::move(*statement), std::move(*proof)};
}

}  // namespace

std::string accepted_heads_file(std::span<const BundleAcceptedHead> heads) {
  Json list = Json::array();
  for (const BundleAcceptedHead& h : heads) {
    Json proof = Json::array();
    for (const Digest& d : h.consistency) proof.push_back(to_hex(d));
    list.push_back({{"consistency", std::move(proof)}, {"statement", h.statement.to_json()}});
  }
  return canonical_dump(list);
}

AcceptedHeadFinding check_bundle_accepted_heads(
    const BundleSource& bundle, const SignedTreeHead& head, const PublicKey& log_key, const std::string& fair,
    const std::function<std::optional<std::string>(const std::string& device_hex)>& station_of) {
  using Fault = AcceptedHeadFinding::Fault;
  AcceptedHeadFinding f;
  // The first failure ends the check, with what was found before it.
  auto failed = [&f](Fault fault, std::string why) {
    f.fault = fault;
    f.failure = std::move(why);
    return f;
  };
  const std::string name(bundle::kAcceptedHeads);
  if (!bundle.contains(name)) {
    f.report.push_back("no station's accepted tree head in the bundle");
    return f;
  }
  std::string why;
  const auto bytes = bundle.read(name, &why);
  if (!bytes) return failed(Fault::Malformed, name + ": " + why);
  // Depth: array, entry, statement, tree head. Elements: per array or object.
  const JsonParse parsed =
      parse_untrusted_json(*bytes, {BundleSource::kMaxSmallFile, 4, kMaxBundleAcceptedHeads, true});
  if (!parsed || !parsed.value->is_array() || canonical_dump(*parsed.value) != *bytes)
    return failed(Fault::Malformed, name + " is not a canonical JSON array" + (parsed ? "" : ": " + parsed.error));
  std::set<std::string> seen;
  for (const Json& j : *parsed.value) {
    auto entry = entry_from_json(j, &why);
    if (!entry) return failed(Fault::Malformed, name + ": " + why);
    const AcceptedHead& a = entry->statement;
    const std::string device = to_hex(a.device);
    const auto station = station_of(device);
    if (!station)
      return failed(Fault::Malformed,
                    name + ": a statement by device " + device.substr(0, 12) + "…, which keys.json does not list");
    if (!seen.insert(device).second) return failed(Fault::Malformed, name + " holds two statements of " + *station);
    const std::string size = std::to_string(a.head.head.size);
    if (a.fair != fair)
      return failed(Fault::Malformed, name + ": " + *station + "'s statement is for fair " + a.fair + ", not " + fair);
    if (a.log != log_key)
      return failed(Fault::Malformed, name + ": " + *station + "'s statement names another log key than the bundle's");
    if (!verify_accepted_head(a))
      return failed(Fault::BadSignature, name + ": " + *station + "'s statement that it accepted the log at size " +
                                             size + " is not signed by its device key: forged or altered");
    if (!verify_tree_head(a.head, log_key))
      return failed(Fault::BadSignature,
                    name + ": the head of size " + size + " " + *station + " accepted is not signed by the log key");
    if (a.head.head.size > head.head.size || a.head.head.time > head.head.time ||
        !verify_consistency(a.head.head.size, head.head.size, a.head.head.root, head.head.root, entry->consistency))
      return failed(Fault::Inconsistent, "the bureau log as this bundle proves it (size " +
                                             std::to_string(head.head.size) + ", dated " +
                                             utc_time_text(head.head.time) + ") does not extend the head of size " +
                                             size + " (dated " + utc_time_text(a.head.head.time) + ") that " +
                                             *station + " accepted: the log was rewritten after the station saw it");
    f.report.push_back(*station + " accepted the log at size " + size + " on " + utc_time_text(a.accepted_at) +
                       ": consistent with this bundle's head");
  }
  if (parsed.value->empty()) f.report.push_back("no station's accepted tree head in the bundle");
  return f;
}

}  // namespace fg
