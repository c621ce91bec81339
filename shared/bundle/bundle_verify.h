#pragma once
// The independent check of an evidence bundle (what fairguard-verify runs): every signature
// (device and, on version-2 events, officer: against the bureau-signed configuration the event
// names), every chain, every blob hash, every inclusion proof, the tree-head and manifest
// signatures.
// It trusts nothing but the public keys (pin them with the options) and stops at the first
// thing that fails, naming it. Without pinned keys it can only say the bundle is consistent
// with the keys it carries: UNVERIFIED.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bundle/bundle_source.h"
#include "crypto/keys.h"

namespace fg {

// Each failure has its own kind so that a report and a test can tell them apart.
enum class BundleFault {
  None,
  Unreadable,             // not a zip, or a file in it is damaged
  Manifest,               // manifest.json missing or malformed
  Keys,                   // keys.json missing or malformed
  KeyNotPinned,           // a key in the bundle differs from the one given on the command line
  ManifestSignature,      // manifest.json not signed by the bureau key
  TreeHead,               // tree-head.json / .sig missing or malformed
  TreeHeadSignature,      // tree head not signed by the log key
  TreeHeadBackdated,      // tree head dated before a configuration its events name was signed
  EventMalformed,         // an event file is not a well-formed canonical event with a signature
  EventMisplaced,         // an event's file name does not match its device and seq (swapped)
  WrongFair,              // an event belongs to another fair than the manifest says
  UnknownDevice,          // an event from a device keys.json does not list
  EventSignature,         // an event's signature does not verify
  ConfigMissing,          // a version-2 event names a signed configuration the bundle lacks
  ConfigInvalid,          // a configs/ file is not a configuration the bureau key signed for this fair
  OfficerSignature,       // a version-2 event's officer signature is missing or does not hold
  DeviceRelabelled,       // keys.json gives a device another station code than the signed configuration
  ChainGap,               // a device's run of seqs has a hole
  ChainBroken,            // prev does not link to the previous event (or hlc goes back)
  MissingBlob,            // an event cites a blob the bundle lacks
  BlobHash,               // a blob's bytes do not match its name
  ProofMissing,           // an event has no inclusion proof
  ProofMalformed,         // a proof file is not a well-formed proof
  ProofOtherTree,         // a proof does not lead to the signed tree head's root
  Incomplete,             // a whole-log bundle ("all") lacks some leaf of its tree head
  Coverage,               // a case bundle's coverage.json / .sig missing, malformed, not the bureau's, or contradicted
  CaseEventMissing,       // an event the signed coverage statement lists as naming the case is not in the bundle
  UnexpectedFile,         // a file the format has no place for, or not listed in the manifest
  ManifestMismatch,       // a file's hash or size, or a count, differs from the manifest
  WitnessMalformed,       // witnesses.json is not a canonical array of witnessed heads
  WitnessCosignature,     // a witness cosignature does not verify (forged or altered)
  WitnessInconsistent,    // the bundle's head does not extend a head witnesses cosigned
  AcceptedHeadMalformed,  // accepted_heads.json malformed, or a statement of an unlisted device, fair or log
  AcceptedHeadSignature,  // a station's accepted-head statement or its head does not verify
  AcceptedHeadInconsistent,  // the bundle's head does not extend (or predates) a head a station accepted
  AccessRecord,              // access-log.jsonl: a line not as the bureau signed it, of another case, or out of order
  Review,                    // reviews.json: a mark not as the bureau signed it, of another fair or case, or malformed
};
const char* describe(BundleFault f);

struct BundleVerifyOptions {
  std::optional<PublicKey> bureau_key;  // --bureau-key: the key the bureau published
  std::optional<PublicKey> log_key;     // --log-key
  std::string fair;                     // from a --keys file: the bundle must be of this fair
  std::vector<PublicKey> witness_keys;  // --witness-key: witnesses whose cosignatures count
};

struct BundleVerdict {
  BundleFault fault = BundleFault::None;
  std::string failure;              // the first thing that failed; empty when all holds
  std::vector<std::string> report;  // what was checked and found, in order
  // The keys taken from the bundle because none was given ("bureau", "log"): a bundle signed
  // with anyone's keys holds against its own, so then it is unverified, not valid.
  std::vector<std::string> unpinned;
  bool ok() const { return fault == BundleFault::None; }  // nothing failed
  bool verified() const { return ok() && unpinned.empty(); }
  // The report and a final line: VALID, UNVERIFIED (what holds and what could not be checked)
  // or NOT VALID.
  std::string text() const;
};

[[nodiscard]] BundleVerdict verify_bundle(const BundleSource& bundle, const BundleVerifyOptions& options = {});
// Opens the zip (a file that is no zip gives BundleFault::Unreadable) and checks it.
[[nodiscard]] BundleVerdict verify_bundle_file(const std::filesystem::path& zip,
                                               const BundleVerifyOptions& options = {});

}  // namespace fg
