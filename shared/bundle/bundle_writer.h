#pragma once
// Builds an evidence bundle (bundle_format.h) from signed events, their blobs, the log's tree
// head and proofs. The relay's export command fills a BundleInput (bundle_collect.h helps)
// and calls write_bundle.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "blobs/blob_store.h"
#include "bundle/bundle_accepted_heads.h"
#include "bundle/bundle_coverage.h"
#include "bundle/bundle_keys.h"
#include "bundle/bundle_source.h"
#include "bundle/review_statement.h"
#include "bundle/zip_bundle.h"
#include "ledger/event.h"
#include "tlog/cosignature.h"
#include "tlog/receipt.h"

namespace fg {

struct BundleInput {
  std::string fair;
  std::string scope;         // the case number, or "all"
  std::int64_t created = 0;  // ms since the Unix epoch, UTC
  // Per device, a contiguous run of seqs (the verifier checks the chain links).
  std::vector<SignedEvent> events;
  std::vector<BundleKey> devices;  // role "device" with station codes; bureau and log added
  PublicKey log_key{};
  SignedTreeHead tree_head;
  std::map<std::string, InclusionProof> proofs;  // by event hash hex, one per event
  std::string summary;                           // the case summary; the event list is appended to it
  // The signed fair configurations (wire form) by SHA-256 hex: at least every one a version-2
  // event names (bundle_entries throws otherwise); only those go in.
  std::map<std::string, std::string> configs;
  // Witnesses' latest cosigned heads that tree_head extends, with the consistency proofs to it
  // (witnesses.json; none: the file is left out).
  std::vector<WitnessedHead> witnessed;
  // Stations' newest accepted heads that tree_head extends, with the consistency proofs to it
  // (accepted_heads.json; none: the file is left out). Each device must be in `devices`.
  std::vector<BundleAcceptedHead> accepted_heads;
  // A case bundle's coverage statement (bundle_coverage.h), signed with the bureau key as
  // coverage.json / coverage.sig. Required unless scope is "all" (ignored then: a whole-log
  // bundle is checked against every leaf of its tree head instead).
  std::optional<CaseCoverage> coverage;
  // A case bundle's access record (access_record.h): the lines of the console's access log
  // that name the case, as written. Empty: the file is left out.
  std::string access_record;
  // The bureau's signed review marks of the case (of every case for "all"), in id order
  // (reviews.json; none: the file is left out).
  std::vector<ReviewStatement> reviews;
};

// Every file of the bundle in write order; blobs are referenced on disk, not loaded. Throws
// std::runtime_error if an input is inconsistent (a blob missing or not matching its name, an
// event without a proof) so that no export ever produces a bundle that fails its own check.
std::vector<ZipEntry> bundle_entries(const BundleInput& in, const BlobStore& blobs, const KeyPair& bureau_key);

void write_bundle(const std::filesystem::path& out, const BundleInput& in, const BlobStore& blobs,
                  const KeyPair& bureau_key);

// The entries loaded into memory (tests; checking before writing).
MemoryBundle memory_bundle(const std::vector<ZipEntry>& entries);

// "2026-11-25 08:00:00 UTC" for ms since the epoch.
std::string utc_time_text(std::int64_t ms);

}  // namespace fg
