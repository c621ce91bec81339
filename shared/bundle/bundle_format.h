#pragma once
// The evidence bundle: one zip a court, a lawyer or the other party can check offline with
// only public keys (docs/receipts.md, docs/verify-by-hand.md). Layout:
//   manifest.json           canonical JSON: format, fair, case, counts, every other file's
//                           name, SHA-256 and size (all but manifest.json and manifest.sig)
//   manifest.sig            64-byte Ed25519 signature by the bureau key over
//                           kManifestDomain + manifest.json
//   keys.json               public keys with roles: bureau, log, device (with station code),
//                           each also as PEM for openssl; a device's code must be the one
//                           the signed configurations in configs/ give it
//   tree-head.json          canonical {"root","size","time"} of the log's tree head
//   tree-head.sig           64-byte Ed25519 signature by the log key over
//                           kTreeHeadDomain + tree-head.json
//   events/<device>/<seq>.json   the event's canonical bytes
//   events/<device>/<seq>.sig    its 64-byte device signature
//   events/<device>/<seq>.osig   version-2 events only: the 64-byte officer signature
//   configs/<sha256>.json        every bureau-signed fair configuration a version-2 event
//                                names, as signed ({"config":...,"sig":...}), named by the
//                                SHA-256 of its bytes
//   proofs/<event hash>.json     inclusion proof of the event against tree-head.json
//   blobs/<sha256>               raw bytes, named by their SHA-256
//   witnesses.json          optional, canonical JSON array: per witness, the latest head it
//                           cosigned that tree-head.json extends: {"consistency":[hex...],
//                           "cosignatures":[{"sig","time","witness"}],"treeHead":{signed head}}
//                           (docs/witness.md)
//   accepted_heads.json     optional, canonical JSON array: per station, the newest tree head
//                           it accepted and its device-signed statement saying so, with the
//                           consistency proof to tree-head.json: {"consistency":[hex...],
//                           "statement":{"accepted","device","fair","log","sig","treeHead"}}
//                           (bundle_accepted_heads.h, tlog/accepted_head.h)
//   summary.txt             human-readable case summary (covered by the manifest)
//   coverage.json           case bundles only: the bureau's statement of every station's
//                           chain head at export and the seqs of its events naming the case
//                           (bundle_coverage.h)
//   coverage.sig            64-byte Ed25519 signature by the bureau key over
//                           kCoverageDomain + coverage.json
//   access-log.jsonl        case bundles, optional: the case's lines of the bureau console's
//                           signed access log, who viewed, downloaded, exported or reviewed it,
//                           when and from where (access_record.h)
//   reviews.json            optional: the bureau's review marks of the case (of every case in
//                           an "all" bundle), canonical JSON array of bureau-signed statements
//                           {"at","case","fair","id","mark","note","sig","user"} (bundle_reviews.h)
#include <cstdint>
#include <string>
#include <string_view>

namespace fg::bundle {

inline constexpr std::string_view kFormat = "fairguard-bundle-v1";
inline constexpr std::string_view kManifestDomain = "fairguard-bundle-manifest-v1\n";

inline constexpr std::string_view kManifest = "manifest.json";
inline constexpr std::string_view kManifestSig = "manifest.sig";
inline constexpr std::string_view kKeys = "keys.json";
inline constexpr std::string_view kTreeHead = "tree-head.json";
inline constexpr std::string_view kTreeHeadSig = "tree-head.sig";
inline constexpr std::string_view kSummary = "summary.txt";
// Optional: witnesses' cosignatures on heads the tree head extends (bundle_witnesses.h).
inline constexpr std::string_view kWitnesses = "witnesses.json";
// Optional: stations' accepted heads that the tree head extends (bundle_accepted_heads.h).
inline constexpr std::string_view kAcceptedHeads = "accepted_heads.json";
inline constexpr std::string_view kCoverage = "coverage.json";
inline constexpr std::string_view kCoverageSig = "coverage.sig";
inline constexpr std::string_view kAccessRecord = "access-log.jsonl";
inline constexpr std::string_view kReviews = "reviews.json";

inline std::string event_path(const std::string& device, std::int64_t seq) {
  return "events/" + device + "/" + std::to_string(seq) + ".json";
}
inline std::string event_sig_path(const std::string& device, std::int64_t seq) {
  return "events/" + device + "/" + std::to_string(seq) + ".sig";
}
inline std::string event_officer_sig_path(const std::string& device, std::int64_t seq) {
  return "events/" + device + "/" + std::to_string(seq) + ".osig";
}
inline std::string config_path(const std::string& sha256) { return "configs/" + sha256 + ".json"; }
inline std::string blob_path(const std::string& hash) { return "blobs/" + hash; }
inline std::string proof_path(const std::string& event_hash) { return "proofs/" + event_hash + ".json"; }

}  // namespace fg::bundle
