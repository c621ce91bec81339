// Evidence bundles from real signed events, blobs and the relay's log: the untouched bundle
// passes; any single-byte change anywhere fails; each kind of tampering gets its own message.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>

#include "bundle/bundle_collect.h"
#include "bundle/bundle_format.h"
#include "bundle/bundle_coverage.h"
#include "bundle/bundle_verify.h"
#include "bundle/published_keys.h"
#include "bundle/zip_bundle.h"
#include "bundle_fixture.h"
#include "fairconfig/fair_config.h"
#include "support/read_file.h"

using namespace fg;

namespace {

BundleVerifyOptions pinned(const BundleFixture& f) {
  return {f.bureau.public_key(), f.log_key.public_key(), "CF138", {}};
}

std::string first_event_name(const MemoryBundle& b, const std::string& device, int seq) {
  const std::string name = bundle::event_path(device, seq);
  REQUIRE(b.contains(name));
  return name;
}

}  // namespace

TEST_CASE("An untouched bundle passes, in memory and as a zip", "[bundle]") {
  BundleFixture f;
  const MemoryBundle b = f.memory();
  const BundleVerdict v = verify_bundle(b, pinned(f));
  INFO(v.text());
  REQUIRE(v.ok());
  CHECK(v.failure.empty());

  // The case pulled in station 1's seq 2..7 (one event of another case in between) and
  // station 2's seq 2..3; four blobs; one proof per event.
  CHECK(f.input.events.size() == 8);
  std::size_t blobs = 0, proofs = 0;
  for (const auto& name : b.names()) {
    blobs += name.rfind("blobs/", 0) == 0;
    proofs += name.rfind("proofs/", 0) == 0;
  }
  CHECK(blobs == 4);
  CHECK(proofs == 8);

  const auto zip = f.write_zip("case.zip");
  const BundleVerdict from_zip = verify_bundle_file(zip, pinned(f));
  INFO(from_zip.text());
  CHECK(from_zip.ok());
  const BundleVerdict unpinned = verify_bundle_file(zip);  // keys taken from the bundle
  CHECK(unpinned.ok());
  CHECK_FALSE(unpinned.verified());
  CHECK(unpinned.unpinned == std::vector<std::string>{"bureau", "log"});
  CHECK(from_zip.verified());
  ZipBundle reread(zip);
  CHECK(reread.names() == b.names());
  for (const auto& name : b.names()) CHECK(reread.read(name) == b.read(name));
}

TEST_CASE("A single-byte change at any of 2,000+ positions over every file makes the check fail", "[bundle]") {
  BundleFixture f;
  MemoryBundle b = f.memory();
  REQUIRE(verify_bundle(b, pinned(f)).ok());

  std::size_t total_bytes = 0;
  for (const auto& [name, data] : b.files()) total_bytes += data.size();
  constexpr std::size_t kTarget = 2400;
  std::size_t changes = 0;
  std::map<BundleFault, int> faults;
  for (auto& [name, data] : b.files()) {
    // Positions spread evenly over the file, at least 12 per file (all of a tiny file).
    const std::size_t want = std::max<std::size_t>(12, kTarget * data.size() / total_bytes);
    const std::size_t count = std::min(want, data.size());
    REQUIRE(count > 0);
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t pos = count == 1 ? 0 : k * (data.size() - 1) / (count - 1);
      const char original = data[pos];
      data[pos] = static_cast<char>(original ^ static_cast<char>(1 + (k * 37) % 255));
      const BundleVerdict v = verify_bundle(b, pinned(f));
      data[pos] = original;
      CAPTURE(name, pos);
      REQUIRE_FALSE(v.ok());
      REQUIRE_FALSE(v.failure.empty());
      ++faults[v.fault];
      ++changes;
    }
  }
  REQUIRE(verify_bundle(b, pinned(f)).ok());  // everything restored
  CHECK(changes >= 2000);
  std::string seen;
  for (const auto& [fault, n] : faults) seen += std::string(describe(fault)) + ": " + std::to_string(n) + "\n";
  WARN("single-byte changes: " << changes << " over " << b.files().size() << " files\n" << seen);
  CHECK(faults.size() >= 8);  // the failures are named by what broke, not one catch-all
}

TEST_CASE("A missing blob fails with its own message", "[bundle]") {
  BundleFixture f;
  MemoryBundle b = f.memory();
  const std::string blob = f.event(f.station1, 3).event.blobs.at(0);
  b.files().erase(bundle::blob_path(blob));
  const BundleVerdict v = verify_bundle(b, pinned(f));
  CHECK(v.fault == BundleFault::MissingBlob);
  CHECK(v.failure == "blob " + blob + ", cited by station S01 #3 (evidence.added), is missing from the bundle");
}

TEST_CASE("Swapped events fail with their own message", "[bundle]") {
  BundleFixture f;
  MemoryBundle b = f.memory();
  const std::string dev = f.station1.public_hex();
  auto& files = b.files();
  std::swap(files[first_event_name(b, dev, 3)], files[first_event_name(b, dev, 4)]);
  std::swap(files[bundle::event_sig_path(dev, 3)], files[bundle::event_sig_path(dev, 4)]);
  const BundleVerdict v = verify_bundle(b, pinned(f));
  CHECK(v.fault == BundleFault::EventMisplaced);
  CHECK(v.failure.find("swapped") != std::string::npos);
  CHECK(v.failure.find(bundle::event_path(dev, 3)) != std::string::npos);
}

TEST_CASE("A proof for another tree fails with its own message", "[bundle]") {
  BundleFixture f;
  MemoryBundle b = f.memory();
  // Another log of the same size with the event at the same index: a valid proof, for
  // another tree.
  const SignedEvent& e = f.event(f.station1, 3);
  const InclusionProof real = f.input.proofs.at(e.hash_hex());
  SQLite::Database other_db((f.dir / "other.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  TransparencyLog other(other_db);
  for (std::uint64_t i = 0; i < real.tree_size; ++i)
    other.append(i == real.leaf_index ? e.hash : sha256(as_bytes("other " + std::to_string(i))));
  const InclusionProof foreign = other.inclusion_proof(real.leaf_index, real.tree_size);
  REQUIRE(verify_event_inclusion(e.hash, foreign, other.head(0)));
  b.files()[bundle::proof_path(e.hash_hex())] = canonical_dump(foreign.to_json());
  BundleVerdict v = verify_bundle(b, pinned(f));
  CHECK(v.fault == BundleFault::ProofOtherTree);
  CHECK(v.failure.find("another tree") != std::string::npos);
  CHECK(v.failure.find("station S01 #3") != std::string::npos);

  // A proof for a tree of another size names both sizes.
  b = f.memory();
  const InclusionProof older = f.log->inclusion_proof(real.leaf_index, real.tree_size - 1);
  b.files()[bundle::proof_path(e.hash_hex())] = canonical_dump(older.to_json());
  v = verify_bundle(b, pinned(f));
  CHECK(v.fault == BundleFault::ProofOtherTree);
  CHECK(v.failure.find("tree of " + std::to_string(real.tree_size - 1) + " leaves") != std::string::npos);
}

TEST_CASE("A tree head signed by another key fails with its own message", "[bundle]") {
  BundleFixture f;
  MemoryBundle b = f.memory();
  const KeyPair impostor = KeyPair::from_seed(Bytes(32, 0x66));
  const SignedTreeHead forged = sign_tree_head(f.input.tree_head.head, impostor);
  b.files()[std::string(bundle::kTreeHeadSig)] = std::string(forged.sig.begin(), forged.sig.end());
  const BundleVerdict v = verify_bundle(b, pinned(f));
  CHECK(v.fault == BundleFault::TreeHeadSignature);
  CHECK(v.failure.find("not signed by the log key") != std::string::npos);
}

TEST_CASE("Keys other than the published ones, gaps and unlisted files are each named", "[bundle]") {
  BundleFixture f;
  const MemoryBundle good = f.memory();
  BundleVerifyOptions wrong = pinned(f);
  wrong.bureau_key = KeyPair::from_seed(Bytes(32, 0x67)).public_key();
  BundleVerdict v = verify_bundle(good, wrong);
  CHECK(v.fault == BundleFault::KeyNotPinned);
  CHECK(v.failure.find("--bureau-key") != std::string::npos);

  MemoryBundle b = good;
  const std::string dev = f.station1.public_hex();
  b.files().erase(bundle::event_path(dev, 5));
  b.files().erase(bundle::event_sig_path(dev, 5));
  v = verify_bundle(b, pinned(f));
  CHECK(v.fault == BundleFault::ChainGap);
  CHECK(v.failure == "station S01: the chain jumps from #4 to #6: events are missing");

  b = good;
  b.files()["notes.txt"] = "added later";
  v = verify_bundle(b, pinned(f));
  CHECK(v.fault == BundleFault::UnexpectedFile);

  b = good;
  b.files().erase(std::string(bundle::kSummary));
  v = verify_bundle(b, pinned(f));
  CHECK_FALSE(v.ok());
}

TEST_CASE("A whole-log bundle must hold every leaf of its tree head, even when re-signed", "[bundle]") {
  BundleFixture f;
  // Every event the relay holds, as `export --all` gathers them, under the same head.
  BundleInput all = f.input;
  all.scope = "all";
  all.events = contiguous_runs(*f.relay, f.relay->all_in_fold_order());
  REQUIRE(all.events.size() == all.tree_head.head.size);
  all.proofs = prove_events(*f.log, all.events, all.tree_head.head.size);
  const BundleVerdict honest = verify_bundle(memory_bundle(bundle_entries(all, *f.blobs, f.bureau)), pinned(f));
  INFO(honest.text());
  REQUIRE(honest.ok());
  CHECK(honest.text().find("complete: one event for each of the tree head's 10 leaves") != std::string::npos);

  // The bureau leaves out station 2's last event and signs the smaller bundle: every chain,
  // proof and signature still holds; only the count against the tree head gives it away.
  BundleInput dropped = all;
  const SignedEvent last = f.event(f.station2, 3);
  std::erase_if(dropped.events, [&](const SignedEvent& e) { return e.hash == last.hash; });
  dropped.proofs.erase(last.hash_hex());
  REQUIRE(dropped.events.size() + 1 == all.events.size());
  const BundleVerdict v = verify_bundle(memory_bundle(bundle_entries(dropped, *f.blobs, f.bureau)), pinned(f));
  CHECK(v.fault == BundleFault::Incomplete);
  CHECK(v.failure ==
        "the bundle says it holds every event of the bureau log, but the tree head has 10 events and "
        "it holds 9: leaf 9 (counting from 0) is missing");

  // A case bundle passed off as the whole log fails the same way.
  BundleInput relabelled = f.input;
  relabelled.scope = "all";
  const BundleVerdict r = verify_bundle(memory_bundle(bundle_entries(relabelled, *f.blobs, f.bureau)), pinned(f));
  CHECK(r.fault == BundleFault::Incomplete);
}

TEST_CASE("A tree head backdated before the configuration its events name is refused", "[bundle]") {
  BundleFixture f;
  // The bureau signs the same tree (size, root) again, dated 400 days before the roster that
  // station 2's version-2 events name was signed, and re-signs the bundle with it.
  constexpr std::int64_t kDay = 24LL * 3600 * 1000;
  BundleInput backdated = f.input;
  TreeHead head = f.input.tree_head.head;
  head.time = 1764000000000 - 400 * kDay;
  backdated.tree_head = sign_tree_head(head, f.log_key);
  const BundleVerdict v = verify_bundle(memory_bundle(bundle_entries(backdated, *f.blobs, f.bureau)), pinned(f));
  CHECK(v.fault == BundleFault::TreeHeadBackdated);
  CHECK(v.failure.find("the tree head is dated 2024-10-20 16:00:00 UTC") != std::string::npos);
  CHECK(v.failure.find("signed at 2025-11-24 16:00:00 UTC") != std::string::npos);

  // Dated at the very second the configuration was signed: possible, so it passes.
  head.time = 1764000000000;
  backdated.tree_head = sign_tree_head(head, f.log_key);
  const BundleVerdict same = verify_bundle(memory_bundle(bundle_entries(backdated, *f.blobs, f.bureau)), pinned(f));
  INFO(same.text());
  CHECK(same.ok());
}

TEST_CASE("The zip layer: a damaged entry and a non-zip are reported, not crashed on", "[bundle]") {
  BundleFixture f;
  const auto zip = f.write_zip("case.zip");
  std::string bytes = test::read_file(zip);
  // Flip a byte inside the first blob's stored data (blobs are stored uncompressed).
  const std::string blob = f.event(f.station1, 3).event.blobs.at(0);
  const auto original = f.memory().files().at(bundle::blob_path(blob));
  const auto at = bytes.find(original.substr(100, 64));
  REQUIRE(at != std::string::npos);
  bytes[at + 10] ^= 0x20;
  BundleVerdict v = verify_bundle(ZipBundle(bytes), pinned(f));
  CHECK(v.fault == BundleFault::Unreadable);  // libzip's CRC check
  CHECK(v.failure.find("blobs/" + blob) != std::string::npos);

  const auto not_zip = f.dir / "not.zip";
  std::ofstream(not_zip) << "this is not a zip";
  v = verify_bundle_file(not_zip);
  CHECK(v.fault == BundleFault::Unreadable);
  CHECK_FALSE(v.failure.empty());
}

TEST_CASE("Officer signatures: version-2 events are checked against the signed roster they name", "[bundle]") {
  BundleFixture f;
  const MemoryBundle good = f.memory();
  // Station 2's two events are version 2; station 1's six are reported for what they are.
  const std::string report = verify_bundle(good, pinned(f)).text();
  INFO(report);
  REQUIRE_THAT(report, Catch::EndsWith("VALID: every signature, chain, file hash and proof holds.\n"));
  CHECK_THAT(report, Catch::Contains("2 events signed by their officer"));
  CHECK_THAT(report, Catch::Contains("6 events of format version 1: officer not signed"));
  // Who signed, by name and credential number, from the roster the bureau signed at the time.
  CHECK_THAT(report, Catch::Contains("officer OF002 Wang Fang, credential 44010012 (bureau-signed roster): signed 2 "
                                     "events at station S02"));
  CHECK_THAT(report, Catch::Contains("2 of 2 station labels from the bureau-signed configurations (S01, S02)"));
  CHECK(good.contains(bundle::config_path(f.config_sha256)));
  const std::string osig = bundle::event_officer_sig_path(f.station2.public_hex(), 3);
  REQUIRE(good.contains(osig));

  auto fault_of = [&](MemoryBundle b) {
    const BundleVerdict v = verify_bundle(b, pinned(f));
    INFO(v.text());
    CHECK_FALSE(v.ok());
    return std::make_pair(v.fault, v.failure);
  };
  const SignedEvent& e = f.event(f.station2, 3);

  SECTION("signed by another officer on the same roster") {
    MemoryBundle b = good;
    const Signature other = f.of003_key.signing_key().sign(as_bytes(e.bytes));
    b.files()[osig] = std::string(other.begin(), other.end());
    auto [fault, text] = fault_of(b);
    CHECK(fault == BundleFault::OfficerSignature);
    CHECK_THAT(text, Catch::Contains("does not verify with officer OF002's sign_pk"));
  }
  SECTION("the officer signature removed") {
    MemoryBundle b = good;
    b.files().erase(osig);
    auto [fault, text] = fault_of(b);
    CHECK(fault == BundleFault::OfficerSignature);
    CHECK_THAT(text, Catch::Contains("without its officer signature"));
  }
  SECTION("the configuration the events name removed") {
    MemoryBundle b = good;
    b.files().erase(bundle::config_path(f.config_sha256));
    auto [fault, text] = fault_of(b);
    CHECK(fault == BundleFault::ConfigMissing);
    CHECK_THAT(text, Catch::Contains("does not carry"));
  }
  SECTION("the configuration re-signed by another key (a roster rewritten later)") {
    MemoryBundle b = good;
    const KeyPair forger = KeyPair::generate();
    auto v = verify_fair_config(f.config_wire, f.bureau.public_key());
    REQUIRE(v);
    const std::string forged = sign_fair_config(*v.config, forger);
    b.files().erase(bundle::config_path(f.config_sha256));
    b.files()[bundle::config_path(sha256_hex(as_bytes(forged)))] = forged;
    auto [fault, text] = fault_of(b);
    CHECK(fault == BundleFault::ConfigInvalid);
    CHECK_THAT(text, Catch::Contains("not a configuration the bureau key"));
  }
  SECTION("an officer signature planted beside a version-1 event") {
    MemoryBundle b = good;
    const SignedEvent& v1 = f.event(f.station1, 3);
    const Signature s = f.of002_key.signing_key().sign(as_bytes(v1.bytes));
    b.files()[bundle::event_officer_sig_path(f.station1.public_hex(), 3)] = std::string(s.begin(), s.end());
    auto [fault, text] = fault_of(b);
    CHECK(fault == BundleFault::EventMalformed);
    CHECK_THAT(text, Catch::Contains("beside a version-1 event"));
  }
}

TEST_CASE("An export refuses to leave out the configuration a version-2 event names", "[bundle]") {
  BundleFixture f;
  BundleInput in = f.input;
  in.configs.clear();
  CHECK_THROWS_WITH(bundle_entries(in, *f.blobs, f.bureau), Catch::Contains("is not at hand"));
}

TEST_CASE("The published keys file: read back as written, and anything else refused with its line", "[bundle]") {
  const PublishedKeys keys{"CF138",
                           KeyPair::from_seed(Bytes(32, 1)).public_key(),
                           KeyPair::from_seed(Bytes(32, 2)).public_key(),
                           {{"notary-gz", KeyPair::from_seed(Bytes(32, 3)).public_key()}}};
  const std::string text = published_keys_text(keys);
  std::string why;
  const auto back = parse_published_keys(text, &why);
  INFO(text << why);
  REQUIRE(back);
  CHECK(back->fair == "CF138");
  CHECK(back->bureau == keys.bureau);
  CHECK(back->log == keys.log);
  REQUIRE(back->witnesses.size() == 1);
  CHECK(back->witnesses[0].name == "notary-gz");
  CHECK(key_fingerprint(keys.bureau).size() == 39);  // 8 groups of 4, 7 spaces

  const std::string bureau = "bureau " + to_hex(keys.bureau) + "\n", log = "log " + to_hex(keys.log) + "\n";
  const std::vector<std::pair<std::string, std::string>> bad{
      {"fair CF138\n" + bureau + bureau + log, "line 3: a second bureau line"},
      {"fair CF138\r\nbureau " + to_hex(keys.bureau).substr(1) + "\n" + log, "line 2: the bureau key is not 64"},
      {"fair CF138\n" + bureau + log + "owner me\n", "line 4: not a \"fair ID\""},
      {"fair CF 138\n" + bureau + log, "line 1: not a"},
      {"fair CF138\n" + bureau + " log " + to_hex(keys.log) + "\n", "line 3: not a"},
      {"fair CF138\n" + log, "needs a fair, a bureau and a log line"},
      {text + std::string(kMaxKeysFileBytes, '#'), "at most 65536 bytes"},
  };
  for (const auto& [input, expect] : bad) {
    INFO(input.substr(0, 200));
    CHECK_FALSE(parse_published_keys(input, &why));
    CHECK_THAT(why, Catch::Contains(expect));
  }
  std::string many = "fair CF138\n" + bureau + log;
  for (std::size_t i = 0; i <= kMaxKeysFileWitnesses; ++i)
    many += "witness w" + std::to_string(i) + " " + to_hex(keys.log) + "\n";
  CHECK_FALSE(parse_published_keys(many, &why));
  CHECK_THAT(why, Catch::Contains("more than 64 witnesses"));
}

TEST_CASE("keys.json relabelling a device is refused: the signed configuration of the time says its code", "[bundle]") {
  BundleFixture f;
  // The bureau exports again with station 1 (S01 in the configuration its events were made
  // under) shown as S03, and signs the manifest: every signature holds, the label does not.
  BundleInput relabelled = f.input;
  relabelled.devices = {{"device", f.station1.public_hex(), "S03"}, {"device", f.station2.public_hex(), "S02"}};
  const BundleVerdict v = verify_bundle(memory_bundle(bundle_entries(relabelled, *f.blobs, f.bureau)), pinned(f));
  CHECK(v.fault == BundleFault::DeviceRelabelled);
  CHECK_THAT(v.failure, Catch::StartsWith("keys.json labels device " + f.station1.public_hex().substr(0, 12) +
                                          "… as station S03, but configuration " + f.config_sha256.substr(0, 12)) &&
                            Catch::EndsWith("enrolled it as station S01: the device was relabelled after the events "
                                            "were made"));
  CHECK_THAT(v.text(), Catch::EndsWith("NOT VALID (device relabelled)\n"));

  // Two stations' labels swapped: refused the same way, at the first.
  relabelled.devices = {{"device", f.station1.public_hex(), "S02"}, {"device", f.station2.public_hex(), "S01"}};
  const BundleVerdict swapped = verify_bundle(memory_bundle(bundle_entries(relabelled, *f.blobs, f.bureau)), pinned(f));
  CHECK(swapped.fault == BundleFault::DeviceRelabelled);
}

TEST_CASE("A case bundle without the case's last event is refused, even re-signed by the bureau", "[bundle]") {
  BundleFixture f;
  const SignedEvent closed = f.event(f.station1, 7);
  REQUIRE(closed.event.type == "case.closed");
  const BundleVerdict honest = verify_bundle(f.memory(), pinned(f));
  INFO(honest.text());
  REQUIRE(honest.ok());
  CHECK_THAT(honest.text(), Catch::Contains("coverage: the bureau signed the chain heads of 2 stations at export and "
                                            "7 events naming the case; the bundle holds every one"));

  // Station 1's run ends a step earlier (2..6, still contiguous: chains() cannot tell), and the
  // whole bundle is signed again with the same bureau key. The coverage statement signed at
  // export still names #7.
  BundleInput dropped = f.input;
  std::erase_if(dropped.events, [&](const SignedEvent& e) { return e.hash == closed.hash; });
  dropped.proofs.erase(closed.hash_hex());
  const BundleVerdict v = verify_bundle(memory_bundle(bundle_entries(dropped, *f.blobs, f.bureau)), pinned(f));
  CHECK(v.fault == BundleFault::CaseEventMissing);
  CHECK(v.failure ==
        "station S01 #7 names case CF138-S01-0001 (coverage.json, signed by the bureau at export), but the bundle "
        "lacks it: an event of the case was left out");
  CHECK_THAT(v.text(), Catch::EndsWith("NOT VALID (case event missing)\n"));

  // What the statement rests on: the bureau's signature. A bureau that also rewrites the
  // statement (dropping #7 from the case's seqs) passes this check; station 1's own chain
  // refutes it, since the head the bureau signed (#7, its hash) is the case.closed event itself.
  BundleInput rewritten = dropped;
  for (auto& s : rewritten.coverage->stations) std::erase(s.case_seqs, std::int64_t{7});
  const BundleVerdict lie = verify_bundle(memory_bundle(bundle_entries(rewritten, *f.blobs, f.bureau)), pinned(f));
  CHECK(lie.ok());
  const auto& s1 = *std::find_if(rewritten.coverage->stations.begin(), rewritten.coverage->stations.end(),
                                 [&](const StationCoverage& s) { return s.device == f.station1.public_hex(); });
  CHECK(s1.seq == 7);
  CHECK(s1.head == closed.hash_hex());  // the refutation: the signed head names the case
}

TEST_CASE("The coverage statement: missing, another key, not listing an event, or malformed, each refused",
          "[bundle]") {
  BundleFixture f;
  auto verdict = [&](MemoryBundle b) {
    resign_manifest(b, f.bureau);
    return verify_bundle(b, pinned(f));
  };
  MemoryBundle b = f.memory();
  b.files().erase(std::string(bundle::kCoverage));
  b.files().erase(std::string(bundle::kCoverageSig));
  BundleVerdict v = verdict(b);
  CHECK(v.fault == BundleFault::Coverage);
  CHECK_THAT(v.failure, Catch::StartsWith("coverage.json"));

  BundleInput other = f.input;
  const KeyPair impostor = KeyPair::from_seed(Bytes(32, 0x55));
  const MemoryBundle forged = memory_bundle(bundle_entries(other, *f.blobs, impostor));
  b = f.memory();
  b.files()[std::string(bundle::kCoverageSig)] = forged.files().at(std::string(bundle::kCoverageSig));
  v = verdict(b);
  CHECK(v.fault == BundleFault::Coverage);
  CHECK_THAT(v.failure, Catch::Contains("coverage.json is not signed by the bureau key"));

  // The statement leaves out an event of the case that the bundle holds.
  BundleInput unlisted = f.input;
  for (auto& s : unlisted.coverage->stations) std::erase(s.case_seqs, std::int64_t{3});
  v = verify_bundle(memory_bundle(bundle_entries(unlisted, *f.blobs, f.bureau)), pinned(f));
  CHECK(v.fault == BundleFault::Coverage);
  CHECK_THAT(v.failure, Catch::EndsWith("names case CF138-S01-0001 but coverage.json does not list it"));

  // Its parser: every shape outside the format refused, bounded.
  const Json good = coverage_to_json(*f.input.coverage);
  REQUIRE(coverage_from_json(good));
  std::string why;
  auto refused = [&](Json j, const std::string& expect) {
    INFO(j.dump().substr(0, 300));
    CHECK_FALSE(coverage_from_json(j, &why));
    CHECK_THAT(why, Catch::Contains(expect));
  };
  Json j = good;
  j["stations"][0]["case_seqs"].push_back(j["stations"][0]["seq"].get<std::int64_t>() + 1);
  refused(j, "case_seqs must rise, each from 1 to its head seq");
  j = good;
  std::swap(j["stations"][0], j["stations"][1]);
  refused(j, "not sorted by device");
  j = good;
  j["stations"][0]["seq"] = -1;
  refused(j, "not a positive integer");
  j = good;
  j["extra"] = 1;
  refused(j, "exactly");
  j = good;
  j["stations"] = Json::array();
  for (std::size_t i = 0; i <= kMaxCoverageStations; ++i) j["stations"].push_back(good["stations"][0]);
  refused(j, "more than 10000 stations");
}
