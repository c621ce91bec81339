// docs/verify-by-hand.md's script, run under plain bash (no -e) exactly as the page gives it,
// and the real fairguard-verify with both keys, on the same bundles: both pass honest ones
// (with and without photos, a case and the whole log) and both refuse every kind of tampering
// the page lists, each with its own message.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <tuple>

#include "bundle/bundle_collect.h"
#include "bundle/bundle_format.h"
#include "bundle/zip_bundle.h"
#include "bundle_fixture.h"
#include "support/run_command.h"

using namespace fg;

namespace {

// The ```bash blocks of docs/verify-by-hand.md, in order, as one script.
std::string by_hand_script() {
  std::ifstream in(VERIFY_BY_HAND_DOC);
  REQUIRE(in);
  std::string line, script;
  bool inside = false;
  while (std::getline(in, line)) {
    if (!inside && line == "```bash") {
      inside = true;
    } else if (inside && line == "```") {
      inside = false;
    } else if (inside) {
      script += line + "\n";
    }
  }
  REQUIRE(script.find("openssl pkeyutl") != std::string::npos);
  return script;
}

struct Outcome {
  int hand_rc = -1;
  std::string hand;
  int verify_rc = -1;
  std::string verify;
};

Outcome check_both(const BundleFixture& f, const MemoryBundle& b, const std::string& folder,
                   const std::string& witness_hex = {}) {
  const auto dir = f.dir / folder;
  std::filesystem::create_directories(dir);
  write_memory_zip(b, dir / "case.zip");
  std::ofstream(dir / "check.sh") << by_hand_script();
  Outcome o;
  // The page is for a Debian machine: its python3, openssl and coreutils, as the console tests
  // use /usr/bin/python3. A python3 found earlier on PATH (a pyenv shim) cost 0.8 s per call,
  // about 75 calls per run.
  const std::string keys_env = "PATH=/usr/bin:/bin BUREAU_KEY=" + f.bureau.public_hex() +
                               " LOG_KEY=" + f.log_key.public_hex() + " WITNESS_KEYS='" + witness_hex + "'";
  o.hand_rc = test::run_command_with_stderr("cd '" + dir.string() + "' && " + keys_env + " bash check.sh", &o.hand);
  o.verify_rc = test::run_command_with_stderr(
      std::string(FAIRGUARD_VERIFY) + " '" + (dir / "case.zip").string() + "' --bureau-key " + f.bureau.public_hex() +
          " --log-key " + f.log_key.public_hex() + (witness_hex.empty() ? "" : " --witness-key " + witness_hex),
      &o.verify);
  return o;
}

MemoryBundle bundle_of(const BundleFixture& f, const BundleInput& in, const KeyPair& bureau) {
  return memory_bundle(bundle_entries(in, *f.blobs, bureau));
}

// An honest bundle made from `in`: both checkers pass it, the script saying `hand_says`.
Outcome check_both_accept(const BundleFixture& f, const BundleInput& in, const std::string& folder,
                          const std::string& hand_says) {
  const Outcome o = check_both(f, bundle_of(f, in, f.bureau), folder);
  INFO("--- by hand:\n" << o.hand << "\n--- fairguard-verify:\n" << o.verify);
  CHECK(o.hand_rc == 0);
  CHECK_THAT(o.hand, Catch::Contains(hand_says));
  CHECK_THAT(o.hand, Catch::EndsWith("bundle checked by hand: all holds\n"));
  CHECK(o.verify_rc == 0);
  return o;
}

// A bundle made from `in` with its manifest signed again by the bureau (as only the bureau
// could): both checkers must refuse it, each saying why.
void check_both_refuse(const BundleFixture& f, const BundleInput& in, const std::string& folder,
                       const std::string& hand_says, const std::string& verify_says) {
  MemoryBundle b = bundle_of(f, in, f.bureau);
  resign_manifest(b, f.bureau);
  const Outcome o = check_both(f, b, folder);
  INFO(hand_says << "\n--- by hand:\n" << o.hand << "\n--- fairguard-verify:\n" << o.verify);
  CHECK(o.hand_rc != 0);
  CHECK_THAT(o.hand, Catch::Contains("FAILED: " + hand_says));
  CHECK(o.verify_rc == 1);
  CHECK_THAT(o.verify, Catch::Contains(verify_says));
}

// A bundle of case CF138-S02-0002: station 2's first event, which cites no photo.
BundleInput case_without_photos(const BundleFixture& f) {
  BundleInput in = f.input;
  in.scope = "CF138-S02-0002";
  std::vector<SignedEvent> selected;
  for (const auto& e : f.relay->all_in_fold_order())
    if (e.event.body.value("case_number", "") == in.scope) selected.push_back(e);
  in.events = contiguous_runs(*f.relay, selected);
  in.coverage = case_coverage(in.fair, in.scope, in.created, f.relay->all_in_fold_order());
  in.proofs = prove_events(*f.log, in.events, in.tree_head.head.size);
  in.summary = "Case CF138-S02-0002: opened, no photos yet.\n";
  return in;
}

BundleInput whole_log(const BundleFixture& f) {
  BundleInput all = f.input;
  all.scope = "all";
  all.events = contiguous_runs(*f.relay, f.relay->all_in_fold_order());
  all.proofs = prove_events(*f.log, all.events, all.tree_head.head.size);
  return all;
}

}  // namespace

TEST_CASE("docs/verify-by-hand.md under plain bash passes honest bundles, with and without photos", "[bundle]") {
  BundleFixture f;
  const BundleInput no_photos = case_without_photos(f);
  REQUIRE(no_photos.events.size() == 1);
  REQUIRE(no_photos.events.front().event.blobs.empty());
  const std::vector<std::pair<std::string, MemoryBundle>> honest{
      {"case with photos", f.memory()},
      {"case without photos", bundle_of(f, no_photos, f.bureau)},
      {"whole log", bundle_of(f, whole_log(f), f.bureau)}};
  int n = 0;
  for (const auto& [what, b] : honest) {
    const Outcome o = check_both(f, b, "honest" + std::to_string(n++));
    INFO(what << "\n--- by hand:\n" << o.hand << "\n--- fairguard-verify:\n" << o.verify);
    CHECK(o.hand_rc == 0);
    CHECK_THAT(o.hand, Catch::EndsWith("bundle checked by hand: all holds\n"));
    CHECK_THAT(o.hand, !Catch::Contains("FAILED"));
    if (what != "whole log")
      CHECK_THAT(o.hand, Catch::Contains("ok: every event coverage.json lists for the case is here"));
    CHECK(o.verify_rc == 0);
  }
}

TEST_CASE("docs/verify-by-hand.md and fairguard-verify both refuse every kind of tampering", "[bundle]") {
  BundleFixture f;
  const KeyPair impostor = KeyPair::from_seed(Bytes(32, 0x77));
  const std::string s1 = f.station1.public_hex();
  const std::string s2 = f.station2.public_hex();
  const std::string photo = f.event(f.station1, 3).event.blobs.at(0);
  const SignedEvent& v2_event = f.event(f.station2, 3);
  struct Case {
    const char* what;
    std::function<MemoryBundle()> make;
    std::string hand_says;  // the FAILED line of the script
  };
  auto altered = [&](std::function<void(MemoryBundle&)> alter, bool resign) {
    return [&f, alter, resign] {
      MemoryBundle b = f.memory();
      alter(b);
      if (resign) resign_manifest(b, f.bureau);
      return b;
    };
  };
  const std::vector<Case> cases{
      {"one byte of a photo", altered([&](MemoryBundle& b) { b.files()[bundle::blob_path(photo)][7] ^= 1; }, false),
       "a file differs from its SHA-256 in the manifest"},
      {"one byte of an event signature",
       altered([&](MemoryBundle& b) { b.files()[bundle::event_sig_path(s1, 4)][5] ^= 1; }, true),
       "the station's signature does not verify"},
      {"one byte of the tree head signature",
       altered([&](MemoryBundle& b) { b.files()[std::string(bundle::kTreeHeadSig)][9] ^= 1; }, true),
       "the tree head is not signed by the log key"},
      {"one byte of the manifest",
       altered([&](MemoryBundle& b) { b.files()[std::string(bundle::kManifest)][20] ^= 1; }, false),
       "manifest.json is not signed by the bureau key"},
      {"one hex digit of a proof",
       altered(
           [&](MemoryBundle& b) {
             auto& p = b.files()[bundle::proof_path(f.event(f.station1, 4).hash_hex())];
             p[p.find("path") + 9] ^= 1;
           },
           true),
       "is not proven in the log under the tree head"},
      {"a cited photo removed, re-signed",
       altered([&](MemoryBundle& b) { b.files().erase(bundle::blob_path(photo)); }, true),
       "is cited by an event but missing"},
      {"manifest.txt planted beside the listed files",
       altered([&](MemoryBundle& b) { b.files()["manifest.txt"] = "all checked, trust us"; }, false),
       "the bundle holds files the manifest does not list"},
      {"a file planted and listed, re-signed",
       altered([&](MemoryBundle& b) { b.files()["notes/extra.json"] = "{}"; }, true), "has no place in a bundle"},
      {"an event removed from the middle of a run, re-signed",
       altered(
           [&](MemoryBundle& b) {
             b.files().erase(bundle::event_path(s1, 5));
             b.files().erase(bundle::event_sig_path(s1, 5));
             b.files().erase(bundle::proof_path(f.event(f.station1, 5).hash_hex()));
           },
           true),
       "the chain jumps from #4 to #6"},
      {"the case's last event (case.closed) left out, re-signed",
       altered(
           [&](MemoryBundle& b) {
             const SignedEvent& closed = f.event(f.station1, 7);
             REQUIRE(closed.event.type == "case.closed");
             b.files().erase(bundle::event_path(s1, 7));
             b.files().erase(bundle::event_sig_path(s1, 7));
             b.files().erase(bundle::proof_path(closed.hash_hex()));
           },
           true),
       "case event missing: station " + s1.substr(0, 16) + " #7 names the case"},
      {"a version-2 event without its officer signature, re-signed",
       altered([&](MemoryBundle& b) { b.files().erase(bundle::event_officer_sig_path(s2, 3)); }, true),
       "officer OF002's signature is missing or does not verify"},
      {"a version-2 event signed by another officer, re-signed",
       altered(
           [&](MemoryBundle& b) {
             const Signature other = f.of003_key.signing_key().sign(as_bytes(v2_event.bytes));
             b.files()[bundle::event_officer_sig_path(s2, 3)] = std::string(other.begin(), other.end());
           },
           true),
       "officer OF002's signature is missing or does not verify"},
      {"the whole bundle re-signed with another bureau key", [&] { return bundle_of(f, f.input, impostor); },
       "manifest.json is not signed by the bureau key"},
      {"a whole-log bundle missing one event, re-signed",
       [&] {
         BundleInput all = whole_log(f);
         const SignedEvent last = f.event(f.station2, 3);
         std::erase_if(all.events, [&](const SignedEvent& e) { return e.hash == last.hash; });
         all.proofs.erase(last.hash_hex());
         return bundle_of(f, all, f.bureau);
       },
       "incomplete: the tree head has 10 events and the bundle holds 9"},
      {"station 2 relabelled S03 in keys.json, re-signed",
       [&] {
         BundleInput relabelled = f.input;
         for (auto& d : relabelled.devices)
           if (d.key == s2) d.station = "S03";
         return bundle_of(f, relabelled, f.bureau);
       },
       "keys.json calls this station S03, the signed configuration S02"},
      {"a tree head backdated 400 days, re-signed by the log key",
       [&] {
         BundleInput in = f.input;
         TreeHead head = in.tree_head.head;
         head.time = 1764000000000 - 400LL * 24 * 3600 * 1000;
         in.tree_head = sign_tree_head(head, f.log_key);
         in.proofs = prove_events(*f.log, in.events, head.size);
         return bundle_of(f, in, f.bureau);
       },
       "the tree head is dated before configuration"},
  };
  int n = 0;
  for (const auto& c : cases) {
    const Outcome o = check_both(f, c.make(), "tampered" + std::to_string(n++));
    INFO(c.what << "\n--- by hand:\n" << o.hand << "\n--- fairguard-verify:\n" << o.verify);
    CHECK(o.hand_rc == 1);
    CHECK_THAT(o.hand, Catch::Contains(std::string("FAILED: ")) && Catch::Contains(c.hand_says));
    CHECK_THAT(o.hand, !Catch::Contains("all holds"));
    CHECK(o.verify_rc == 1);
    CHECK_THAT(o.verify, Catch::Contains("NOT VALID"));
  }
}

namespace {

const KeyPair kWitness = KeyPair::from_seed(Bytes(32, 0x79));

WitnessedHead witnessed(const BundleFixture& f, std::uint64_t size, const Digest& root) {
  return witnessed_head(f, size, root, kWitness);
}

MemoryBundle with_witness(const BundleFixture& f, const WitnessedHead& w) {
  BundleInput in = f.input;
  in.witnessed = {w};
  return bundle_of(f, in, f.bureau);
}

}  // namespace

TEST_CASE("docs/verify-by-hand.md checks witness cosignatures and the log's consistency with them", "[bundle]") {
  BundleFixture f;
  const std::string witness = kWitness.public_hex();
  const std::uint64_t full = f.input.tree_head.head.size;
  // Honest: witnessed at every size below the bundle's (each proof shape) and at its own.
  for (const std::uint64_t size : {std::uint64_t{1}, std::uint64_t{3}, std::uint64_t{4}, full - 1, full}) {
    const Outcome o = check_both(f, with_witness(f, witnessed(f, size, f.log->root(size))),
                                 "witnessed" + std::to_string(size), witness);
    INFO("witnessed at " << size << "\n--- by hand:\n" << o.hand << "\n--- fairguard-verify:\n" << o.verify);
    CHECK(o.hand_rc == 0);
    CHECK_THAT(o.hand, Catch::Contains("vouched for the log up to tree size " + std::to_string(size)));
    CHECK(o.verify_rc == 0);
  }
  // Not trusted: holds, but is not counted.
  const Outcome untrusted = check_both(f, with_witness(f, witnessed(f, 4, f.log->root(4))), "untrusted");
  CHECK(untrusted.hand_rc == 0);
  CHECK_THAT(untrusted.hand, Catch::Contains("not counted"));

  // A forged cosignature, the manifest re-signed; and a log rewritten after the witness saw it.
  WitnessedHead forged = witnessed(f, full - 1, f.log->root(full - 1));
  forged.cosignatures[0].sig[7] ^= 1;
  MemoryBundle forged_bundle = with_witness(f, forged);
  resign_manifest(forged_bundle, f.bureau);
  Digest other_root = f.log->root(full - 1);
  other_root[0] ^= 0xff;
  const std::vector<std::tuple<std::string, MemoryBundle, std::string>> refused{
      {"forged cosignature", forged_bundle, "witness cosignature by " + witness.substr(0, 16) + " does not verify"},
      {"rewritten log", with_witness(f, witnessed(f, full - 1, other_root)), "log rewritten after witnesses saw it"}};
  int n = 0;
  for (const auto& [what, bundle, says] : refused) {
    const Outcome o = check_both(f, bundle, "witness-refused" + std::to_string(n++), witness);
    INFO(what << "\n--- by hand:\n" << o.hand << "\n--- fairguard-verify:\n" << o.verify);
    CHECK(o.hand_rc == 1);
    CHECK_THAT(o.hand, Catch::Contains(says));
    CHECK(o.verify_rc == 1);
  }
}

namespace {

// Station 1's statement that it accepted the fixture's log at `size` leaves with root `root`
// (another history when that is not the log's root there), with the proof to the bundle's head.
MemoryBundle with_accepted(const BundleFixture& f, std::uint64_t size, const Digest& root) {
  BundleInput in = f.input;
  const std::int64_t head_time = in.tree_head.head.time - 60'000;
  const SignedTreeHead head = sign_tree_head(TreeHead{size, root, head_time}, f.log_key);
  const AcceptedHead statement =
      sign_accepted_head(in.fair, f.station1, f.log_key.public_key(), head, head_time + 1'500);
  in.accepted_heads = {{statement, f.log->consistency_proof(size, in.tree_head.head.size)}};
  return bundle_of(f, in, f.bureau);
}

}  // namespace

TEST_CASE("docs/verify-by-hand.md checks stations' accepted heads and the log's consistency with them", "[bundle]") {
  BundleFixture f;
  const std::uint64_t full = f.input.tree_head.head.size;
  for (const std::uint64_t size : {std::uint64_t{3}, full}) {
    const Outcome o = check_both(f, with_accepted(f, size, f.log->root(size)), "accepted" + std::to_string(size));
    INFO("accepted at " << size << "\n--- by hand:\n" << o.hand << "\n--- fairguard-verify:\n" << o.verify);
    CHECK(o.hand_rc == 0);
    CHECK_THAT(o.hand, Catch::Contains("ok: station S01 accepted the log at size " + std::to_string(size) + " on "));
    CHECK(o.verify_rc == 0);
    CHECK_THAT(o.verify, Catch::Contains("station S01 accepted the log at size " + std::to_string(size) + " on "));
  }

  // One byte of the statement changed (when it accepted the head), the manifest re-signed; and a
  // bundle whose head does not extend the head the station accepted.
  MemoryBundle forged = with_accepted(f, full - 1, f.log->root(full - 1));
  std::string& file = forged.files()[std::string(bundle::kAcceptedHeads)];
  const auto at = file.find("\"accepted\":") + 12;
  file[at] = file[at] == '1' ? '2' : '1';
  resign_manifest(forged, f.bureau);
  Digest other_root = f.log->root(full - 1);
  other_root[0] ^= 0xff;
  const std::vector<std::tuple<std::string, MemoryBundle, std::string, std::string>> refused{
      {"forged statement", forged, "forged accepted head: station S01's statement is not signed by its device key",
       "forged accepted head"},
      {"rewritten log", with_accepted(f, full - 1, other_root), "log rewritten after a station accepted it",
       "log rewritten after a station accepted it"}};
  int n = 0;
  for (const auto& [what, bundle, hand_says, verify_says] : refused) {
    const Outcome o = check_both(f, bundle, "accepted-refused" + std::to_string(n++));
    INFO(what << "\n--- by hand:\n" << o.hand << "\n--- fairguard-verify:\n" << o.verify);
    CHECK(o.hand_rc == 1);
    CHECK_THAT(o.hand, Catch::Contains(hand_says));
    CHECK(o.verify_rc == 1);
    CHECK_THAT(o.verify, Catch::Contains(verify_says));
  }
}

TEST_CASE("docs/verify-by-hand.md checks a case bundle's access record as fairguard-verify does", "[bundle]") {
  BundleFixture f;
  BundleInput in = f.input;
  in.access_record = access_record_text(three_access_lines(f.bureau));
  check_both_accept(f, in, "access-honest", "ok: 3 access record lines, each signed by the bureau");
  // Altered after signing (the manifest signed again): both refuse it, each for its reason.
  const std::vector<std::pair<std::function<void(std::vector<Json>&)>, std::string>> tampered{
      {[](std::vector<Json>& l) { l[1]["user"] = "nobody"; }, "line 2: hash does not match"},
      {[](std::vector<Json>& l) { std::swap(l[1], l[2]); }, "line 3: seq 3 does not follow 5"},
      {[&f](std::vector<Json>& l) {
         l[1] = access_record_line(3, std::string(64, 'e'), "evidence.download", "rita", f.bureau);
       },
       "line 2 does not link to the line before it"},
      {[&f](std::vector<Json>& l) { l[2] = access_record_line(5, l[1]["hash"], "case.view", "x", f.bureau, "CF1"); },
       "line 3 is about case CF1"}};
  int n = 0;
  for (const auto& [alter, says] : tampered) {
    auto lines = three_access_lines(f.bureau);
    alter(lines);
    in.access_record = access_record_text(lines);
    check_both_refuse(f, in, "access-tampered" + std::to_string(n++), "access-log.jsonl " + says,
                      "access-log.jsonl line");
  }
}

TEST_CASE("docs/verify-by-hand.md checks the bureau's review marks as fairguard-verify does", "[bundle]") {
  BundleFixture f;
  BundleInput in = f.input;
  auto marks = [&f, &in] {
    std::vector<ReviewStatement> out = {{in.fair, in.scope, 1, "follow_up", "check the receipt", "rita", 1000, {}},
                                        {in.fair, in.scope, 4, "reviewed", "seen, fine", "alice", 2000, {}}};
    for (auto& m : out) sign_review(m, f.bureau);
    return out;
  };
  in.reviews = marks();
  const Outcome honest = check_both_accept(f, in, "reviews-honest", "ok: 2 review marks, each signed by the bureau");
  CHECK_THAT(honest.verify, Catch::Contains("reviewed by alice on 1970-01-01 00:00:02 UTC: seen, fine"));
  // Altered after signing (the manifest signed again), or another case's or fair's mark: both
  // refuse it, each for its reason.
  const std::vector<std::tuple<std::function<void(std::vector<ReviewStatement>&)>, std::string, std::string>> tampered{
      {[](std::vector<ReviewStatement>& m) { m[1].note = "seen, fire"; },
       "reviews.json mark 2 (reviewed by alice) is not as the bureau signed it",
       "reviews.json mark 2: by alice at 1970-01-01 00:00:02 UTC is not as the bureau signed it"},
      {[&f](std::vector<ReviewStatement>& m) {
         m[0].case_number = "CF138-S09-0001";
         sign_review(m[0], f.bureau);
       },
       "reviews.json mark 1 is about fair CF138, case CF138-S09-0001",
       "reviews.json mark 1: is about case CF138-S09-0001"},
      {[&f](std::vector<ReviewStatement>& m) {
         m[1].id = 1;
         sign_review(m[1], f.bureau);
       },
       "reviews.json mark 2: id 1 does not follow 1", "reviews.json mark 2: id 1 does not follow 1"}};
  int n = 0;
  for (const auto& [alter, hand_says, verify_says] : tampered) {
    auto m = marks();
    alter(m);
    in.reviews = m;
    check_both_refuse(f, in, "reviews-tampered" + std::to_string(n++), hand_says, verify_says);
  }
}
