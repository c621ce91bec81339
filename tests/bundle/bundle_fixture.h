#pragma once
// A real bundle made the way the relay will make one: two stations append signed events with
// photo blobs, the relay imports them into its EventStore, logs every accepted hash in a
// TransparencyLog kept in the relay's own database, signs a tree head, and a case's events
// are exported with their proofs. Station 1 writes event format version 1 (officer not
// signed); station 2 version 2, each event signed by officer OF002 too and naming the
// bureau-signed configuration `config_wire`.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "blobs/blob_store.h"
#include "crypto/officer_box.h"
#include "bundle/bundle_writer.h"
#include "ledger/store.h"
#include "support/temp_dir.h"
#include "tlog/cosignature.h"
#include "tlog/transparency_log.h"

struct BundleFixture {
  BundleFixture();

  fg::test::TempDir dir{"fairguard-bundle"};
  fg::KeyPair station1 = fg::KeyPair::from_seed(fg::Bytes(32, 0x11));
  fg::KeyPair station2 = fg::KeyPair::from_seed(fg::Bytes(32, 0x22));
  fg::KeyPair bureau = fg::KeyPair::from_seed(fg::Bytes(32, 0xb0));
  fg::KeyPair log_key = fg::KeyPair::from_seed(fg::Bytes(32, 0x10));
  // OF002 signs station 2's events; OF003 is another officer on the same roster.
  fg::OfficerKeysPublic of002 = fg::make_officer_keys("2468", fg::PasswordCost::Test);
  fg::OfficerKeysPublic of003 = fg::make_officer_keys("1357", fg::PasswordCost::Test);
  fg::OfficerBoxKey of002_key = fg::OfficerBoxKey::derive("2468", of002.box);
  fg::OfficerBoxKey of003_key = fg::OfficerBoxKey::derive("1357", of003.box);
  std::string config_wire;    // the signed configuration station 2 holds
  std::string config_sha256;  // what its events name
  std::unique_ptr<fg::BlobStore> blobs;
  std::unique_ptr<fg::EventStore> relay;
  std::unique_ptr<fg::TransparencyLog> log;
  // The case CF138-S01-0001 export: station 1's seq 2..7 (its last, #7, is case.closed) and
  // station 2's seq 2..3, with the coverage statement of both stations' heads.
  fg::BundleInput input;
  std::vector<fg::ZipEntry> entries;

  // The exported event of a station at a seq (throws if the bundle does not hold it).
  const fg::SignedEvent& event(const fg::KeyPair& station, std::int64_t seq) const;
  fg::MemoryBundle memory() const { return fg::memory_bundle(entries); }
  std::filesystem::path write_zip(const std::string& name) const;
};

// Writes a memory bundle as a zip (to run the real binary on altered bundles).
void write_memory_zip(const fg::MemoryBundle& b, const std::filesystem::path& out);

// What a dishonest bureau does after altering a bundle: lists the files as they now are in a
// new manifest (same fair, scope and tree size) and signs it with `bureau`.
void resign_manifest(fg::MemoryBundle& b, const fg::KeyPair& bureau);

// The fixture's log as a witness saw it at `size` leaves with root `root` (a rewritten log when
// that is not the log's root there), cosigned by `witness`, with the consistency proof to the
// fixture's tree head.
fg::WitnessedHead witnessed_head(const BundleFixture& f, std::uint64_t size, const fg::Digest& root,
                                 const fg::KeyPair& witness);

// One line of the bureau console's access log as sync-server/console/access_log.cpp writes it
// (bundle/access_record.h), at minute `seq` after 2025-10-16 06:00 UTC, from 10.0.0.7.
fg::Json access_record_line(std::int64_t seq, const std::string& prev, const std::string& action,
                            const std::string& user, const fg::KeyPair& key,
                            const std::string& case_number = "CF138-S01-0001");
// Three lines of case CF138-S01-0001 signed by `key`: #2 and #3 (linked), then #5.
std::vector<fg::Json> three_access_lines(const fg::KeyPair& key);
std::string access_record_text(const std::vector<fg::Json>& lines);
